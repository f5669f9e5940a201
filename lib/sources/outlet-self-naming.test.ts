// Tests for a text copy that never prints its outlet's name as a masthead, or prints it in another form (capitals,
// initials), but names itself in a line of its own voice: a prompt to follow it on Google News ("Theo dõi X trên Google News"), a sign-up box for its own
// newsletter or channel ("Đăng ký nhận thư tin của X", "Sign up for X's newsletter"), a syndicated story's staff note ("has
// not been edited by X staff"), its note on what it is ("X is an independent media outlet …"), a rights line that
// says "thuộc" without "về"; and the near misses that must not name the outlet: a writer's post at another paper
// alone, a body sentence naming another paper or an organisation, a picture agency's rights line. Forms written for
// these tests.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { selfMentions } from "./outlet-clues";

describe("a copy that names itself in its own voice", () => {
  it("reads a prompt to follow the outlet on Google News (Vietnamese and English)", () => {
    expect(one(text("Giá sầu riêng giảm mạnh", "Thứ Tư, 02/12/2026 08:40", ...VI, "Minh Anh", "Theo dõi Nông Sản Việt trên Google News")).outlet).toBe("Nông Sản Việt");
    expect(one(text("Cargo volumes rise at the harbour", "December 2, 2026", ...EN, "Follow Harbour Daily on Google News")).outlet).toBe("Harbour Daily");
  });

  it("reads a syndicated story's staff note", () => {
    const copy = text("Cargo volumes rise at the harbour", "December 2, 2026", ...EN, "(This story has not been edited by Harbour Daily staff and is auto-generated from a syndicated feed.)");
    expect(one(copy).outlet).toBe("Harbour Daily");
  });

  it("reads the outlet's note on what it is", () => {
    const copy = text("Cargo volumes rise at the harbour", "December 2, 2026", ...EN, "Harbour Daily is an independent news site founded in 2019. We cover ports and shipping.");
    expect(one(copy).outlet).toBe("Harbour Daily");
    expect(selfMentions(["Harbour Institute, the port city's research body, is a leading policy institute."])).toEqual(["Harbour Institute"]);
  });

  it("reads a sign-up box that says whose newsletter or channel it is (Vietnamese and English)", () => {
    expect(one(text("Giá sầu riêng giảm mạnh", "Thứ Tư, 02/12/2026 08:40", ...VI, "Minh Anh", "Nhận bản tin", "Đăng ký nhận thư tin của Nông Sản Việt")).outlet).toBe("Nông Sản Việt");
    expect(one(text("Cargo volumes rise at the harbour", "December 2, 2026", ...EN, "Sign up for Harbour Daily's newsletter")).outlet).toBe("Harbour Daily");
    expect(selfMentions(["Đăng ký nhận bản tin của Tạp chí Miền Tây. Hủy đăng ký bất cứ lúc nào.", "Đăng ký kênh Telegram của Nông Sản Việt để cập nhật tin tức nhanh nhất", "Subscribe to The Harbour Daily’s free weekly newsletter", "Join Harbour Daily's WhatsApp channel"])).toEqual([
      "Tạp chí Miền Tây",
      "Nông Sản Việt",
      "The Harbour Daily",
      "Harbour Daily",
    ]);
  });

  it("reads a rights line that says \"thuộc\" without \"về\", and one after a ©", () => {
    expect(selfMentions(["Bản quyền thuộc Báo Nông Sản Việt. Giấy phép số 12/GP-BTTTT", "© Bản quyền thuộc về Báo Miền Tây"])).toEqual(["Báo Nông Sản Việt", "Báo Miền Tây"]);
  });
});

describe("a masthead in capitals that the page's own lines print in full", () => {
  it("reads the paper's kind before the masthead's words from the rights line or the Google News prompt", () => {
    expect(one(text("NÔNG SẢN VIỆT", "Thị trường", "Giá sầu riêng giảm mạnh", "Thứ Tư, 02/12/2026 08:40", ...VI, "Minh Anh", "Bản quyền thuộc Báo Nông sản Việt. Giấy phép số 12/GP-BTTTT")).outlet).toBe("Báo Nông sản Việt");
    expect(one(text("NÔNG SẢN VIỆT", "Thị trường", "Giá sầu riêng giảm mạnh", "Thứ Tư, 02/12/2026 08:40", ...VI, "Minh Anh", "Theo dõi Báo Nông sản Việt trên Google News")).outlet).toBe("Báo Nông sản Việt");
  });

  it("keeps the masthead where a mention is shorter (a name cut at its first lower-case word) or is initials repeated", () => {
    expect(one(text("NÔNG SẢN VIỆT", "Thị trường", "Giá sầu riêng giảm mạnh", "Thứ Tư, 02/12/2026 08:40", ...VI, "Minh Anh", "Ghi rõ nguồn Báo Nông sản Việt khi phát hành lại thông tin")).outlet).not.toBe("Báo Nông");
    expect(one(text("HBR", "Cargo volumes rise at the harbour", "December 2, 2026", ...EN, "© 2026 Copyright HBR - All rights reserved.")).outlet).toBe("HBR");
  });
});

describe("initials read as the outlet, spelled out on a line of the page's own", () => {
  it("reads the full name whose words' initials the masthead is", () => {
    expect(one(text("HNN", "Harbour News Network", "Business", "Cargo volumes rise at the harbour", "December 2, 2026", ...EN, "© HNN – Harbour News Network 2026")).outlet).toBe("Harbour News Network");
  });

  it("keeps the initials where the full name is only the masthead's expansion after a dash, or spells other letters", () => {
    expect(one(text("HNN", "Business", "Cargo volumes rise at the harbour", "December 2, 2026", ...EN, "HNN - Harbour News Network", "© 2026 HNN")).outlet).toBe("HNN");
    expect(one(text("HNN", "Harbour Board Annual Review", "Cargo volumes rise at the harbour", "December 2, 2026", ...EN, "© 2026 HNN")).outlet).toBe("HNN");
  });
});

describe("a domain and a rights line that agree, over a first line the domain does not spell", () => {
  it("reads a read-later copy's site from the domain under its headline and its rights line, not the app's \"My List\"", () => {
    const copy = text("My List", "Archive", "Favorites", "Cargo volumes rise at the harbour", "harbourdaily.org", "Ana Ruiz", "4 min read", "View Original", ...EN, "Copyright © 2026 HarbourDaily. Used with permission.");
    expect(one(copy).outlet).toBe("HarbourDaily");
  });

  it("keeps the masthead where the rights line is a picture agency's, which the domain does not spell", () => {
    const copy = text("The Harbour Courier", "Business", "Cargo volumes rise at the harbour", "harbourcourier.com", "By Jo Wells", "December 2, 2026", ...EN, "© 2026 Getty Images");
    expect(one(copy).outlet).toBe("The Harbour Courier");
  });
});

describe("a publication its publisher puts out", () => {
  it("reads the publication where the outlet read is its publisher", () => {
    const copy = text("Harbour Institute", "Research", "Events", "The Quay", "About", "The Quay", "Cargo volumes rise at the harbour", "Ana Ruiz", "2 December 2026", ...EN, "The Quay is published by the Harbour Institute. The views expressed are the authors' own.", "© Copyright Harbour Institute 2026");
    expect(one(copy).outlet).toBe("The Quay");
  });

  it("keeps the outlet where the line names another publisher", () => {
    const copy = text("Harbour Institute", "Research", "Cargo volumes rise at the harbour", "Ana Ruiz", "2 December 2026", ...EN, "The Quay is published by the Port Trust.", "© Copyright Harbour Institute 2026");
    expect(one(copy).outlet).toBe("Harbour Institute");
  });
});

describe("lines that name another paper or body, not the outlet", () => {
  it("takes a writer's post at a paper alone as no outlet: a forwarded copy carries it", () => {
    const copy = text("Cargo volumes rise at the harbour", "", "Ana Ruiz", "December 2, 2026", "", ...EN, "", "Ana Ruiz is the deputy editor at The Harbour Daily.", "", "Sent from my iPhone");
    expect(one(copy).outlet).toBeNull();
  });

  it("reads no note from a body sentence about another organisation or paper", () => {
    expect(selfMentions(["The port authority, which runs the wharf, is a public body.", "Harbour Daily reported on Tuesday that the ship had left.", "The agreement is an independent review of the port."])).toEqual([]);
    expect(selfMentions(["The harbour board said it follows Harbour Daily on Google Maps."])).toEqual([]);
  });

  it("reads no Google News prompt from a sentence about a reader following a story", () => {
    expect(selfMentions(["Readers can follow the story as it develops."])).toEqual([]);
  });

  it("reads no owner from a sign-up box that names none, nor from a sentence about another's newsletter or channel", () => {
    expect(selfMentions(["Đăng ký nhận bản tin", "Đăng ký nhận bản tin mỗi sáng", "Sign up for our newsletter", "Sign up for the newsletter"])).toEqual([]);
    expect(selfMentions(["Nhiều người dân đăng ký kênh Telegram của Bộ Quốc phòng Nga để theo dõi.", "The ministry said 2,000 people had subscribed to Reuters' newsletter."])).toEqual([]);
    const relayed = text("Giá sầu riêng giảm mạnh", "Thứ Tư, 02/12/2026 08:40", ...VI, "Theo Reuters", "Nhiều người đã đăng ký nhận bản tin của Reuters để theo dõi giá.");
    expect(one(relayed).outlet).not.toBe("Reuters");
  });
});
