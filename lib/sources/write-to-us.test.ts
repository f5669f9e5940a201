// A page that names itself nowhere else still prints the address it asks readers to write to under the text: "Get in
// touch with our news team by emailing us at webnews@metro.co.uk.", "Send a short pitch to commentaries@rusi.org and
// we’ll get back to you", "Mời bạn đọc gửi bài cộng tác về địa chỉ: bbt@nhipcauthegioi.hu". That domain is the page's
// own, as a rights line's would be, and the outlet is the name the page prints for it (or the domain). Near misses: a
// writer's or a source's address with no prompt in the first person, a mail service's address, a prompt that holds no
// address, and a prompt in the text's middle name nothing.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { nameOfOwnHost, writeToUsHost } from "./outlet-clues";

const mailService = (host: string): boolean => /^(?:gmail|yahoo|hotmail|outlook)\./.test(host);
const noWire = (): boolean => false;

describe("writeToUsHost", () => {
  it("reads the domain of the address an English prompt asks readers to write to", () => {
    expect(writeToUsHost(text(EN[0], "Get in touch with our news team by emailing us at webnews@metro.co.uk."), mailService)).toBe("metro.co.uk");
    expect(writeToUsHost(text(EN[0], "Have an idea? Send a short pitch to commentaries@rusi.org and we’ll get back to you if it fits."), mailService)).toBe("rusi.org");
    expect(writeToUsHost(text(EN[0], "Got a tip? Email us at tips@harbourweekly.com"), mailService)).toBe("harbourweekly.com");
  });

  it("reads the domain of a Vietnamese reader's prompt", () => {
    expect(writeToUsHost(text(VI[0], "Mời bạn đọc gửi bài cộng tác về địa chỉ: bbt@nhipcauthegioi.hu"), mailService)).toBe("nhipcauthegioi.hu");
    expect(writeToUsHost(text(VI[0], "Mọi thông tin xin gửi về tòa soạn qua email toasoan@baomau.vn"), mailService)).toBe("baomau.vn");
  });

  it("names nothing from a writer's or a source's address, a mail service, or a prompt with no address", () => {
    expect(writeToUsHost(text(EN[0], "Contact the author at jane.doe@reuters.com"), mailService)).toBeNull();
    expect(writeToUsHost(text(EN[0], "Josh Milton is a reporter covering world news. josh.milton@harbourweekly.com"), mailService)).toBeNull();
    expect(writeToUsHost(text(EN[0], "Got a tip? Email us at harbourtips@gmail.com"), mailService)).toBeNull();
    expect(writeToUsHost(text(EN[0], "Get in touch with our news team."), mailService)).toBeNull();
    expect(writeToUsHost(text(VI[0], "Liên hệ tác giả: nguyenvana@vnu.edu.vn"), mailService)).toBeNull();
    expect(writeToUsHost(text(VI[0], "Mời bạn đọc gửi bài cộng tác về địa chỉ: bbt@yahoo.com"), mailService)).toBeNull();
  });

  it("reads only a prompt among the page's last lines", () => {
    const long = Array.from({ length: 45 }, (_, k) => `${EN[k % 3]} (${k})`);
    expect(writeToUsHost(text("Email us at tips@harbourweekly.com", ...long), mailService)).toBeNull();
  });
});

describe("nameOfOwnHost", () => {
  it("names the host as the page prints it, else by its one word, else as the host", () => {
    expect(nameOfOwnHost("rusi.org", text(EN[0], "The views are not those of RUSI."), noWire)).toBe("RUSI");
    expect(nameOfOwnHost("metro.co.uk", text(EN[0]), noWire)).toBe("Metro");
    expect(nameOfOwnHost("nhipcauthegioi.hu", text(VI[0], "Ban biên tập Nhịp Cầu Thế Giới Online - Budapest, Hungary"), noWire)).toBe("Nhịp Cầu Thế Giới Online");
    expect(nameOfOwnHost("harbourweekly.com", text(EN[0], "Harbour Weekly"), noWire)).toBe("Harbour Weekly");
    expect(nameOfOwnHost("nhipcauthegioi.hu", text(VI[0]), noWire)).toBe("nhipcauthegioi.hu");
  });

  it("takes no initials the page never prints in capitals, nor a name of other letters", () => {
    expect(nameOfOwnHost("rusi.org", text(EN[0], "Rusi said on Tuesday that cargo rose."), noWire)).toBe("Rusi");
    expect(nameOfOwnHost("nhipcauthegioi.hu", text(VI[0], "Ban biên tập Nhịp Sống Online - Budapest"), noWire)).toBe("nhipcauthegioi.hu");
  });
});

describe("a page that names itself only in the address it asks readers to write to", () => {
  it("takes that address's name as the outlet, in both languages", () => {
    const en = text("World", "", "Harbour board expects second wharf in April", "", "By Josh Milton", "", "December 3, 2026", "", ...EN, "", "Get in touch with our news team by emailing us at webnews@metro.co.uk.");
    expect(one(en).outlet).toBe("Metro");
    const vi = text("Thế giới", "", "Sầu riêng tăng diện tích gấp đôi trong ba năm", "", "04/12/2026 08:30", "", ...VI, "", "Minh Hà", "", "Mời bạn đọc gửi bài cộng tác về địa chỉ: bbt@nhipcauthegioi.hu");
    expect(one(vi).outlet).toBe("nhipcauthegioi.hu");
  });

  it("keeps an outlet the page names otherwise, and takes nothing from a writer's address", () => {
    const named = text("World", "", "Harbour board expects second wharf in April", "", "By Josh Milton", "", "December 3, 2026", "", ...EN, "", "Get in touch by emailing us at webnews@metro.co.uk.", "", "© 2026 Harbour Weekly");
    expect(one(named).outlet).toBe("Harbour Weekly");
    const writer = text("World", "", "Harbour board expects second wharf in April", "", "By Josh Milton", "", "December 3, 2026", "", ...EN, "", "Contact the author at josh.milton@metro.co.uk");
    expect(one(writer).outlet).toBeNull();
  });
});
