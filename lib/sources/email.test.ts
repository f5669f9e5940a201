// Saved e-mails (.eml): the best body found (HTML over plain text, into mixed parts, forwarded messages and, under a
// short note, attached .docx, .odt and .html files, within one document file's unpacking limit), its
// transfer encoding and charset undone, the Subject as the title without forward prefixes, the Date header never
// read as the publication date, a forward's header block and a newsletter's envelope kept out of the text, a
// newsletter's web copy never taken for the article's address (its headline's link is); a message
// with no body refused in one line; hostile messages read in linear time. Messages written as mail programs write them,
// with text of our own.
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeImportFile, ImportFileError, type ParsedSource } from "./parse-import";
import { emailImportText, htmlForward, looksLikeEmail, readEmail, subjectTitle, unflow, withoutForwardHeaders, type EmailMessage } from "./email";
import { decodeHeaderValue } from "./mime";
import { bestTime, pathologicalEmail, pathologicalOpenTags } from "./pathological";
import { base64Lines, docx, entity, message, messageText, multipart, odt, para } from "@/test/zip-file";
import { quotedPrintable } from "@/test/web-archive-file";
import { oneArticle, refusalOf } from "@/test/import-file";

const LEAD = "Ngày 3/12, Bộ Ngoại giao cho biết Nga và Triều Tiên đã ký hiệp ước hợp tác quốc phòng toàn diện tại Bình Nhưỡng, theo hãng thông tấn KCNA.";
const SECOND = "Hiệp ước có hiệu lực ngay sau khi ký và bao gồm điều khoản hỗ trợ lẫn nhau nếu một bên bị tấn công, theo văn bản được công bố.";
const THIRD = "Các nhà phân tích cho rằng thỏa thuận này đánh dấu bước ngoặt trong quan hệ giữa hai nước kể từ cuối Chiến tranh Lạnh.";
const TITLE = "Nga và Triều Tiên ký hiệp ước quốc phòng";

const b64Word = (text: string, charset = "UTF-8"): string => `=?${charset}?B?${Buffer.from(text, "utf8").toString("base64")}?=`;
const qp = (text: string): string => quotedPrintable(Buffer.from(text, "utf8"));
const html = (inner: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${inner}</body></html>`;
const articleHtml = `<h1>${TITLE}</h1><p>${LEAD}</p><p>${SECOND}</p><p>${THIRD}</p>`;

const one = (bytes: Buffer, name = "thu.eml"): ParsedSource => oneArticle(bytes, name);
const refusal = refusalOf;

describe("the body an e-mail is read from", () => {
  it("takes the HTML of a multipart/alternative over its plain text, quoted-printable undone", () => {
    const mail = message(
      { subject: `Fwd: ${TITLE}` },
      multipart("alternative", "alt-1", [
        entity({ type: "text/plain; charset=UTF-8", transfer: "quoted-printable", body: qp(`${TITLE}\n\nBản văn bản thuần, không phải bản HTML.`) }),
        entity({ type: "text/html; charset=UTF-8", transfer: "quoted-printable", body: qp(html(articleHtml)) }),
      ]),
    );
    const source = one(mail);
    expect(source.title).toBe(TITLE);
    expect(source.body).toContain(LEAD);
    expect(source.body).toContain(THIRD);
    expect(source.body).not.toContain("Bản văn bản thuần");
  });

  it("reads plain text with quoted-printable soft breaks (spaces before them too) and a legacy charset", () => {
    const latin = Buffer.from("Le ministre a confirm\xe9 la signature du trait\xe9 \xe0 Pyongyang, selon l'agence officielle.", "latin1");
    const body = quotedPrintable(latin).replace("signature", "signa= \r\nture");
    const mail = message({ subject: "=?iso-8859-1?Q?Trait=E9_sign=E9_=E0_Pyongyang?=" }, entity({ type: "text/plain; charset=iso-8859-1", transfer: "quoted-printable", body }));
    const text = decodeImportFile(mail, "traite.eml");
    expect(text).toContain("# Traité signé à Pyongyang");
    expect(text).toContain("a confirmé la signature du traité à Pyongyang");
  });

  it("reads a base64 body in Windows-1258 with Vietnamese text", () => {
    // "Việt Nam theo dõi" in Windows-1258: base letters with combining tone marks
    const body = Buffer.from("Vi\xea\xf2t Nam theo do\xdei s\xe1t sao di\xea\xden bi\xea\xecn. ".repeat(6), "latin1");
    const mail = message({ subject: b64Word("Việt Nam theo dõi") }, entity({ type: 'text/plain; charset="windows-1258"', transfer: "base64", body: base64Lines(body) }));
    const source = one(mail);
    expect(source.title).toBe("Việt Nam theo dõi");
    expect(source.body.normalize("NFC")).toContain("Việt Nam theo dõi sát sao diễn biến.");
  });

  it("follows a forward attached as a message (message/rfc822) when it says more than the note around it", () => {
    const inner = messageText(
      { from: "Tuổi Trẻ <tin@tuoitre.vn>", subject: b64Word(TITLE) },
      multipart("alternative", "inner", [entity({ type: "text/plain; charset=UTF-8", body: `${LEAD}\r\n\r\n${SECOND}` }), entity({ type: "text/html; charset=UTF-8", transfer: "base64", body: base64Lines(Buffer.from(html(articleHtml))) })]),
    );
    const mail = message(
      { subject: "FW: xem bài này" },
      multipart("mixed", "mix-1", [
        entity({ type: "text/plain; charset=UTF-8", body: "Chị xem bài này nhé." }),
        entity({ type: "message/rfc822", disposition: 'attachment; filename="bai.eml"', body: inner }),
      ]),
    );
    const found = readEmail(mail);
    expect(found?.subject).toBe(TITLE); // the attached message's, decoded
    expect(found?.from).toBe("Tuổi Trẻ <tin@tuoitre.vn>");
    expect(found?.date).toBe("Thu, 03 Dec 2026 09:15:00 +0700"); // kept as written, for no date field
    const source = one(mail);
    expect(source.title).toBe(TITLE);
    expect(source.body).toContain(SECOND);
    expect(source.body).not.toContain("Chị xem bài này");
  });

  it("keeps the sender's own text when the attached message is shorter, and skips attachments that are not text", () => {
    const mail = message(
      { subject: TITLE },
      multipart("mixed", "mix-2", [
        multipart("related", "rel", [entity({ type: "text/html; charset=UTF-8", body: html(articleHtml) }), entity({ type: "image/png", transfer: "base64", body: "iVBORw0KGgo=" })]),
        entity({ type: "text/plain", disposition: 'attachment; filename="ghi-chu.txt"', body: "Ghi chú đính kèm" }),
        entity({ type: "message/rfc822", body: messageText({ subject: "Ngắn" }, entity({ type: "text/plain", body: "Ngắn." })) }),
      ]),
    );
    const source = one(mail);
    expect(source.body).toContain(LEAD);
    expect(source.body).not.toContain("Ghi chú đính kèm");
  });

  it("is found by its headers under another name, and a page saved as .mhtml is still read as one", () => {
    const mail = message({ subject: TITLE }, entity({ type: "text/plain; charset=UTF-8", body: `${LEAD}\r\n\r\n${SECOND}` }));
    expect(looksLikeEmail(mail)).toBe(true);
    expect(decodeImportFile(mail, "thu-luu.txt")).toContain(`# ${TITLE}`);
    expect(looksLikeEmail(Buffer.from(`${TITLE}\n\nFrom: someone\n\n${LEAD}`))).toBe(false);
    expect(looksLikeEmail(Buffer.from(`From: Lan\nTo: Minh\n${LEAD}\n`))).toBe(false); // no blank line: a body line is no header
  });

  it("refuses, in one line, a message with no text part", () => {
    const mail = message({ subject: "Ảnh" }, multipart("mixed", "only-files", [entity({ type: "image/jpeg", transfer: "base64", disposition: "attachment", body: "/9j/4AAQ" }), entity({ type: "application/pdf", transfer: "base64", body: "JVBERi0=" })]));
    const error = refusal(mail, "anh.eml");
    expect(error.reason).toBe("no-body");
    expect(error.message).toBe("anh.eml: an e-mail with no text or HTML body; not imported");
    expect(refusal(Buffer.from("no headers at all\n"), "x.eml").reason).toBe("no-body");
  });

  it("refuses a 21 MB message before reading it", () => {
    const big = message({ subject: TITLE }, entity({ type: "text/plain", body: "a".repeat(21 * 1024 * 1024) }));
    expect(refusal(big, "lon.eml").reason).toBe("too-large");
  });
});

/** A short note as Outlook writes it: a page with kilobytes of style sheet around two lines. */
const OUTLOOK_NOTE = html(`<style>${"p.MsoNormal, li.MsoNormal, div.MsoNormal { margin: 0cm; font-size: 11.0pt; font-family: 'Calibri', sans-serif; }\n".repeat(60)}</style><p class="MsoNormal">Chị xem bài trong file đính kèm nhé.</p><p class="MsoNormal">Lan Anh — Ban Kiểm chứng</p>`);
const attachment = (type: string, fileName: string, bytes: Buffer, disposition = "attachment"): string =>
  entity({ type: `${type}; name="${fileName}"`, transfer: "base64", disposition: `${disposition}; filename="${fileName}"`, body: base64Lines(bytes) });
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const articleDocx = (title = TITLE) => docx([para(title, "TiuChng"), para(LEAD), para(SECOND), para(THIRD)].join(""));
/** A note with the given attachments after it, the note in plain text and Outlook's HTML. */
const noteWith = (subject: string, files: string[]) =>
  message(
    { subject },
    multipart("mixed", "mix-files", [
      multipart("alternative", "alt-note", [entity({ type: "text/plain; charset=UTF-8", body: "Chị xem bài trong file đính kèm nhé.\r\nLan Anh — Ban Kiểm chứng" }), entity({ type: "text/html; charset=UTF-8", transfer: "quoted-printable", body: qp(OUTLOOK_NOTE) })]),
      ...files,
    ]),
  );

describe("an article attached as a file under a note", () => {
  it("reads an attached Word document when the body is only a note (a style sheet in it is no text)", () => {
    const source = one(noteWith("Fwd: bài cần kiểm chứng", [attachment("image/png", "logo.png", Buffer.from("89504e470d0a1a0a", "hex")), attachment(DOCX, "bai-viet.docx", articleDocx())]));
    expect(source.title).toBe(TITLE); // the document's own, not the subject
    expect(source.body.indexOf(LEAD)).toBeGreaterThanOrEqual(0);
    expect(source.body.indexOf(LEAD)).toBeLessThan(source.body.indexOf(THIRD));
    expect(source.body).not.toMatch(/file đính kèm|Lan Anh|MsoNormal/);
  });

  it("reads an OpenDocument text sent as a file of no particular type and shown inline, as Apple Mail sends it", () => {
    const file = odt(`<text:h text:outline-level="1">${TITLE}</text:h><text:p>${LEAD}</text:p><text:p>${SECOND}</text:p>`);
    const source = one(noteWith("Bài gửi chị", [attachment("application/octet-stream", "bai.odt", file, "inline")]));
    expect(source.title).toBe(TITLE);
    expect(source.body).toContain(SECOND);
  });

  it("reads an attached saved page, with its own title", () => {
    const page = Buffer.from(html(`<article>${articleHtml}</article>`));
    const source = one(noteWith("FW: xem giúp", [attachment("text/html; charset=UTF-8", "bai.html", page)]));
    expect(source.title).toBe(TITLE);
    expect(source.body).toContain(THIRD);
    expect(source.body).not.toContain("file đính kèm");
  });

  it("takes the title from the subject, forward prefixes off, when the document has none; a sender that is an outlet is the site", () => {
    const file = docx([para(LEAD), para(SECOND), para(THIRD)].join(""));
    const mail = noteWith(`Fwd: ${TITLE}`, [attachment(DOCX, "tin.docx", file)]).toString("utf8").replace("From: Lan Anh <lan.anh@toasoan.vn>", "From: VnExpress <newsletter@vnexpress.net>");
    const source = one(Buffer.from(mail, "utf8"));
    expect(source.title).toBe(TITLE);
    expect(source.outlet).toBe("VnExpress");
    expect(source.body.startsWith(LEAD)).toBe(true);
    // with a title of its own, the site goes under it
    const titled = decodeImportFile(Buffer.from(mail.replace(base64Lines(file), base64Lines(articleDocx())), "utf8"), "thu.eml");
    expect(titled.startsWith(`# ${TITLE}\n\nSite: VnExpress\n`)).toBe(true);
  });

  it("keeps an article written in the body, whatever file is attached beside it", () => {
    // an article of some 340 words: more than a note
    const body = Array.from({ length: 4 }, (_, i) => [LEAD, SECOND, THIRD].map((p) => p.replace("hai nước", `hai nước (${i + 1})`)).join("\r\n\r\n")).join("\r\n\r\n");
    const annex = docx([para("Phụ lục: toàn văn hiệp ước", "TiuChng"), ...Array.from({ length: 40 }, (_, i) => para(`Điều ${i + 1}. Các bên cam kết hợp tác trong lĩnh vực quốc phòng theo quy định của văn bản này.`))].join(""));
    const mail = message({ subject: TITLE }, multipart("mixed", "mix-annex", [entity({ type: "text/plain; charset=UTF-8", body }), attachment(DOCX, "phu-luc.docx", annex)]));
    const source = one(mail);
    expect(source.title).toBe(TITLE);
    expect(source.body).toContain("giữa hai nước (4)");
    expect(source.body).not.toContain("Phụ lục");
  });

  it("of several attached documents reads the fullest; a damaged one, or a picture, is passed over", () => {
    const short = docx([para("Ghi chú cuộc họp", "TiuChng"), para("Họp lúc 9 giờ.")].join(""));
    const damaged = articleDocx("Bản hỏng").subarray(0, 200);
    const source = one(noteWith("Fwd: tài liệu", [attachment(DOCX, "hong.docx", damaged), attachment(DOCX, "ghi-chu.docx", short), attachment(DOCX, "bai.docx", articleDocx()), attachment("image/jpeg", "anh.jpg", Buffer.from("ffd8ffe0", "hex"))]));
    expect(source.title).toBe(TITLE);
    expect(source.body).toContain(LEAD);
  });

  it("follows every attached forward, not only the first: the one that says most is read", () => {
    const forward = (subject: string, text: string) => entity({ type: "message/rfc822", disposition: "attachment", body: messageText({ from: "Tuổi Trẻ <tin@tuoitre.vn>", subject: b64Word(subject) }, entity({ type: "text/plain; charset=UTF-8", body: text })) });
    const mail = message(
      { subject: "FW: hai thư" },
      multipart("mixed", "mix-fwds", [entity({ type: "text/plain; charset=UTF-8", body: "Hai thư bên dưới." }), forward("Lịch họp", "Họp lúc 9 giờ."), forward(TITLE, `${LEAD}\r\n\r\n${SECOND}\r\n\r\n${THIRD}`)]),
    );
    expect(readEmail(mail)?.subject).toBe(TITLE);
    const source = one(mail);
    expect(source.title).toBe(TITLE);
    expect(source.body).toContain(THIRD);
  });

  it("unpacks no more for all its attached documents than one document file may", () => {
    // Documents that each unpack 60 MB (their properties' padding, a few tens of kilobytes packed), the later ones
    // fuller: two fit in the 128 MB one .docx may unpack to, the third and fourth are past it and not read.
    const padding = { name: "docProps/core.xml", data: deflateRawSync(Buffer.alloc(60 * 1024 * 1024, 0x20)), packed: true, size: 60 * 1024 * 1024 };
    const padded = (n: number) => docx([para(`Tài liệu đệm ${n}`, "TiuChng"), ...Array.from({ length: n }, () => para(LEAD))].join(""), { entries: [padding] });
    const files = [1, 2, 3, 4].map((n) => attachment(DOCX, `dem-${n}.docx`, padded(n)));
    expect(decodeImportFile(noteWith("Fwd: tài liệu", files.slice(2)), "thu.eml").startsWith("# Tài liệu đệm 4\n"), "alone, the fourth is read").toBe(true);
    const text = decodeImportFile(noteWith("Fwd: tài liệu", files), "thu.eml");
    expect(text.startsWith("# Tài liệu đệm 2\n"), "the fullest within the budget").toBe(true);
  }, 60_000);
});

describe("what the headers say", () => {
  it("decodes encoded words in B and Q, UTF-8 and legacy charsets, joined across folds", () => {
    expect(decodeHeaderValue("=?UTF-8?B?TmdhIHbDoCBUcmnhu4F1IFRpw6pu?=")).toBe("Nga và Triều Tiên");
    expect(decodeHeaderValue("=?utf-8?Q?Nga_v=C3=A0?= =?utf-8?Q?_Tri=E1=BB=81u_Ti=C3=AAn?=")).toBe("Nga và Triều Tiên");
    expect(decodeHeaderValue("=?windows-1258?Q?Vi=EA=F2t_Nam?= <ban@toasoan.vn>").normalize("NFC")).toBe("Việt Nam <ban@toasoan.vn>");
    expect(decodeHeaderValue(Buffer.from("Chuyển tiếp: bài", "utf8").toString("latin1"))).toBe("Chuyển tiếp: bài"); // raw UTF-8 bytes
    expect(decodeHeaderValue("=?unknown-charset?Q?abc?=")).toBe("abc");
  });

  it("takes forward and reply prefixes off the subject, however many", () => {
    expect(subjectTitle("Fwd: FW: Re: Nga và Triều Tiên")).toBe("Nga và Triều Tiên");
    expect(subjectTitle("TR: Chuyển tiếp: Hiệp ước")).toBe("Hiệp ước");
    expect(subjectTitle("[EXT] Fwd[2]: Hiệp ước")).toBe("Hiệp ước");
    expect(subjectTitle("Trump: a new tariff")).toBe("Trump: a new tariff");
    expect(subjectTitle("Fwd:")).toBeNull();
  });

  it("does not read the Date header as the publication date", () => {
    const mail = message({ subject: TITLE, date: "Thu, 03 Dec 2026 09:15:00 +0700" }, entity({ type: "text/plain; charset=UTF-8", body: `${LEAD}\r\n\r\n${SECOND}` }));
    const source = one(mail);
    expect(source.publishedAt).toBeNull();
    expect(source.warningCodes.map((w) => w.code)).toContain("noDate");
  });

  it("names a sender that is a known outlet as the site", () => {
    const mail = message({ from: "VnExpress <newsletter@vnexpress.net>", subject: TITLE }, entity({ type: "text/plain; charset=UTF-8", body: `${LEAD}\r\n\r\n${SECOND}` }));
    expect(one(mail).outlet).toBe("VnExpress");
    const colleague = message({ from: "Lan Anh <lan.anh@toasoan.vn>", subject: TITLE }, entity({ type: "text/plain; charset=UTF-8", body: `${LEAD}\r\n\r\n${SECOND}` }));
    expect(one(colleague).outlet).toBeNull();
  });
});

describe("a forward's header block and a newsletter's envelope", () => {
  it("drops Gmail's forwarded block (English and Vietnamese) and the forwarder's note above it", () => {
    for (const marker of ["---------- Forwarded message ---------", "---------- Thư đã chuyển tiếp ----------"]) {
      const body = ["FYI", "", marker, "From: Báo Tuổi Trẻ <tin@tuoitre.vn>", "Date: Thu, Dec 3, 2026 at 8:00 AM", `Subject: ${TITLE}`, "To: <lan@toasoan.vn>", "", "", LEAD, "", SECOND, "", THIRD].join("\r\n");
      const source = one(message({ subject: "Fwd: bài hay" }, entity({ type: "text/plain; charset=UTF-8", body })));
      expect(source.title).toBe(TITLE); // the forwarded message's subject over the forward's own
      expect(source.body.startsWith(LEAD)).toBe(true);
      expect(source.body).not.toMatch(/FYI|Forwarded|chuyển tiếp|tin@tuoitre|Dec 3, 2026/);
    }
  });

  it("drops every block of a forward forwarded again, the title from the outer block's subject", () => {
    const body = [
      "Gửi cả nhóm",
      "",
      "---------- Forwarded message ---------",
      "From: Minh <minh@toasoan.vn>",
      "Date: Fri, Dec 4, 2026 at 9:00 AM",
      `Subject: Fwd: ${TITLE}`,
      "To: <lan@toasoan.vn>",
      "",
      "",
      "---------- Forwarded message ---------",
      "From: Báo Tuổi Trẻ <tin@tuoitre.vn>",
      "Date: Thu, Dec 3, 2026 at 8:00 AM",
      `Subject: ${TITLE}`,
      "To: <minh@toasoan.vn>",
      "",
      LEAD,
      "",
      SECOND,
    ].join("\r\n");
    const source = one(message({ subject: "Fwd: Fwd: bài này" }, entity({ type: "text/plain; charset=UTF-8", body })));
    expect(source.title).toBe(TITLE);
    expect(source.body).toBe(`${LEAD}\n\n${SECOND}`);
  });

  it("drops Outlook's block (a rule, From, Sent, To, Subject) and Apple Mail's", () => {
    const outlook = ["________________________________", "From: Phòng Báo chí <press@bo.gov.vn>", "Sent: Thursday, December 3, 2026 8:00 AM", "To: Ban Kiểm chứng", `Subject: ${TITLE}`, "", LEAD, "", SECOND].join("\n");
    const cleaned = withoutForwardHeaders(outlook, true);
    expect(cleaned.text.trim().startsWith(LEAD)).toBe(true);
    expect(cleaned.subject).toBe(TITLE);
    const apple = ["Begin forwarded message:", "", "From: Báo Tuổi Trẻ <tin@tuoitre.vn>", `Subject: ${TITLE}`, "Date: 3 December 2026 at 08:00:00 GMT+7", "To: lan@toasoan.vn", "", LEAD].join("\n");
    expect(withoutForwardHeaders(apple, true).text.trim()).toBe(LEAD);
    // one "From:" line in an article's text is not a header block
    const quote = `From: the ministry's statement\n${LEAD}\n\n${SECOND}`;
    expect(withoutForwardHeaders(quote, true).text).toBe(quote);
  });

  it("drops Outlook's HTML block (bold labels) and the note above it, keeping the title line", () => {
    const body = html(
      `<div class=WordSection1><p class=MsoNormal>Anh xem giúp em<o:p></o:p></p><div style="border:none;border-top:solid #E1E1E1 1.0pt"><p class=MsoNormal><b>From:</b> Phòng Báo chí &lt;press@bo.gov.vn&gt;<br><b>Sent:</b> Thursday, December 3, 2026 8:00 AM<br><b>To:</b> Ban Kiểm chứng<br><b>Subject:</b> ${TITLE}</p></div><p class=MsoNormal>${LEAD}</p><p class=MsoNormal>${SECOND}</p></div>`,
    );
    const text = decodeImportFile(message({ subject: `FW: ${TITLE}` }, entity({ type: "text/html; charset=UTF-8", body })), "o.eml");
    expect(text).toBe(`# ${TITLE}\n\n${LEAD}\n\n${SECOND}\n`);
  });

  it("takes an HTML forward's title and outlet from its header block when the forward's own subject is the forwarder's", () => {
    const body = html(
      `<div dir="ltr">Gửi anh<br><div class="gmail_quote"><div class="gmail_attr">---------- Thư đã chuyển tiếp ----------<br>Từ: <strong>VnExpress</strong> &lt;newsletter@vnexpress.net&gt;<br>Ngày: Th 5, 3 thg 12, 2026 lúc 08:00<br>Tiêu đề: ${TITLE}<br>Tới: &lt;lan@toasoan.vn&gt;<br></div><br><div><p>${LEAD}</p><p>${SECOND}</p><p>${THIRD}</p></div></div></div>`,
    );
    const source = one(message({ subject: "Fwd: anh xem giúp" }, entity({ type: "text/html; charset=UTF-8", transfer: "quoted-printable", body: qp(body) })));
    expect(source.title).toBe(TITLE);
    expect(source.outlet).toBe("VnExpress");
    expect(source.body).not.toMatch(/Gửi anh|newsletter@|chuyển tiếp/);
  });

  it("drops an HTML forward's block and keeps the forwarded article", () => {
    const body = html(
      `<div dir="ltr">Chị xem nhé<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong>Báo Tuổi Trẻ</strong> &lt;tin@tuoitre.vn&gt;<br>Date: Thu, Dec 3, 2026 at 8:00 AM<br>Subject: ${TITLE}<br>To: &lt;lan@toasoan.vn&gt;<br></div><br><div><p>${LEAD}</p><p>${SECOND}</p><p>${THIRD}</p></div></div></div>`,
    );
    const source = one(message({ subject: `Fwd: ${TITLE}` }, entity({ type: "text/html; charset=UTF-8", transfer: "quoted-printable", body: qp(body) })));
    expect(source.title).toBe(TITLE);
    expect(source.body).toContain(LEAD);
    expect(source.body).not.toMatch(/Forwarded|tin@tuoitre|Dec 3, 2026/);
  });

  it("keeps a newsletter's view-in-browser, unsubscribe and footer lines out of the text", () => {
    const body = ["View this email in your browser", "", "Morning briefing", "", "Russia and North Korea sign a defence treaty", "", "Russia and North Korea signed a comprehensive defence treaty in Pyongyang on Thursday, the state news agency KCNA reported.", "", "The treaty includes a mutual assistance clause if either side is attacked, according to the published text.", "", "You are receiving this email because you subscribed to our newsletter.", "Unsubscribe", "Update your preferences"].join("\r\n");
    const source = one(message({ from: "Morning Brief <brief@news.example>", subject: "Russia and North Korea sign a defence treaty" }, entity({ type: "text/plain; charset=UTF-8; format=flowed", body })));
    expect(source.body).toContain("mutual assistance clause");
    expect(source.body).not.toMatch(/View this email|receiving this email|Unsubscribe|preferences/);
  });

  it("undoes format=flowed (DelSp too), leaving a signature marker and quoted lines alone", () => {
    expect(unflow("Nga và Triều Tiên \nký hiệp ước.\n-- \nLan", false)).toBe("Nga và Triều Tiên ký hiệp ước.\n-- \nLan");
    expect(unflow("hiệp ư \nớc", true)).toBe("hiệp ước");
  });
});

describe("the article's address, not the newsletter's web copy", () => {
  const ARTICLE = "https://news.example/2026/12/03/russia-north-korea-treaty";
  const WEB_COPY = "https://news.example/newsletter/2026-12-03";
  const STORY = [
    "Russia and North Korea sign a defence treaty",
    "",
    "By Mai Lan, Staff Reporter",
    "",
    "Russia and North Korea signed a comprehensive defence treaty in Pyongyang on Thursday, the state news agency KCNA reported.",
    "",
    "The treaty includes a mutual assistance clause if either side is attacked, according to the published text.",
  ];
  const textMail = (lines: string[], subject = "Morning Brief: Russia and North Korea sign a defence treaty") =>
    one(message({ from: "Morning Brief <brief@news.example>", subject }, entity({ type: "text/plain; charset=UTF-8; format=flowed", body: lines.join("\r\n") })));

  it("takes a text newsletter's 'Read more' link under its headline, never its 'View this email in your browser' address", () => {
    const source = textMail(["MORNING BRIEF", "", `View this email in your browser: ${WEB_COPY}`, "", "TOP STORY", "", ...STORY, "", `Read more: ${ARTICLE}`, "", "ALSO TODAY", "- Port of Rajin reopens", "", `Read more: https://news.example/2026/12/03/rajin`]);
    expect(source.url).toBe(ARTICLE);
    expect(source.title).toBe("Russia and North Korea sign a defence treaty");
    expect(source.body).toContain("mutual assistance clause");
    expect(source.body).not.toContain("View this email");
  });

  it("takes the link beside the headline, on its line or alone under it", () => {
    expect(textMail([`Read online <${WEB_COPY}>`, "", `${STORY[0]} <${ARTICLE}>`, ...STORY.slice(1)]).url).toBe(ARTICLE);
    expect(textMail([`Having trouble viewing this email? View it in your browser: ${WEB_COPY}`, "", STORY[0]!, ARTICLE, ...STORY.slice(1)]).url).toBe(ARTICLE);
  });

  it("gives no address when the e-mail carries only its web copy, in Vietnamese or English", () => {
    for (const pointer of [`Xem trên trình duyệt: ${WEB_COPY}`, `Xem bản tin này trên trình duyệt ${WEB_COPY}`, `Đọc trực tuyến: ${WEB_COPY}`, `View in browser ${WEB_COPY}`, `Web version: ${WEB_COPY}`]) {
      const source = textMail([pointer, "", ...STORY]);
      expect(source.url, pointer).toBeNull();
      expect(source.body, pointer).toContain("mutual assistance clause");
    }
  });

  it("keeps a post's own web page as its address: 'View this post on the web' is the article", () => {
    const post = "https://brief.example/p/russia-north-korea-treaty";
    expect(textMail([`View this post on the web at ${post}`, "", ...STORY]).url).toBe(post);
  });

  it("takes an HTML newsletter's headline link, and drops its web copy even as the page's canonical address", () => {
    const page = (headline: string) =>
      `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="canonical" href="${WEB_COPY}"></head><body><p><a href="${WEB_COPY}">Xem trên trình duyệt</a></p>${headline}<p>${LEAD}</p><p>${SECOND}</p><p>${THIRD}</p></body></html>`;
    const mail = (html: string) => one(message({ from: "Bản tin sáng <bantin@news.example>", subject: TITLE }, entity({ type: "text/html; charset=UTF-8", transfer: "quoted-printable", body: qp(html) })));
    const linked = mail(page(`<h1><a href="${ARTICLE}">${TITLE}</a></h1>`));
    expect(linked.url).toBe(ARTICLE);
    expect(linked.body).toContain(LEAD);
    expect(mail(page(`<h1>${TITLE}</h1>`)).url).toBeNull();
  });

  it("finds the headline's link in the charset the e-mail names, not only in UTF-8", () => {
    const headline = "Russia’s treaty with North Korea takes effect";
    const markup = `<!DOCTYPE html><html><head><meta charset="windows-1252"></head><body><p><a href="${WEB_COPY}">View in browser</a></p><h1><a href="${ARTICLE}">${headline}</a></h1><p>The treaty signed in Pyongyang in June took effect on Wednesday, the foreign ministry said in a statement.</p><p>It includes a clause on mutual assistance if either side is attacked, according to the published text.</p></body></html>`;
    const bytes = Buffer.from(markup.replace(/’/g, "\u0092"), "latin1");
    const source = one(message({ from: "Morning Brief <brief@news.example>", subject: headline }, entity({ type: "text/html; charset=windows-1252", transfer: "quoted-printable", body: quotedPrintable(bytes) })));
    expect(source.title).toBe(headline);
    expect(source.url).toBe(ARTICLE);
  });

  it("reads anchors and web-view lines in time linear in their size", () => {
    const markup = (n: number): string => `${"<a href='https://x.example/'>".repeat(n)}${"</a>".repeat(n)}`;
    const body = (n: number): EmailMessage => ({ subject: null, from: null, date: null, body: { bytes: Buffer.from(markup(n)), charset: "utf-8", html: true, flowed: false, delsp: false } });
    const lines = (n: number) => `# T\n${`${"View this email ".repeat(20)}https://${"x".repeat(300)}\n`.repeat(n)}`;
    const small = body(5_000);
    const large = body(40_000);
    const read = (m: EmailMessage, n: number) => () => emailImportText(m, lines(n), true, null, m.body!.bytes.toString("utf8"));
    read(small, 200)(); // warm the JIT
    const growth = bestTime(read(large, 1_600)) / Math.max(0.5, bestTime(read(small, 200)));
    expect(growth).toBeLessThanOrEqual(3 * 8);
  });
});

describe("hostile messages", () => {
  it("reads multipart nesting past its depth and thousands of parts without failing", () => {
    let inner = entity({ type: "text/plain; charset=UTF-8", body: LEAD });
    for (let i = 0; i < 40; i++) inner = multipart("mixed", `b${i}`, [inner]);
    expect(() => readEmail(message({ subject: "x" }, inner))).not.toThrow();
    const many = multipart("mixed", "many", Array.from({ length: 3000 }, () => entity({ type: "image/png", body: "x" })));
    expect(readEmail(message({ subject: "x" }, many))?.body).toBeNull();
  });

  it("reads an HTML forward's header block from tags that never close in time linear in their size", () => {
    const small = pathologicalOpenTags(25_000);
    const large = pathologicalOpenTags(200_000);
    htmlForward(small); // warm the JIT
    const growth = bestTime(() => htmlForward(large)) / Math.max(0.5, bestTime(() => htmlForward(small)));
    expect(growth).toBeLessThanOrEqual(3 * 8);
    expect(htmlForward(large)).toEqual({ subject: null, from: null });
  });

  it("reads boundaries, encoded words, quoted-printable and forward lines in time linear in their size", () => {
    const read = (bytes: Buffer) => () => {
      try {
        decodeImportFile(bytes, "x.eml");
      } catch (error) {
        if (!(error instanceof ImportFileError)) throw error; // refused or read: only its time counts
      }
    };
    const small = Buffer.from(pathologicalEmail(256 * 1024), "latin1");
    const large = Buffer.from(pathologicalEmail(2048 * 1024), "latin1");
    read(small)(); // warm the JIT
    const growth = bestTime(read(large)) / Math.max(1, bestTime(read(small)));
    expect(growth).toBeLessThanOrEqual(3 * 8);
  });
});
