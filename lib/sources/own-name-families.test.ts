// Tests for how a page names itself where its metadata or its copy names it otherwise: a site name that extends the
// masthead by a place ("The Sentinel Assam" over the logo's "The Sentinel") or is a tagline ("Be Korea-savvy" over
// "The Korea Bizwire"); an acronym's edition the page prints whole ("EMTV Online"); a name in a tagline line at the
// foot with its edition after it ("Yeni Şafak English — news from …"); a domain that is one word and nothing else
// ("slate.com" → "Slate"); a masthead in running case past five words, printed again below; a pitch that says what
// support costs; and a line under a dropped one, which goes on with the text's paragraph only where that stopped
// mid-sentence. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, one, page, text, VI } from "@/test/family-parse";
import { isFurnitureLine } from "./clean";
import { oneWordLabel, wordOfDomain } from "./domain-name";
import { sisterPublication } from "./outlet-clues";
import { mastheadOverSiteName } from "./site-masthead";

const HEADLINE = "Harbour board approves second wharf after record year";
const ARTICLE = `<article><h1>${HEADLINE}</h1><p>By Jane Doe</p><time datetime="2026-12-04T09:30:00+13:00">December 4, 2026</time>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`;
/** A saved page whose og:site_name is `site`, with the header's logo and the footer's rights line given. */
const saved = (site: string, logo: string, footer: string, url = "https://www.harboursentinel.co.nz/news/second-wharf", publisher = ""): string =>
  page(
    `<title>${HEADLINE} - ${site}</title><meta property="og:site_name" content="${site}"><meta property="og:title" content="${HEADLINE}"><link rel="canonical" href="${url}">${publisher ? `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${HEADLINE}","publisher":{"@type":"Organization","name":"${publisher}"}}</script>` : ""}`,
    `<header>${logo}<nav><a href="/news">News</a><a href="/sport">Sport</a></nav></header>${ARTICLE}<footer><p>${footer}</p></footer>`,
  );

describe("a site name that extends the masthead the page prints", () => {
  it("takes the logo's name, set as text or as a picture's alt, when the rights line or the publisher agrees", () => {
    expect(fromHtml(saved("The Harbour Sentinel Otago", `<a href="/" class="logo">The Harbour Sentinel</a>`, "© 2026 The Harbour Sentinel. All Rights Reserved.")).outlet).toBe("The Harbour Sentinel");
    expect(fromHtml(saved("The Harbour Sentinel Otago", `<a href="/" class="logo"><img src="/logo.png" alt="The Harbour Sentinel"></a>`, "Contact us", undefined, "The Harbour Sentinel")).outlet).toBe("The Harbour Sentinel");
    expect(fromHtml(saved("The Harbour Sentinel South Island", `<a href="/" class="site-logo">The Harbour Sentinel</a>`, "© 2026 The Harbour Sentinel")).outlet).toBe("The Harbour Sentinel");
  });

  it("keeps the site name when the logo prints it whole, stands alone, or is extended by three words or more", () => {
    // the logo prints the site name whole
    expect(fromHtml(saved("Harbour Sentinel Online", `<a href="/" class="logo">Harbour Sentinel Online</a>`, "© 2026 Harbour Sentinel")).outlet).toBe("Harbour Sentinel Online");
    // no second naming agrees with the logo
    expect(fromHtml(saved("The Harbour Sentinel Otago", `<a href="/" class="logo">The Harbour Sentinel</a>`, "Contact us")).outlet).toBe("The Harbour Sentinel Otago");
    expect(mastheadOverSiteName({ siteName: "The Harbour Sentinel Otago and Southland News", logos: ["The Harbour Sentinel"], others: ["The Harbour Sentinel"], host: null })).toBeNull();
    // a logo that shares only a first word
    expect(mastheadOverSiteName({ siteName: "Harbourside Weekly", logos: ["Harbour"], others: ["Harbour"], host: null })).toBeNull();
  });
});

describe("a tagline filed as the site name", () => {
  it("takes the masthead the address spells, its logo and rights line agreeing", () => {
    expect(fromHtml(saved("Be Harbour-savvy", `<a href="/" class="logo"><img src="/logo.png" alt="The Harbour Wire"></a><span class="tagline">Be Harbour-savvy</span>`, "Copyright © 2026 The Harbour Wire", "https://www.harbourwire.com/second-wharf")).outlet).toBe("The Harbour Wire");
  });

  it("keeps a site name the address spells, or one no address can be checked against", () => {
    expect(mastheadOverSiteName({ siteName: "Harbour Wire Daily", logos: ["The Harbour Wire"], others: ["The Harbour Wire"], host: "harbourwiredaily.com" })).toBeNull();
    expect(mastheadOverSiteName({ siteName: "Be Harbour-savvy", logos: ["The Harbour Wire"], others: ["The Harbour Wire"], host: null })).toBeNull();
    // the logo alone, no second naming
    expect(mastheadOverSiteName({ siteName: "Be Harbour-savvy", logos: ["The Harbour Wire"], others: [], host: "harbourwire.com" })).toBeNull();
    expect(mastheadOverSiteName({ siteName: "Be Harbour-savvy", logos: ["The Harbour Wire"], others: ["The Harbour Wire"], host: "harbourwire.com" })).toBe("The Harbour Wire");
  });
});

describe("an acronym with its edition as the site name", () => {
  it("keeps the edition the page prints whole, and drops it when the page prints the acronym alone", () => {
    const html = (site: string, logo: string, footer: string) => saved(site, logo, footer, "https://www.htvnews.com.pg/second-wharf");
    expect(fromHtml(html("HTV Online", `<a href="/" class="logo">HTV Online</a>`, "© 2026 HTV Online")).outlet).toBe("HTV Online");
    expect(fromHtml(html("HTV International", `<a href="/" class="logo"><img src="/l.svg" alt="HTV"></a>`, "© 2026 Harbour Television Company")).outlet).toBe("HTV");
  });
});

describe("a name in a tagline line under the text, its edition after it", () => {
  it("reads the name the reader view's domain spells", () => {
    const parsed = one(text("korfezhaber.com", HEADLINE, "December 04 2026 13:05:00", ...EN, "Körfez Haber English — news from the Gulf and the world"));
    expect(parsed.outlet).toBe("Körfez Haber");
    const en = one(text("harbourledger.com", HEADLINE, "December 4, 2026", ...EN, "Harbour Ledger English — the coast's news every morning"));
    expect(en.outlet).toBe("Harbour Ledger");
  });

  it("reads no name the domain does not spell", () => {
    expect(one(text("korfezhaber.com", HEADLINE, "December 04 2026 13:05:00", ...EN, "Gulf English — news from the Gulf and the world")).outlet).not.toBe("Gulf English");
  });
});

describe("a domain that is one word, and nothing else naming the outlet", () => {
  it("names the outlet by the word", () => {
    const parsed = one(text("Instapaper", "Home", "Archive", HEADLINE, "beacon.com", "·", "Jane Doe", "·", "December 2, 2026", ...EN, "Highlight", "Share"));
    expect(parsed.outlet).toBe("Beacon");
    expect(wordOfDomain("www.slate.com", EN.join("\n"))).toBe("Slate");
    expect(wordOfDomain("axios.co.uk", EN.join("\n"))).toBe("Axios");
  });

  it("gives nothing for words run together, initials, an article run onto a name or a Vietnamese page", () => {
    for (const label of ["princegeorgecitizen", "voanews", "firstpost", "thehill", "rferl", "scmp", "nknews", "lemonde", "aljazeera", "baolongan", "ab", "wxyz", "herald", "news"]) expect(oneWordLabel(label), label).toBe(false);
    for (const label of ["slate", "axios", "semafor", "politico", "beacon", "diplomat"]) expect(oneWordLabel(label), label).toBe(true);
    expect(wordOfDomain("beacon.vn", VI.join("\n"))).toBeNull();
    expect(one(text("harbourtimes.com", HEADLINE, "By Jane Doe", "December 2, 2026", ...EN)).outlet).not.toBe("Harbourtimes");
  });
});

describe("a name the domain spells, printed in the possessive before a noun", () => {
  const foot = (host: string, note: string): string => text(host, "", HEADLINE, "", "By Jane Doe", "", "December 4, 2026", "", ...EN, "", note);

  it("is the name without the possessive nor the article before it", () => {
    expect(one(foot("harbourvalleygazette.co.nz", "Jane Doe is the Harbour Valley Gazette's world affairs reporter.")).outlet).toBe("Harbour Valley Gazette");
    expect(one(foot("harbourvalleygazette.co.nz", "Jane Doe is the Harbour Valley Gazette’s world affairs reporter.")).outlet).toBe("Harbour Valley Gazette");
    expect(one(foot("www.harbourvalleygazette.co.nz", "Read more of the Harbour Valley Gazette's coverage of the port.")).outlet).toBe("Harbour Valley Gazette");
  });

  it("keeps a name that ends so before nothing else, and reads no name the domain does not spell, in either language", () => {
    expect(one(foot("barronsweekly.com", "Subscribe to Barron's Weekly")).outlet).toBe("Barron's Weekly");
    expect(one(foot("harbourvalleygazette.co.nz", "Jane Doe is the Otago Daily Times's world affairs reporter.")).outlet).toBeNull();
    const vi = text("baosongcuulong.vn", "", "Sầu riêng tăng diện tích gấp đôi trong ba năm", "", "04/12/2026 08:30", "", ...VI, "", "Minh Khuê", "", "Ảnh tư liệu của Saigon Harbour Times's phóng viên");
    expect(one(vi).outlet).toBeNull();
  });
});

describe("a publication on a label of its own under its parent's domain", () => {
  const VI_HEADLINE = "Sầu riêng tăng diện tích gấp đôi trong ba năm";
  const address = (host: string): string => `https://${host}/the-gioi/sau-rieng-tang-dien-tich-i781245/`;

  it("is named as the page prints the name whose initials the label is, not by the parent's name", () => {
    const own = text(address("hstg.cand.com.vn"), "HỒ SƠ THẾ GIỚI", "Thế giới", "", VI_HEADLINE, "", "Thứ Tư, 03/12/2026, 21:15", "", ...VI, "", "Minh Khuê", "", "Báo Hồ sơ Thế giới - Cơ quan của Bộ Công an");
    expect(one(own).outlet).toBe("Hồ sơ Thế giới");
    const relayed = text("VOZ", "Diễn đàn", address("hstg.cand.com.vn"), VI_HEADLINE, "Thứ Năm, 03/12/2026, 10:05", ...VI, "Theo Hồ sơ Thế giới", "Like");
    expect(one(relayed).outlet).toBe("Hồ sơ Thế giới");
    const en = text("https://ypw.scmp.com/news/2026/12/04/second-wharf", "", HEADLINE, "", "By Jane Doe", "", "December 4, 2026", "", ...EN, "", "Young Post Weekly - the paper for Hong Kong's students");
    expect(one(en).outlet).toBe("Young Post Weekly");
    expect(sisterPublication("ypw.scmp.com", text("Hong Kong", HEADLINE, ...EN, "© 2026 Young Post Weekly. All rights reserved."))).toBe("Young Post Weekly");
  });

  it("leaves the parent the outlet under a section's label, the parent's own host, or a label no printed name spells", () => {
    expect(one(text(address("thethao.cand.com.vn"), "Thể Thao", "", VI_HEADLINE, "", "Thứ Tư, 03/12/2026, 21:15", "", ...VI, "", "Minh Khuê")).outlet).toBe("Công an nhân dân");
    expect(one(text(address("www.cand.com.vn"), "", VI_HEADLINE, "", "Thứ Tư, 03/12/2026, 21:15", "", ...VI, "", "Minh Khuê", "Theo Hãng Thông tấn Xã")).outlet).toBe("Công an nhân dân");
    expect(sisterPublication("sport.scmp.com", text("Sport", HEADLINE, ...EN, "More Sport"))).toBeNull();
    expect(sisterPublication("ypw.scmp.com", text("Hong Kong", HEADLINE, ...EN, "Young Post", "Yes, Please Wait"))).toBeNull();
    expect(sisterPublication("hstg.cand.com.vn", text(VI_HEADLINE, ...VI, "Theo Reuters"))).toBeNull();
  });
});

describe("a masthead in running case past five words", () => {
  it("is read when the page prints it again below, as a footer's logo does, in English and in Vietnamese", () => {
    const parsed = one(text("The Voice of the Southern Harbour Coast", "Home", "News", "Sport", "Business", HEADLINE, "December 4, 2026", ...EN, "Contact us", "The Voice of the Southern Harbour Coast"));
    expect(parsed.outlet).toBe("The Voice of the Southern Harbour Coast");
    const vi = one(text("Diễn đàn Nông nghiệp Miền Tây Việt Nam", "Trang chủ", "Thời sự", "Nông nghiệp", "Thị trường", "Sầu riêng tăng diện tích gấp đôi trong ba năm", "03/12/2026 08:30", ...VI, "Liên hệ", "Diễn đàn Nông nghiệp Miền Tây Việt Nam"));
    expect(vi.outlet).toBe("Diễn đàn Nông nghiệp Miền Tây Việt Nam");
  });

  it("is not read from a line printed once, nor from a sentence", () => {
    const once = one(text("The Voice of the Southern Harbour Coast", "Home", "News", "Sport", "Business", HEADLINE, "December 4, 2026", ...EN, "Contact us"));
    expect(once.outlet).toBeNull();
    // a sentence at the top, printed again as the text's own
    const sentence = "The board said the new wharf would open in April.";
    expect(one(text(sentence, "Home", "News", "Sport", HEADLINE, "December 4, 2026", ...EN, sentence)).outlet).not.toBe(sentence);
    // lower-case words in the main, a phrase rather than a name
    const phrase = "Read the latest from across the harbour";
    expect(one(text(phrase, "Home", "News", "Sport", HEADLINE, "December 4, 2026", ...EN, phrase)).outlet).not.toBe(phrase);
  });
});

describe("a pitch that says what the reader's support costs", () => {
  it("is furniture", () => {
    for (const line of [
      "Here we are to serve you with news right now. It doesn't cost much, but worth your attention.",
      "It doesn't cost much, but it's worth your time.",
      "Our journalism does not cost you much and makes a big difference.",
      "It costs less than a cup of coffee a week to support our journalism.",
    ]) expect(isFurnitureLine(line), line).toBe(true);
  });

  it("is not a report that something costs little", () => {
    for (const line of [
      "It doesn't cost much to build a shell, the analyst said.",
      "The programme doesn't cost much but is worth the attention of ministers, officials said.",
      "A shell costs less than a cup of coffee in Pyongyang, one defector claimed.",
      `It doesn't cost much ${"and ".repeat(400)}worth your attention.`,
    ]) expect(isFurnitureLine(line), line.slice(0, 40)).toBe(false);
  });
});

describe("a line under a dropped one, no blank line between", () => {
  const head = ["Harbour News", "Home", "Business", HEADLINE, "By Jane Doe", "December 4, 2026"];
  it("starts its own paragraph when the text's line above the dropped one finished", () => {
    const parsed = one(text(...head, EN[0], "advertisement", EN[1], EN[2], "© 2026 Harbour News"));
    expect(parsed.body.split("\n\n")).toEqual([...EN]);
  });

  it("goes on with the paragraph the dropped line cut mid-sentence", () => {
    const cut = "The harbour board said on Tuesday that cargo volumes rose by a quarter in the year to November, led by";
    for (const dropped of ["advertisement", "Read more: Port workers end their strike after the pay deal is agreed."]) {
      const parsed = one(text(...head, cut, dropped, "Timber and dairy exports to Asia.", EN[1], EN[2], "© 2026 Harbour News"));
      expect(parsed.body.split("\n\n")[0], dropped).toBe(`${cut} Timber and dairy exports to Asia.`);
    }
  });

  it("keeps a blank line's break, and a short line's", () => {
    const cut = "The harbour board said on Tuesday that cargo volumes rose by a quarter in the year to November, led by";
    const blank = one(`${text(...head, cut, "Read more: Port workers end their strike after the pay deal is agreed.")}\nTimber and dairy exports to Asia.\n${text(EN[1], EN[2])}`);
    expect(blank.body.split("\n\n")[0]).toBe(cut);
    const short = one(text(...head, "Key findings", "Read more: Port workers end their strike after the pay deal is agreed.", ...EN));
    expect(short.body).not.toContain("Key findings The harbour");
  });
});
