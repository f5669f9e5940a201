// Tests for the families the thirty-seventh corpus (fact-check and verification pages) showed: a fact-check's rating
// widget, partner, network and republishing notices, capture notes and source lists as furniture; a rating badge image
// beside a paragraph; the summary box between the headline and the byline ("What was claimed" / "Our verdict", a
// speaker line over the claim); fact-checkers' bylines ("Fact Check by:", "By - X | date", "By X • date", a wire's
// bureau after the name, a surname in capitals); a screenshot's bracketed credit and a side-by-side caption. Forms
// written for these tests, English and Vietnamese.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, one, page, text, VI } from "@/test/family-parse";
import { captionByMoreForms } from "./caption-forms";
import { isFurnitureLine, isTailMarker } from "./clean";
import { isFactCheckNotice, isRatingOnly, isSummaryBoxLabel } from "./fact-check-notices";
import { readByline } from "./layout-model";
import { isNoticeLine } from "./page-notices";
import { bestTime } from "./pathological";

describe("a fact-check page's furniture", () => {
  it("reads the rating widget naming only the rating, in its shapes and both languages", () => {
    for (const line of ["RATING: MISLEADING", "Verdict: False", "Our rating: Pants on Fire", "Fact Check : False", "The Verdict: Mostly False", "Đánh giá: Sai sự thật", "Kết luận: Gây hiểu lầm", "False – The claim is inaccurate.", "Misleading – The claim is accurate in parts but information has also been presented incorrectly."]) {
      expect(isFactCheckNotice(line), line).toBe(true);
      expect(isNoticeLine(line), line).toBe(true);
    }
  });

  it("reads partner, network, blurb, republishing, appeal and capture notes", () => {
    for (const line of [
      "VERA Files Fact Check is part of Meta's third-party fact-checking program. Have a claim you want checked? Send it to us.",
      "This material was prepared as part of Meta's third-party fact-checking program. Read more about how it works here.",
      "This article is part of our work fact checking potentially false pictures, videos and stories on Facebook. You can read more about this here.",
      "Editor's note: FactCheck.org is one of several organizations working with Facebook to debunk misinformation shared on social media.",
      "This fact check was originally published by PolitiFact, which is part of the Poynter Institute.",
      "AFP Fact Check is a signatory of the IFCN code of principles",
      "AAP FactCheck is an accredited member of the International Fact-Checking Network. To keep up with our latest fact checks, follow us.",
      "AFP Kiểm chứng là thành viên của Mạng lưới Kiểm chứng Thông tin Quốc tế (IFCN)",
      "Lead Stories is a fact checking website that is always looking for the latest false or misleading stories going viral.",
      "For publishers: what to do if your post is rated false",
      "A fact-checker has rated your Facebook or Instagram post as \"false\", \"altered\" or \"missing context\". What do you do?",
      "Archived links: 1, 2, 3.",
      "Archived here",
      "Đường dẫn lưu trữ: 1, 2",
      "(Source: Facebook screenshot taken on Fri Dec 4 09:14:52 2026 UTC)",
      "Copyright © AFP 2017-2026. Any commercial use of this content requires a subscription. Click here to find out more.",
      "Copyright © AFP 2017-2026. Mọi hình thức sử dụng thương mại đối với nội dung này đều phải đăng ký bản quyền.",
      "All information, text and images included on the AAP Websites is for personal use only and may not be re-written, copied, re-sold or re-distributed.",
      "Republish our content for free",
      "Bellingcat is a non-profit and the ability to carry out our work is dependent on the kind support of individual donors.",
      "Want to inform others about what's true and what's not? Share this article and help stop the spread of misinformation.",
      "Claim Review : North Korean troops arriving at the Kursk front",
      "Claimed By : Social media users",
    ]) {
      expect(isFactCheckNotice(line), line).toBe(true);
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it("leaves the check's own summary and reasoning as text", () => {
    for (const line of [
      "False. There is no record of him saying this. The Kremlin's transcript does not contain the quote.",
      "False. The claim is based on a doctored photo released in 2024.",
      "Kết luận: Thông tin sai sự thật. Người phát ngôn Điện Kremlin không nói câu này.",
      "Posts claim Peskov said this. The transcript shows he did not. We rate this claim False.",
      "Meta's third-party fact-checking program pays partners by the number of checks, the report found.",
      "The archived version of the page shows the post was edited twice on December 3.",
      "Fact checkers have rated the video false, and Facebook has added a label to it.",
      "The verdict of the court is expected on Friday, the lawyers said.",
      "The photo released by the Kremlin (left) and the version shared online (right) differ in three places.",
    ]) {
      expect(isFactCheckNotice(line), line).toBe(false);
      expect(isFurnitureLine(line), line).toBe(false);
    }
  });

  it("ends the text at a sources list or a citation box", () => {
    for (const line of ["Sources", "Our Sources", "Cite this case study:", "How to cite this article", "Nguồn tham khảo"]) expect(isTailMarker(line), line).toBe(true);
    expect(isTailMarker("Sources say the talks were cancelled")).toBe(false);
    const parsed = one(text("Fact check", "Posts misquote the Kremlin's spokesman", "By Jane Rowe • December 4, 2026", ...EN, "Our Sources", "Kremlin, Transcript of the call with reporters, Dec. 3, 2026", "TASS, Peskov on North Korea, Dec. 3, 2026"));
    expect(parsed.body).toContain(EN[2]);
    expect(parsed.body).not.toContain("Transcript of the call");
  });

  it("drops a saved page's source list of citations, and keeps text after a sources heading", () => {
    const html = page(
      "<title>Denial contradicted</title>",
      `<article><h1>Denial contradicted</h1>${EN.map((p) => `<p>${p}</p>`).join("")}<h5>Sources</h5><p>Russian Ministry of Foreign Affairs. "Comment on claims about missiles." 2 Dec 2026.</p><p>Sanctions Monitoring Team. "Report on military cooperation." 29 May 2025.</p></article>`,
    );
    const parsed = fromHtml(html);
    expect(parsed.body).toContain(EN[2]);
    expect(parsed.body).not.toContain("Comment on claims about missiles");
    const kept = one(text("Posts misquote the spokesman", "By Jane Rowe • December 4, 2026", EN[0], "", "Sources", "", "The ministry did not answer our questions about the \"transcript\" it published in 2026, officials in Seoul said.", "", EN[1]));
    expect(kept.body).toContain("The ministry did not answer our questions");
  });

  it("reads a huge notice-like line in linear time", () => {
    const line = `Ab Cd is part of Meta's third-party fact-checking ${"program ".repeat(20000)}x`;
    expect(bestTime(() => isFactCheckNotice(line))).toBeLessThan(50);
    expect(bestTime(() => isFurnitureLine(`${"Ab ".repeat(4000)}share this article and help sto`))).toBeLessThan(50);
  });
});

describe("a rating badge on a saved page", () => {
  it("knows a badge's words", () => {
    for (const t of ["False", "Verdict False", "VerdictFalse", "Rating: Pants on Fire", "Sai sự thật"]) expect(isRatingOnly(t), t).toBe(true);
    for (const t of ["", "Doctored photo of the two leaders", "A false claim about troops"]) expect(isRatingOnly(t), t).toBe(false);
  });

  it("is no picture: the paragraph beside it stays text, not its caption", () => {
    const html = page(
      "<title>Video passed off as troops</title>",
      `<article><h1>Video passed off as troops</h1><div class="card"><p>The video shows a parade rehearsal near Pyongyang in February 2023.</p><div class="verdict"><img src="/verdicts/false.svg" alt="False"><span>Verdict</span><span>False</span></div></div>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`,
    );
    const parsed = fromHtml(html);
    expect(parsed.body).toContain("The video shows a parade rehearsal near Pyongyang in February 2023.");
    expect(parsed.captions.join(" ")).not.toContain("parade rehearsal");
  });

  it("leaves a real picture with its caption alone", () => {
    const html = page(
      "<title>Rail yard</title>",
      `<article><h1>Rail yard</h1><p>${EN[0]}</p><div><img src="/uploads/yard.jpg" alt=""></div><div>Covered wagons at the rail yard on December 2</div>${EN.slice(1).map((p) => `<p>${p}</p>`).join("")}</article>`,
    );
    expect(fromHtml(html).captions.join(" ")).toContain("Covered wagons at the rail yard on December 2");
  });
});

describe("the summary box between a fact-check's headline and its byline", () => {
  it("knows the box's labels and the speaker line", () => {
    for (const l of ["What was claimed", "Our verdict", "IN SHORT:", "If Your Time is short", "Quick Take", "Claim", "Fact", "Nhận định", "Thông tin lan truyền", "stated on December 3, 2026 in a post on X:"]) expect(isSummaryBoxLabel(l), l).toBe(true);
    for (const l of ["What was claimed by the minister on Tuesday was never checked", "Claims", "stated on December 3, 2026 in a post on X"]) expect(isSummaryBoxLabel(l), l).toBe(false);
  });

  it("reads the day and the writer below the box, and keeps the box's sentences", () => {
    const parsed = one(text("Fact checks", "Kremlin spokesman did not say brigades will fight under Russia's flag", "What was claimed", "The Kremlin's spokesman said North Korean brigades will fight openly from January.", "Our verdict", "False. There is no record of him saying this.", "4 December 2026", "Written by Eleanor Price", ...EN));
    expect(parsed.title).toBe("Kremlin spokesman did not say brigades will fight under Russia's flag");
    expect(parsed.publishedAt).toBe("2026-12-04");
    expect(parsed.author).toBe("Eleanor Price");
    expect(parsed.body).toContain("False. There is no record of him saying this.");
    expect(parsed.body).toContain("The Kremlin's spokesman said North Korean brigades will fight openly from January.");
  });

  it("reads the headline below a speaker box, never the claim's day", () => {
    const parsed = one(text("Truth-O-Meter", "Viral image", "stated on December 3, 2026 in a post on X:", "\"North Korean brigades will fight openly under our flag.\"", "false", "Transcript shows the spokesman said no such thing", "By Maria Delgado • December 4, 2026", ...EN));
    expect(parsed.title).toBe("Transcript shows the spokesman said no such thing");
    expect(parsed.publishedAt).toBe("2026-12-04");
    expect(parsed.author).toBe("Maria Delgado");
  });

  it("reads bullets below \"In Short\" as a key-points box, not the text", () => {
    const parsed = one(text("Missile test draws suspicion of Russian help", "Aditi Rao", "New Delhi, UPDATED: Dec 4, 2026 18:25 IST", "In Short", "• The harbour board reported record volumes", "• A second wharf opens in April", ...EN));
    expect(parsed.body).toContain(EN[0]);
    expect(parsed.body).not.toContain("In Short");
    expect(parsed.body).not.toContain("A second wharf opens in April");
  });

  it("reads a Vietnamese notice's box the same way", () => {
    const parsed = one(text("Cảnh báo tin giả", "Video lính tới mặt trận là thông tin sai sự thật", "Thứ Sáu, 04/12/2026 - 09:20", "Thông tin lan truyền", "Từ ngày 2/12, trên mạng xã hội lan truyền một đoạn video kèm nội dung sai sự thật.", ...VI));
    expect(parsed.publishedAt).toBe("2026-12-04T09:20");
    expect(parsed.body).toContain("Từ ngày 2/12, trên mạng xã hội lan truyền một đoạn video kèm nội dung sai sự thật.");
  });
});

describe("a saved fact-check's summary box and printed time", () => {
  const ld = (v: unknown): string => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;

  it("keeps a summary box Readability leaves out beside the text", () => {
    const html = page(
      "<title>Photo doctored</title>",
      `<article><h1>Photo doctored</h1><div class="in-short"><h3>IN SHORT:</h3><p>A photo said to show the two leaders in front of a launcher has been altered.</p></div><div class="field-body">${EN.map((p) => `<p>${p}</p>`).join("")}</div></article>`,
    );
    const parsed = fromHtml(html);
    expect(parsed.body).toContain("A photo said to show the two leaders in front of a launcher has been altered.");
    expect(parsed.body).not.toContain("IN SHORT");
  });

  it("reads the printed clock of a month-first date on the structured day", () => {
    const html = page(
      `<title>Did he say it?</title>${ld({ "@context": "https://schema.org", "@type": "ClaimReview", datePublished: "2026-12-04", itemReviewed: { "@type": "Claim", datePublished: "2026-12-03", author: { "@type": "Person", name: "Social media users" } } })}`,
      `<article><h1>Did he say it?</h1><div class="dateline">3:12 PM 12/04/2026</div>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`,
    );
    expect(fromHtml(html).publishedAt).toBe("2026-12-04T15:12");
  });

  it("takes no clock of another day", () => {
    const html = page(
      `<title>Did he say it?</title>${ld({ "@context": "https://schema.org", "@type": "ClaimReview", datePublished: "2026-12-04" })}`,
      `<article><h1>Did he say it?</h1><div class="dateline">3:12 PM 11/03/2026</div>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`,
    );
    expect(fromHtml(html).publishedAt?.slice(0, 10)).toBe("2026-12-04");
    expect(fromHtml(html).publishedAt).not.toContain("T15:12");
  });
});

describe("fact-checkers' bylines", () => {
  it("reads the names in their shapes", () => {
    expect(readByline("Fact Check by: Daniel Ortiz")).toBe("Daniel Ortiz");
    expect(readByline("By - Ritika Menon | 4 Dec 2026 4:20 PM")).toBe("Ritika Menon");
    expect(readByline("By Maria Delgado • December 4, 2026")).toBe("Maria Delgado");
    expect(readByline("This report was written by Thabo Nkosi, a fact-checker at Africa Check.")).toBe("Thabo Nkosi");
    expect(readByline("By PARK Ji-won, AFP South Korea")).toBe("PARK Ji-won");
    expect(readByline("By Kim Lee, Reuters Seoul")).toBe("Kim Lee");
  });

  it("takes no box label, place or account for a name", () => {
    expect(readByline("THE FACTS")).toBeNull();
    expect(readByline("NK Arms Monitor")).toBeNull();
    expect(readByline("PARK Ji-won")).toBeNull(); // a surname in capitals reads as a name after "By" only
    expect(readByline("By Jane Doe, Seoul Bureau")).not.toBe("Jane Doe");
    expect(readByline("Bởi AFP Việt Nam")).toBeNull();
  });

  it("reads the writer of a text copy with a dash after By and the time after a bar", () => {
    const parsed = one(text("Fact Check", "Old video falsely shared as troops at the front", "The footage shows a 2023 rehearsal near Pyongyang, not troops in Russia.", "By - Ritika Menon | 4 Dec 2026 4:20 PM", ...EN));
    expect(parsed.author).toBe("Ritika Menon");
    expect(parsed.publishedAt).toBe("2026-12-04T16:20");
  });

  it("names no writer where a wire's bureau signs a saved page", () => {
    const html = page(
      `<title>Ảnh vệ tinh bị diễn giải sai</title><script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Ảnh vệ tinh bị diễn giải sai", datePublished: "2026-12-04T03:15:00Z", author: [{ "@type": "Person", name: "AFP Việt Nam" }] })}</script>`,
      `<article><h1>Ảnh vệ tinh bị diễn giải sai</h1><p class="meta-author">Bởi AFP Việt Nam</p>${VI.map((p) => `<p>${p}</p>`).join("")}</article>`,
    );
    expect(fromHtml(html).author).toBeNull();
  });
});

describe("a fact-checker's captions", () => {
  it("reads a screenshot's bracketed credit and two pictures side by side", () => {
    for (const l of ["A post on X claims troops will join the war openly. (Screenshot from X)", "The viral post attributing the quote. (Screenshot/Facebook)", "Bài đăng lan truyền câu nói bịa đặt. (Ảnh chụp màn hình)", "Comparison of the video in the false posts (left) and the 2023 news report (right)", "Bài đăng sai lệch (trái) và ảnh gốc (phải)"]) {
      expect(captionByMoreForms(l), l).toBe(true);
    }
  });

  it("leaves sentences that mention screenshots or sides alone", () => {
    for (const l of ["The posts compare the photo (left) with the original (right), which differ in three places.", "Users shared a screenshot (from X) of the post before it was deleted on Friday.", "The party's left (and right) wings both backed the bill"]) {
      expect(captionByMoreForms(l), l).toBe(false);
    }
  });

  it("takes a screenshot's caption out of a text copy's body", () => {
    const parsed = one(text("Fact Check", "Posts misquote the Kremlin's spokesman", "By Jane Rowe • December 4, 2026", EN[0], "A post on X claims Russia announced troops will fight openly. (Screenshot from X)", EN[1], EN[2]));
    expect(parsed.captions.join(" ")).toContain("A post on X claims Russia announced troops will fight openly.");
    expect(parsed.body).not.toContain("(Screenshot from X)");
  });
});
