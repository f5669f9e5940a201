// A rights line's owner read as the outlet, or as a name the page's domain spells, is its name alone: cut from the
// years before it ("© 2000-2026 TINVIETNHANH.com"), the reservation after it with no full stop between ("All Rights
// Reserved", "Mọi quyền được bảo lưu"). And a wire's credit over a story a site carries ("ASSOCIATED PRESS" over the
// text, "Copyright 2026 The Associated Press." under it) is no masthead that the wire's notice confirms: the site the
// address names stays the outlet. Near misses: a name whose own words follow the years, a rights line whose
// reservation has its full stop, and a wire's own page, whose address spells the wire. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";

describe("a rights line's owner", () => {
  it("is cut from its years and its reservation (Vietnamese and English)", () => {
    const vietnamese = text("Trang chủ", "Quốc tế", "Sầu riêng tăng diện tích gấp đôi trong ba năm", "2026-12-04 21:15:08", ...VI, "Giới thiệu về chúng tôi | Liên hệ với chúng tôi", "Bản quyền © 2000-2026 TINVIETNHANH.com Mọi quyền được bảo lưu");
    expect(one(vietnamese).outlet).toBe("TINVIETNHANH.com");
    const english = text("World", "Cargo volumes rise at the harbour", "December 2, 2026", ...EN, "About us | Contact", "© 2026 Harbour Valley Herald All Rights Reserved");
    expect(one(english).outlet).toBe("Harbour Valley Herald");
  });

  it("keeps the words of its name and reads a reservation after a full stop as before", () => {
    const english = text("World", "Cargo volumes rise at the harbour", "December 2, 2026", ...EN, "About us | Contact", "© 2026 Harbour Valley Herald. All rights reserved.");
    expect(one(english).outlet).toBe("Harbour Valley Herald");
    const vietnamese = text("Trang chủ", "Quốc tế", "Sầu riêng tăng diện tích gấp đôi trong ba năm", "2026-12-04 21:15:08", ...VI, "Bản quyền © 2026 Tin Việt Nhanh. Mọi quyền được bảo lưu");
    expect(one(vietnamese).outlet).toBe("Tin Việt Nhanh");
  });
});

describe("a wire's credit over a story a site carries", () => {
  const carried = (site: string, link: string, ...foot: string[]): string =>
    text("# Cargo volumes rise at the harbour", "", `Site: ${site}`, "", `Link: ${link}`, "", "WORLD", "", "ASSOCIATED PRESS", "", "03.12.2026 • 13:45", "", ...EN, "", "Copyright 2026 The Associated Press. All rights reserved. This material may not be published without permission.", "", ...foot);

  it("leaves the site its address names the outlet", () => {
    expect(one(carried("eHarbourvalley.com", "https://www.eharbourvalley.com/news/1291834/cargo-volumes-rise/", "© 2026 ΗVΗ Media All Rights Reserved")).outlet).toBe("eHarbourvalley.com");
  });

  it("keeps the wire on the wire's own page", () => {
    expect(one(carried("AP News", "https://apnews.com/article/cargo-volumes-rise-1291834")).outlet).toBe("AP");
  });
});
