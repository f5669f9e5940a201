// Caption forms the big outlets print that the credit rules of layout-model.ts do not read: a report's numbered
// figure ("Figure 1. …", "Hình 2: …"), a Korean paper's credit for a partner wire's picture ("… 2024. AP-Yonhap",
// "Reuters-Yonhap", "EPA-Newsis", or after a slash, "… /AP Yonhap News"), an outlet's own file picture in brackets
// ("… this undated photo. (RFA file)"), AFP's slashed credit ("… Handout / RUSSIAN FOREIGN MINISTRY / AFP"), a satellite imagery provider or a government's site named after the picture's
// sentence ("Vostochny port. Planet Labs PBC", "… in Pyongyang. kremlin.ru") or under its label or copyright with an
// analyst's note after it ("… Satellite image ©2026 Maxar Technologies. Annotations by CNS."), a fact-checker's
// screenshot credit in brackets ("… (Screenshot from X)"), a picture's labelled source in brackets ("… (Picture source:
// KCNA)") and the caption of two pictures side by side ("… (left) and … (right)"). Each is told by its place at the
// line's start or end, never by a word inside the sentence.

import { caseless } from "./caseless";

/** A numbered figure's caption: "Figure 1. The new assembly building …", "Fig. 2: …", "Fig. 2 – …", "Hình 1. …", "Biểu đồ 3: …". */
const FIGURE_LABEL = new RegExp(String.raw`^${caseless(String.raw`(?:figure|fig\.|chart|map|exhibit|hình|biểu đồ|bản đồ|sơ đồ)\s?\d{1,2}[a-z]?`)}(?:\s?[.:]|\s[-–—])\s+[\p{Lu}\d“"]`, "u");

/** A partner wire's picture as Korean papers credit it: the wire, a hyphen, the Korean wire that relayed it. */
const KOREAN_RELAY_CREDIT = /[.!?”"]\s+(?:AP|AFP|Reuters|EPA|Xinhua|Kyodo|UPI|Getty Images|Bloomberg|TASS|Jiji|AFP-Jiji)-(?:Yonhap|Newsis|News1)\.?$/u;

/**
 * The same credit as Korean papers print it after a slash ("… ngày 3. /AP 연합뉴스", "/로이터 연합뉴스", "/연합뉴스") and
 * as a browser translates it: "/AP Yonhap News", "/Reuters Yonhap", "/ Yonhap News", "/Newsis".
 */
const KOREAN_SLASH_CREDIT = /[.!?”"]\s?\/\s?(?:(?:AP|AFP|Reuters|EPA|Xinhua|Kyodo|UPI|Getty Images|Bloomberg|TASS|Jiji|로이터|신화)\s?)?(?:Yonhap(?: News)?|Newsis|News ?1|연합뉴스|뉴시스|뉴스1)\.?$/u;

/**
 * A picture credited as AFP and the wires that copy its form print it after the sentence: the photographer or
 * "Handout", the source or pool, the wire, between slashes ("… in Pyongyang. Handout / RUSSIAN FOREIGN MINISTRY / AFP",
 * "… Kim SMITH / POOL / AFP", "… STR / KCNA VIA KNS / AFP").
 */
const SLASHED_WIRE_CREDIT =
  /[.!?”"]\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,4}\s\/\s){1,3}(?:AFP|AP|Reuters|REUTERS|EPA|EPA-EFE|Xinhua|XINHUA|Getty Images|Anadolu|ANADOLU|Sputnik|SPUTNIK|TASS)\.?$/u;

/** An outlet's own file picture, in brackets after the sentence: "(RFA file)", "(Reuters file photo)", "(Korea Times file)". */
const FILE_IN_BRACKETS = /[.!?”"]\s*\((?:[\p{Lu}][\p{L}.&-]{1,20}\s){1,3}(?:file|archive)(?:\s(?:photo|picture|image))?\)\.?$/u;

/** A satellite imagery provider or a government's site named alone after the picture's sentence. */
const IMAGERY_SOURCE =
  /[.!?”"]\s+(?:©\s?)?(?:Planet Labs(?: PBC| Inc\.?)?|Maxar(?: Technologies)?|Airbus(?: DS| Defence and Space)?|BlackSky(?: Technologies)?|Capella Space|Umbra|Copernicus Sentinel(?:-\d\w?)?(?: data)?|kremlin\.ru|government\.ru|mil\.ru|mid\.ru)\.?$/iu;
/**
 * The same provider under its label or its copyright, an analyst's note on the marks drawn on the picture after it or
 * not, as research sites print it under a satellite picture: "… on November 28. Satellite image ©2026 Maxar
 * Technologies. Annotations by CNS.", "… Imagery © 2026 Planet Labs PBC", "… ngày 28/11. Ảnh vệ tinh: Maxar
 * Technologies".
 */
const LABELLED_IMAGERY =
  /[.!?”"]\s+(?:(?:satellite image(?:ry)?|satellite photo|imagery|image|ảnh vệ tinh|ảnh|hình ảnh)\s?(?::\s?|©\s?(?:(?:19|20)\d{2}\s?)?)|©\s?(?:19|20)\d{2}\s?)(?:Planet Labs(?: PBC| Inc\.?)?|Maxar(?: Technologies)?|Airbus(?: DS| Defence and Space)?|BlackSky(?: Technologies)?|Capella Space|Umbra|Copernicus Sentinel(?:-\d\w?)?(?: data)?|Google Earth|Sentinel Hub)\.?(?:\s(?:Annotations|Annotated|Analysis and annotations) by\s[\p{L}\d .&'’-]{2,40}\.?)?$/iu;
/** An analyst's note on the marks drawn on a picture, ending a caption after its credit: "… Annotations by the Institute." */
const ANNOTATIONS_TAIL = /[.!?”")]\s+(?:Annotations|Annotated|Analysis and annotations) by\s[\p{L}\d .&'’-]{2,40}\.?$/u;

/**
 * A screenshot's credit in brackets after the picture's sentence, as fact-checkers print it: "(Screenshot from X)",
 * "(Screenshot/Facebook)", "(Screenshot via TikTok)", "(Ảnh chụp màn hình)".
 */
const SCREENSHOT_IN_BRACKETS = /[.!?”"]\s*\((?:screenshots?|screen ?grabs?|screen captures?|ảnh chụp màn hình)(?:\s?(?:from|via|of|on|\/|:)\s?[\p{L}\d .&'’-]{1,30})?\)\.?$/iu;

/**
 * A picture's source labelled in brackets after the picture's sentence, as defence and maritime sites print it: "(Picture
 * source: KCNA)", "(Image source: Planet Labs PBC)", "(Nguồn ảnh: Reuters)", and "(Source: …)" when what it names is a
 * picture's ("(Source: Windward Maritime AI™ platform)", "(Source: Maxar Technologies satellite imagery)"). Only after a
 * whole sentence, and only on a line of one sentence. A sentence that credits its news so ("… Hội đồng Bảo an. (Nguồn:
 * AFP)", "… rose 5%. (Source: customs)") is the text's.
 */
const SOURCE_IN_BRACKETS =
  /[.!?”"]\s*\((?:(?:picture|image|photo|imagery) source|nguồn ảnh|nguồn hình ảnh)\s?:\s?[^()]{2,90}\)\.?$|[.!?”"]\s*\((?:source|nguồn)\s?:\s?[^()]{0,60}(?:\b(?:imagery|image|images|satellite|platform|screenshot|screen grab|photo|photos|ảnh|vệ tinh)|©)[^()]{0,60}\)\.?$/iu;
/**
 * A picture's kind said as a sentence of its own, then its source: "… tuyến đường sắt. Ảnh minh họa. Nguồn: Reuters",
 * "… năm 2024. Ảnh tư liệu. Nguồn ảnh: TTXVN". A sentence of the text that credits its news ("… Hội đồng Bảo an.
 * Nguồn: AFP") names no picture, and is the text's.
 */
const KIND_THEN_SOURCE = /[.!?”"]\s+(?:ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|hình minh họa|hình minh hoạ|ảnh chụp màn hình)\.?\s+nguồn(?: ảnh)?\s?:\s?[^:.!?]{2,40}\.?$/iu;
/**
 * A picture's scene in one sentence, then the body that took it with no label and no stop, as Australian papers print
 * it ("The tanker, right, alongside an unidentified vessel in the East China Sea. Japan Coast Guard", "… at the
 * harbour on Monday. Royal Australian Navy"): the credit is a body's name (its last word a body's kind), the scene a
 * sentence in running case (eight words or more, most in lower case). A headline's two sentences in title case, or a
 * sentence of the text (closing on its stop), is none.
 */
const BODY_CREDIT_AFTER_SCENE = /^([\p{Lu}"“][^.!?]{30,240}[.!?])\s((?:[\p{Lu}][\p{L}'’&-]*\s(?:of\s(?:the\s)?)?){0,4}(?:Guard|Navy|Army|Police|Forces?|Ministry|Department|Office|Agency|Service|Command|Corps|Authority|Handout|Pool|Council|Government|Embassy|Institute|Museum|Archives?|Defence|Defense))$/u;
function bodyCreditAfterScene(plain: string): boolean {
  const m = plain.length <= 300 ? BODY_CREDIT_AFTER_SCENE.exec(plain) : null;
  if (!m?.[1]) return false;
  const words = m[1].split(" ");
  return words.length >= 8 && words.filter((w) => /^[\p{Ll}]/u.test(w)).length * 2 >= words.length;
}
const oneSentence = (plain: string): boolean => !/[.!?]\s+[\p{Lu}]/u.test(plain.slice(0, plain.lastIndexOf("(")));

/**
 * Two pictures set side by side under one caption, which says which is which: "The video shared in the false posts
 * (left) and the 2023 news report (right)", "Bài đăng sai lệch (trái) và ảnh gốc (phải)". A sentence of the text that
 * compares them ends in a full stop and is left alone.
 */
const SIDE_BY_SIDE = /\((?:left|top|trái|bên trái|trên)\)[^()]{3,160}\((?:right|bottom|phải|bên phải|dưới)\)$/iu;

/**
 * A caption without the analyst's note that ends it ("… Image: Planet Labs PBC. Annotations by the Institute." → "…
 * Image: Planet Labs PBC."), or null when it ends in no such note: the caption's forms are then read on what is left.
 */
export function withoutAnnotationsNote(plain: string): string | null {
  if (plain.length > 400 || !plain.includes("nnotat")) return null;
  const tail = plain.length > 80 ? plain.slice(-80) : plain;
  const m = ANNOTATIONS_TAIL.exec(tail);
  return m ? plain.slice(0, plain.length - m[0].length + 1) : null;
}

export function captionByMoreForms(plain: string): boolean {
  if (plain.length > 320) return false;
  if (FIGURE_LABEL.test(plain)) return true;
  if (plain.length <= 240 && /\)\.?$/.test(plain) && (SCREENSHOT_IN_BRACKETS.test(plain) || SIDE_BY_SIDE.test(plain) || (SOURCE_IN_BRACKETS.test(plain.slice(-120)) && oneSentence(plain)))) return true;
  const tail = plain.length > 160 ? plain.slice(-160) : plain;
  if (tail.includes("guồn") && KIND_THEN_SOURCE.test(tail)) return true;
  if (bodyCreditAfterScene(plain)) return true;
  if (!/[-)/]|\.ru\.?$|\b(?:PBC|Labs|Maxar|Technologies|Airbus|DS|BlackSky|Space|Umbra|data|Sentinel|Earth|Hub)\.?$/iu.test(tail)) return false;
  return KOREAN_RELAY_CREDIT.test(tail) || KOREAN_SLASH_CREDIT.test(tail) || SLASHED_WIRE_CREDIT.test(tail) || FILE_IN_BRACKETS.test(tail) || IMAGERY_SOURCE.test(tail) || LABELLED_IMAGERY.test(tail);
}
