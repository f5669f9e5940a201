// Tests for the families of layout the sixty-eighth held-out corpus showed, the wires' copy under regional and local
// outlets' own templates: a contributor line under a staff story that credits a wire ("The Associated Press contributed
// to this report."), read even below a metered wall's count. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, text, one, page, fromHtml } from "@/test/family-parse";

describe("a contributor line under a staff story", () => {
  const story = (...foot: string[]): string => text("Harbour board approves second wharf for timber exports", "Mary Byrne", "Published 10:05 a.m. CT Dec. 1, 2026", ...EN, ...foot);

  it("names the wire it credits, or the wire of the writers it credits", () => {
    expect(one(story("The Associated Press contributed to this report.")).agency).toBe("AP");
    expect(one(story("Reuters contributed to this story.")).agency).toBe("Reuters");
    expect(one(story("Associated Press writer Jane Doe in Tokyo contributed to this report.")).agency).toBe("AP");
    const parsed = one(story("The Associated Press contributed to this report."));
    expect(parsed.body).not.toContain("contributed to this report");
    expect(parsed.author).toBe("Mary Byrne");
  });

  it("is read under a metered wall's count below it, in a text copy and on a saved page", () => {
    expect(one(story("The Associated Press contributed to this report.", "You have 2 free articles left this month. Subscribe for unlimited access.", "Trending")).agency).toBe("AP");
    const html = fromHtml(page(`<title>Harbour board approves second wharf</title>`, `<article><h1>Harbour board approves second wharf</h1><p>By Mary Byrne</p>${EN.map((p) => `<p>${p}</p>`).join("")}<p><em>The Associated Press contributed to this report.</em></p></article>`));
    expect(html.agency).toBe("AP");
  });

  it("names no wire when it credits people of none, or a staff desk", () => {
    expect(one(story("Jane Doe in Tokyo contributed to this report.")).agency).toBeNull();
    expect(one(story("Staff writer Tom Reid contributed to this report.")).agency).toBeNull();
    expect(one(story("Harbour Herald reporter Tom Reid contributed to this report.")).agency).toBeNull();
  });
});

describe("a wire named after the writer's comma on a byline with the date beside it, and a wire's end mark", () => {
  it("'By …, Kyodo News | date' names the wire and the writer; '==Kyodo' under the text names the wire", () => {
    const byline = one(text("Seoul says Russia sent air-defence parts to the North", "By Takeshi Morimoto, Kyodo News | February 11, 2026, 6:30 pm", ...EN));
    expect(byline.agency).toBe("Kyodo");
    expect(byline.author).toBe("Takeshi Morimoto");
    expect(byline.publishedAt).toMatch(/^2026-02-11T18:30/);
    const mark = one(text("Seoul says Russia sent air-defence parts to the North", "February 11, 2026, 6:30 pm", ...EN, "==Kyodo"));
    expect(mark.agency).toBe("Kyodo");
    expect(mark.body).not.toContain("==Kyodo");
  });

  it("a second writer or a desk after the comma is no wire, nor a mark of no wire's name", () => {
    const two = one(text("Seoul says Russia sent air-defence parts to the North", "By Takeshi Morimoto, Jane Doe | February 11, 2026, 6:30 pm", ...EN));
    expect(two.agency).toBeNull();
    expect(one(text("Seoul says Russia sent air-defence parts to the North", "By Takeshi Morimoto, Foreign Desk | February 11, 2026", ...EN)).agency).toBeNull();
    expect(one(text("Seoul says Russia sent air-defence parts to the North", "February 11, 2026, 6:30 pm", ...EN, "==Harbour Desk")).agency).toBeNull();
  });
});
