// The front server's render budget (pages no kept copy answers, per client address a minute) and its cap on open
// connections counted each IPv6 /64 as an address, as the rest of the desk does; but one holder of a /48 has 65,536 of
// them, and cycling them made a fresh budget and cap of each, so `/?q=<random>` was rendered without bound. A /48 now
// shares the renders and connections of RENDER_SITE_ADDRESSES addresses, as the public API's rate limit counts it.
import { describe, expect, it } from "vitest";
import { ConnectionCounter, RENDER_SITE_ADDRESSES, RenderBudget } from "@/lib/http/client-limits";
import { LARGE_BODIES_PER_CLIENT, LARGE_BODY_SITE_CLIENTS, LargeBodyGate } from "@/lib/http/large-bodies";

const PER_MINUTE = 10;
const allowedOf = (budget: RenderBudget, addresses: string[], each: number) => addresses.reduce((n, address) => n + Array.from({ length: each }, () => budget.take(address)).filter((wait) => wait === 0).length, 0);

describe("the render budget and IPv6", () => {
  it("gives a /48 cycling its /64s the renders of RENDER_SITE_ADDRESSES addresses, not one budget a /64", () => {
    const budget = new RenderBudget(PER_MINUTE, () => 1_000_000);
    const sixtyFours = Array.from({ length: 100 }, (_, i) => `2001:db8:7:${i.toString(16)}::1`);
    expect(allowedOf(budget, sixtyFours, PER_MINUTE)).toBe(PER_MINUTE * RENDER_SITE_ADDRESSES);
    expect(budget.take("2001:db8:7:ffff::9")).toBeGreaterThan(0);
  });

  it("still gives each address of other sites, and each IPv4 address, its own budget", () => {
    const budget = new RenderBudget(PER_MINUTE, () => 1_000_000);
    const others = Array.from({ length: 20 }, (_, i) => `2001:db8:${(0x100 + i).toString(16)}:1::1`);
    const v4 = Array.from({ length: 20 }, (_, i) => `198.51.100.${i + 1}`);
    expect(allowedOf(budget, [...others, ...v4], PER_MINUTE)).toBe(40 * PER_MINUTE);
    // One /64 alone keeps its own budget within its site's.
    expect(allowedOf(budget, ["2001:db8:200:1::1"], PER_MINUTE + 5)).toBe(PER_MINUTE);
  });
});

describe("the connection cap and IPv6", () => {
  it("holds a /48's connections to RENDER_SITE_ADDRESSES addresses' worth, and frees them as they close", () => {
    const counter = new ConnectionCounter(4);
    const held = Array.from({ length: 100 }, (_, i) => counter.admit(`2001:db8:7:${i.toString(16)}::1`));
    const open = held.filter((release) => release !== null);
    expect(open).toHaveLength(4 * RENDER_SITE_ADDRESSES);
    expect(counter.admit("198.51.100.7"), "another address is not held by it").not.toBeNull();
    open[0]!();
    expect(counter.admit("2001:db8:7:ffff::1")).not.toBeNull();
    expect(counter.admit("2001:db8:7:fffe::1")).toBeNull();
  });
});

describe("large bodies under way and IPv6", () => {
  const upload = (gate: LargeBodyGate, client: string) => gate.admit("POST", "/sources/import", 20_000_000, client);

  it("counts the addresses of one /64 as one client, however each is written", () => {
    const gate = new LargeBodyGate();
    const spellings = ["2001:db8:1:2::1", "2001:db8:1:2::2", "2001:0db8:0001:0002:0000:0000:0000:0003", "2001:DB8:1:2:ffff:ffff:ffff:ffff"];
    expect(spellings.map((client) => upload(gate, client)).filter(Boolean)).toHaveLength(LARGE_BODIES_PER_CLIENT);
  });

  it("holds a /48 to LARGE_BODY_SITE_CLIENTS clients' uploads between its /64s", () => {
    const gate = new LargeBodyGate();
    const admitted = Array.from({ length: 100 }, (_, i) => upload(gate, `2001:db8:7:${i.toString(16)}::1`)).filter(Boolean);
    expect(admitted).toHaveLength(LARGE_BODIES_PER_CLIENT * LARGE_BODY_SITE_CLIENTS);
    expect(upload(gate, "198.51.100.7")).not.toBeNull();
  });
});
