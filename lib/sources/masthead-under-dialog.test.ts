// A masthead the copy prints under a consent dialog copied along with it ("We value your privacy" / its notice /
// "Accept all" / "Reject all" / "More options" over "The Yorkshire Post" and its menus): the page's first line, for
// the masthead's reading, is the one under the dialog's last button, and the masthead beats a publishing company's
// rights line under the text. Near misses: a cookie bar with one button to acknowledge it, a first line that is no
// consent notice and buttons under the headline leave the copy's top as it was. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { consentDialogEnd } from "./metadata";

const EN_DIALOG = ["We value your privacy", "We and our partners store and/or access information on a device, such as cookies, and process personal data for ads and content measurement.", "Accept all", "Reject all", "More options"];
const VI_DIALOG = ["Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý.", "Đồng ý", "Tùy chọn khác"];
const englishPage = (...dialog: string[]): string =>
  text(...dialog, "Skip to content", "The Harbour Valley Post", "Subscribe", "Sign In", "News", "Business", "Politics", "Business", "Cargo volumes rise at the harbour as timber exports grow", "By Helen Marsh", "Published 3rd Dec 2026, 14:30 GMT", ...EN, "Comments", "© 2026 Northern Regional Publishing Ltd. All rights reserved.");
const vietnamesePage = (...dialog: string[]): string =>
  text(...dialog, "SÔNG HÀN XANH", "Thời sự", "Kinh tế", "Xã hội", "Sầu riêng tăng diện tích gấp đôi trong ba năm", "Thứ năm, 03/12/2026 15:10 (GMT+7)", ...VI, "Minh Hương", "Cùng chuyên mục", "© Bản quyền thuộc về Công ty Cổ phần Truyền thông Sông Hàn Xanh");

describe("a masthead under a consent dialog", () => {
  it("is the outlet, over the company's rights line (English and Vietnamese)", () => {
    expect(one(englishPage(...EN_DIALOG)).outlet).toBe("The Harbour Valley Post");
    expect(one(vietnamesePage(...VI_DIALOG)).outlet).toBe("Sông Hàn Xanh");
  });

  it("is read the same without the dialog", () => {
    expect(one(englishPage()).outlet).toBe("The Harbour Valley Post");
    expect(one(vietnamesePage()).outlet).toBe("Sông Hàn Xanh");
  });
});

describe("consentDialogEnd", () => {
  it("ends a dialog past its last button (English and Vietnamese)", () => {
    expect(consentDialogEnd([...EN_DIALOG, "Skip to content", "The Harbour Valley Post", "News", "Headline"], 9)).toBe(5);
    expect(consentDialogEnd([...VI_DIALOG, "SÔNG HÀN XANH", "Thời sự", "Tiêu đề"], 5)).toBe(3);
  });

  it("finds none for a cookie bar with one button, a first line that is no notice, or buttons under the headline", () => {
    expect(consentDialogEnd(["Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.", "Đồng ý", "SÔNG HÀN XANH", "Thời sự", "Tiêu đề"], 4)).toBe(0);
    expect(consentDialogEnd(["The Harbour Valley Post", "Accept all", "Reject all", "News", "Headline"], 4)).toBe(0);
    expect(consentDialogEnd(["We value your privacy", "Headline", "Accept all", "Reject all"], 1)).toBe(0);
  });
});
