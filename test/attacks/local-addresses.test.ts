// An article's or a reference's address on the newsroom's own network (an intranet capture, a page saved from a
// development server, a cloud metadata or router address) names the newsroom's machines and, as a link, sends
// readers to theirs. Such an address is refused as a reference typed into the evidence form, and never published.
import { describe, expect, it } from "vitest";
import { isPublicWebAddress, LOCAL_ADDRESS, publishedAddress, WEB_ADDRESS } from "@/lib/http/web-address";
import { addEvidenceSchema } from "@/lib/claims/schemas";
import { localizeMessage } from "@/lib/i18n/messages";

const LOCAL = [
  "http://localhost:3000/desk/claims/1",
  "http://localhost./x",
  "http://127.0.0.1/x",
  "http://2130706433/x", // 127.0.0.1 as one number
  "http://0x7f.1/x", // 127.0.0.1 in hex, short
  "http://169.254.169.254/latest/meta-data/",
  "http://10.20.30.40/report",
  "http://172.20.1.1/report",
  "http://192.168.1.1/admin",
  "http://100.64.0.1/x",
  "http://0.0.0.0/x",
  "http://[::1]/x",
  "http://[::ffff:127.0.0.1]/x",
  "http://[fe80::1]/x",
  "http://[fd12:3456::1]/x",
  "http://intranet/bao-cao",
  "https://wiki.newsroom.internal/notes",
  "https://nas.local/share",
  "https://router.home.arpa/",
  "http://printer.lan/",
];
const PUBLIC = ["https://vnexpress.net/a-123.html", "http://example.org/x", "https://8.8.8.8/x", "https://[2001:4860:4860::8888]/x", "https://172.32.0.1/x", "https://www.bbc.co.uk/news/world"];

describe("an address on a local network", () => {
  it.each(LOCAL)("%s is not a public web address, and is published as none", (address) => {
    expect(isPublicWebAddress(address)).toBe(false);
    expect(publishedAddress(address)).toBeNull();
  });

  it.each(PUBLIC)("%s is one, published without its credentials", (address) => {
    expect(isPublicWebAddress(address)).toBe(true);
    expect(publishedAddress(address)).toBe(address);
  });

  it("drops credentials from a public address it publishes", () => {
    expect(publishedAddress("https://desk:secret@records.example.org/x")).toBe("https://records.example.org/x");
  });

  it("is refused as an evidence reference, in the reader's language", () => {
    const input = { kind: "external", claimId: "3f0c8f2e-8a1b-4c2d-9e3f-0a1b2c3d4e5f", stance: "SUPPORTS", title: "Báo cáo" };
    for (const url of LOCAL) expect(addEvidenceSchema.safeParse({ ...input, url }).error?.issues.map((i) => i.message), url).toEqual([LOCAL_ADDRESS]);
    for (const url of PUBLIC) expect(addEvidenceSchema.safeParse({ ...input, url }).success, url).toBe(true);
    expect(localizeMessage("vi", LOCAL_ADDRESS)).not.toBe(LOCAL_ADDRESS);
  });

  it("refuses, as no web address, a reference no browser could open, instead of storing a link that goes nowhere", () => {
    const input = { kind: "external", claimId: "3f0c8f2e-8a1b-4c2d-9e3f-0a1b2c3d4e5f", stance: "SUPPORTS", title: "Báo cáo" };
    for (const url of ["http://[::1", "https://exa%mple.org/x", "http://a:b:c/x", "https://[2001:db8::zz]/x", "ftp://example.org/x", "https:///x"]) {
      expect(addEvidenceSchema.safeParse({ ...input, url }).error?.issues.map((i) => i.message), url).toEqual([WEB_ADDRESS]);
    }
    expect(localizeMessage("vi", WEB_ADDRESS)).not.toBe(WEB_ADDRESS);
  });
});
