// A page that names itself nowhere else (no masthead, no rights line, no domain) still names its newsroom in the note
// on its own writer under the text: "Thomas Reyes is an associate editor at Reason.", "Maria is senior defense editor
// of Aviation Week, based in Washington.", "Minh Châu là phóng viên thường trú của Báo Tuổi Trẻ tại Tokyo." The outlet
// is that newsroom, when the note's subject is the byline's writer and the copy keeps the page's own lines over its
// headline. Near misses: a note on another writer, a fellowship at an institute, an analyst at a bank, a wire as the
// writer's employer, a note in the text's middle, and a text opening at its headline (a story passed on) name nothing.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { writersOwnPost } from "./outlet-clues";

const wire = (n: string): boolean => /^(?:Reuters|AP|AFP|TTXVN)$/.test(n);

describe("writersOwnPost", () => {
  it("reads the newsroom of an English writer's post, in every form of the note", () => {
    expect(writersOwnPost(text(EN[0], "Thomas Reyes is an associate editor at Reason."), "Thomas Reyes")).toBe("Reason");
    expect(writersOwnPost(text(EN[0], "Maria is senior defense editor of Aviation Week, based in Washington."), "Maria Okonkwo")).toBe("Aviation Week");
    expect(writersOwnPost(text(EN[0], "Tobias Wren is a contributing writer at The New Republic and a former correspondent in Seoul."), "Tobias Wren")).toBe("The New Republic");
    expect(writersOwnPost(text(EN[0], "Owen Hartley is a contributing analyst at Geopolitical Monitor focusing on Russia's Asia policy."), "Owen Hartley")).toBe("Geopolitical Monitor");
    expect(writersOwnPost(text(EN[0], "The author is a staff writer for Harbour Weekly."), "Jane Doe")).toBe("Harbour Weekly");
  });

  it("reads a Vietnamese writer's post, the paper named with its kind", () => {
    expect(writersOwnPost(text(VI[0], "Minh Châu là phóng viên thường trú của Báo Tuổi Trẻ tại Tokyo."), "Minh Châu")).toBe("Báo Tuổi Trẻ");
    expect(writersOwnPost(text(VI[0], "Tác giả là biên tập viên Tạp chí Tia Sáng."), "Lê Hà")).toBe("Tạp chí Tia Sáng");
  });

  it("names nothing from a note on another writer, a post outside a newsroom, or a wire", () => {
    expect(writersOwnPost(text(EN[0], "Sarah Lim is a senior editor at Harbour Weekly."), "Thomas Reyes")).toBeNull();
    expect(writersOwnPost(text(EN[0], "Thomas Reyes is a senior fellow at the Brookings Institution."), "Thomas Reyes")).toBeNull();
    expect(writersOwnPost(text(EN[0], "Thomas Reyes is a senior analyst at Eurasia Group."), "Thomas Reyes")).toBeNull();
    expect(writersOwnPost(text(EN[0], "Thomas Reyes is a correspondent for Reuters."), "Thomas Reyes", wire)).toBeNull();
    expect(writersOwnPost(text(VI[0], "Minh Châu là phóng viên của TTXVN tại Tokyo."), "Minh Châu", wire)).toBeNull();
    expect(writersOwnPost(text(VI[0], "Minh Châu là giảng viên Trường Đại học Ngoại thương."), "Minh Châu")).toBeNull();
    expect(writersOwnPost(text(VI[0], "Lê Hà là phóng viên Báo Tuổi Trẻ."), "Minh Châu")).toBeNull();
  });

  it("reads only a note among the page's last lines", () => {
    const long = Array.from({ length: 45 }, (_, k) => `${EN[k % 3]} (${k})`);
    expect(writersOwnPost(text("Thomas Reyes is an associate editor at Reason.", ...long), "Thomas Reyes")).toBeNull();
  });
});

describe("a page that names itself only in its writer's note", () => {
  it("takes the note's newsroom as the outlet of a page copied with its section line", () => {
    const page = text("FOREIGN POLICY", "", "Sanctions Will Not Break the Harbour Axis", "", "Thomas Reyes | 12.4.2026 7:00 AM", "", ...EN, "", "Thomas Reyes is an associate editor at Reason.");
    expect(one(page).outlet).toBe("Reason");
    const vi = text("Quốc tế", "", "Sầu riêng tăng diện tích gấp đôi trong ba năm", "", "Minh Châu", "", "04/12/2026 08:30", "", ...VI, "", "Minh Châu là phóng viên thường trú của Báo Tuổi Trẻ tại Tiền Giang.");
    expect(one(vi).outlet).toBe("Báo Tuổi Trẻ");
  });

  it("takes nothing from a text that opens at its headline, nor from a guest's note", () => {
    const passedOn = text("BMA strikes ship from registry after port call", "", "Kendra Ferguson", "", "December 04, 2026", "", ...EN, "", "Kendra Ferguson is the deputy editor at The Nassau Guardian.", "", "Sent from my iPhone");
    expect(one(passedOn).outlet).toBeNull();
    const guest = text("OPINION", "", "Sanctions Will Not Break the Harbour Axis", "", "Thomas Reyes | 12.4.2026 7:00 AM", "", ...EN, "", "Sarah Lim is a senior editor at Harbour Weekly.");
    expect(one(guest).outlet).toBeNull();
  });
});
