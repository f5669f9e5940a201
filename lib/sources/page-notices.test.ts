// Notices around an article (page-notices.ts) and picture credits in forms the earlier pages lacked: each family read
// as furniture or a caption's credit, and article sentences of the same words left alone.
import { describe, expect, it } from "vitest";
import { isCaptionLine, isCreditOnly, isEmailCredit, isFurniture } from "./layout-model";
import { pastedCopy as copy } from "@/test/pasted-copy";

const EN_LEAD = "The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.";
const EN_PARA = "Traders from both sides will have to register with the border guard post a week ahead, the council said in a statement.";

describe("notices around an article", () => {
  it("knows walls, sign-up and app prompts, and not sentences that speak of subscribing or apps", () => {
    expect(isFurniture("Subscribe to unlock this article and enjoy unlimited access to award-winning journalism.")).toBe(true);
    expect(isFurniture("Get breaking news and daily headlines delivered to your email inbox by signing up here.")).toBe(true);
    expect(isFurniture("The information you need to know, sent directly to you: Download the CTV News App")).toBe(true);
    expect(isFurniture("Real-time updates and all local stories you want right in the palm of your hand.")).toBe(true);
    expect(isFurniture("Users were told to download the app before the border markets open next year, officials said.")).toBe(false);
    expect(isFurniture("Subscribers to the council's bulletin will get the list of markets.")).toBe(false);
  });

  it("knows a local paper's newsletter box around its button, and not sentences of the same words", () => {
    for (const line of ["Get the biggest stories from Hull and East Yorkshire first", "Get the latest headlines first", "Get the top stories from Leicester first", "Stay up to date with the news you care about. Subscribe now.", "Stay informed on what matters in your town. Sign up today", "Something went wrong, please try again later.", "Oops! Something went wrong. Try again"]) {
      expect(isFurniture(line), line).toBe(true);
    }
    for (const line of ["Stay informed about the treaty and its terms, the minister told the council.", "Something went wrong with the shipment, officials said, and it was sent back.", "Get the biggest ships through the strait first, the port authority said on Thursday."]) {
      expect(isFurniture(line), line).toBe(false);
    }
    const parsed = copy("Council opens two more border markets", "By Jane Doe", "December 4, 2026", EN_LEAD, "Get the biggest stories from the county first", "Sign up to our newsletter", "Something went wrong, please try again later.", EN_PARA);
    expect(parsed?.body).toContain(EN_PARA);
    expect(parsed?.body).not.toMatch(/biggest stories|went wrong/);
  });

  it("knows a wire's first-published tag, a print edition's note, an audio button and a wire's long copyright notice", () => {
    expect(isFurniture("This report by The Canadian Press was first published Dec. 3, 2026.")).toBe(true);
    expect(isFurniture('This article appeared in the Asia section of the print edition under the headline "Friends in need"')).toBe(true);
    expect(isFurniture("Listen to this story")).toBe(true);
    expect(isFurniture("Copyright © 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, written or redistributed.")).toBe(true);
    expect(isFurniture("The report was first published by the council in 2024 and has been cited widely since.")).toBe(false);
  });

  it("knows a government page's service questions, licence and press contact, and category lists", () => {
    for (const line of ["Is this page useful?", "Report a problem with this page", "All content is available under the Open Government Licence v3.0, except where otherwise stated", "Email newsdesk@fcdo.gov.uk", "Telephone 020 7008 3100", "Categories: Argentina, International."]) {
      expect(isFurniture(line), line).toBe(true);
    }
    expect(isFurniture("Email from the council said the markets would open in March.")).toBe(false);
    expect(isFurniture("Categories of goods allowed at the markets include rice, tea and timber.")).toBe(false);
  });

  it("knows closed comments, a site's comment rules, a reader follow prompt and a pointer to a map", () => {
    expect(isFurniture("Commenting for this story is now closed.")).toBe(true);
    expect(isFurniture("Đàn Chim Việt hoan nghênh mọi ý kiến đóng góp của bạn đọc. Bình luận cần viết bằng tiếng Việt có dấu.")).toBe(true);
    expect(isFurniture("Mời quý vị theo dõi tin tức Viễn Đông trên Facebook và YouTube.")).toBe(true);
    expect(isFurniture("Click here to see ISW's interactive map of the Russian invasion of Ukraine. This map is updated daily alongside the static maps present in this report.")).toBe(true);
    expect(isFurniture("Related stories from Miami Herald")).toBe(true);
    expect(isFurniture("Bài mới")).toBe(true);
    expect(isFurniture("Bài mới của tác giả về hội đồng tỉnh đã được đăng hôm qua.")).toBe(false);
    expect(isFurniture("Hội đồng hoan nghênh quyết định mở thêm hai chợ biên giới trong năm tới.")).toBe(false);
  });

  it("drops these notices from a copy's text", () => {
    const s = copy("Council opens two more border markets", "December 3, 2026", EN_LEAD, "Get breaking news and daily headlines delivered to your email inbox by signing up here.", EN_PARA, "Commenting for this story is now closed.");
    expect(s?.body).toContain(EN_PARA);
    expect(s?.body).not.toMatch(/Get breaking news|Commenting for this story/);
  });
});

describe("picture credits and kickers", () => {
  it("reads a wire's credit in capitals after a caption, and not a sentence that ends with a slash-joined word", () => {
    expect(isCaptionLine("A CP-140 Aurora surveillance aircraft lands at a base in Okinawa, Japan, on Nov. 14, 2026. THE CANADIAN PRESS/Sean Kilpatrick")).toBe(true);
    expect(isCaptionLine("The council met on Thursday. He said the and/or clause would stay in the plan")).toBe(false);
  });

  it("reads a labelled credit alone on its line as a picture's credit, and an e-mailed one under its caption", () => {
    expect(isCreditOnly("Illustration: Chloe Barnes")).toBe(true);
    expect(isEmailCredit("Carlos Vega cvega@miamiherald.com")).toBe(true);
    expect(isCreditOnly("Carlos Vega cvega@miamiherald.com")).toBe(false); // at the foot of a text, a byline
    expect(isCreditOnly("Illustration: the council's plan for two markets")).toBe(false);
    const s = copy("Tanker docks in Havana", "By Lucía Fernández", "Updated December 03, 2026 11:18 AM", "A tanker sits at the fuel terminal in Matanzas, Cuba, in a file photo.", "Carlos Vega cvega@miamiherald.com", EN_LEAD, EN_PARA);
    expect(s?.captions.join(" ")).toContain("A tanker sits at the fuel terminal");
    expect(s?.body).not.toMatch(/A tanker sits|cvega@/);
  });

  it("reads a 'Section | Fly-title' kicker as a label above the headline, not a caption or the headline", () => {
    expect(isCaptionLine("Asia | Friends in need")).toBe(false);
    expect(isCaptionLine("Soldiers march in Pyongyang | Getty Images")).toBe(true);
    const s = copy("The Economist", "Asia | Friends in need", "Russia is paying North Korea in oil, grain and know-how", "What Kim Jong Un gets out of Vladimir Putin’s war", "Dec 3rd 2026|SEOUL", EN_LEAD, EN_PARA);
    expect(s?.title).toBe("Russia is paying North Korea in oil, grain and know-how");
    expect(s?.captions).toEqual([]);
  });
});

describe("a site's note on what it is, and its footer links", () => {
  it("knows the note a site prints under every story, and not a story's sentence about a newsroom", () => {
    for (const line of [
      "Stars and Stripes is an editorially independent news organization authorized by the Department of Defense. Its content is not official.",
      "The Harbour Ledger is a nonprofit, nonpartisan newsroom covering the port and its people.",
      "Mediazona is an independent media outlet founded in 2014. We cover courts, prisons and the war. Support us",
      "Coast Weekly is a reader-supported news site.",
    ])
      expect(isFurniture(line), line).toBe(true);
    for (const line of [
      "Radio Free Asia, which was a nonprofit news organization funded by Congress, closed its Korean service after the grant was cut last spring, and its reporters in Seoul were told to stop filing before the end of the month.",
      "The ministry said the outlet is a foreign agent and must label every post it publishes.",
      "Analysts said the agency is an independent body under the cabinet.",
    ])
      expect(isFurniture(line), line).toBe(false);
  });

  it("drops footer links as furniture and reads the writer above them", () => {
    const s = copy("Council opens two more border markets", "", "December 3, 2026", "", EN_LEAD, "", EN_PARA, "", "By Jane Doe", "", "Privacy Notice", "Contact Us", "Careers");
    expect(s?.author).toBe("Jane Doe");
    expect(s?.body).not.toMatch(/Privacy|Contact Us|Careers/);
    expect(s?.body).toContain(EN_PARA);
  });
});
