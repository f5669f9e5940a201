// Claim wordings for the generated desk, made from templates over many actors, places, weapons, numbers and
// dates (Vietnamese and English, with diacritics), never cut from the sample articles: a desk where the claim a
// sentence states has to be found among claims on the same topics, not among copies of that very sentence.
// Deterministic for a seed. Also: near-duplicates of the demo claims (reworded, another number, actor, place or
// date), which state something else and must never be suggested in the demo claim's place.
import { random } from "./desk-data";

type Pick = <T>(items: readonly T[]) => T;

/** Countries as a Vietnamese and an English text names them; the first ones (this desk's story) come up most. */
const COUNTRIES: [vi: string, en: string][] = [
  ["Nga", "Russia"], ["Triều Tiên", "North Korea"], ["Mỹ", "the United States"], ["Trung Quốc", "China"], ["Ukraine", "Ukraine"],
  ["Hàn Quốc", "South Korea"], ["Iran", "Iran"], ["Nhật Bản", "Japan"], ["Belarus", "Belarus"], ["Syria", "Syria"],
  ["Ấn Độ", "India"], ["Pakistan", "Pakistan"], ["Israel", "Israel"], ["Thổ Nhĩ Kỳ", "Turkey"], ["Pháp", "France"],
  ["Đức", "Germany"], ["Anh", "Britain"], ["Ba Lan", "Poland"], ["Việt Nam", "Vietnam"], ["Lào", "Laos"],
  ["Campuchia", "Cambodia"], ["Thái Lan", "Thailand"], ["Myanmar", "Myanmar"], ["Philippines", "the Philippines"], ["Indonesia", "Indonesia"],
  ["Malaysia", "Malaysia"], ["Ai Cập", "Egypt"], ["Ả Rập Xê Út", "Saudi Arabia"], ["Venezuela", "Venezuela"], ["Cuba", "Cuba"],
  ["Brazil", "Brazil"], ["Nam Phi", "South Africa"], ["Ethiopia", "Ethiopia"], ["Sudan", "Sudan"], ["Libya", "Libya"],
  ["Afghanistan", "Afghanistan"], ["Iraq", "Iraq"], ["Yemen", "Yemen"], ["Gruzia", "Georgia"], ["Armenia", "Armenia"],
  ["Azerbaijan", "Azerbaijan"], ["Kazakhstan", "Kazakhstan"], ["Mông Cổ", "Mongolia"], ["Úc", "Australia"], ["Canada", "Canada"],
  ["Mexico", "Mexico"], ["Ý", "Italy"], ["Tây Ban Nha", "Spain"], ["Hà Lan", "the Netherlands"], ["Thụy Điển", "Sweden"],
  ["Phần Lan", "Finland"], ["Na Uy", "Norway"], ["Moldova", "Moldova"], ["Serbia", "Serbia"], ["Hungary", "Hungary"],
  ["Romania", "Romania"], ["Bulgaria", "Bulgaria"], ["Cộng hòa Séc", "the Czech Republic"], ["Litva", "Lithuania"], ["Estonia", "Estonia"],
  ["Đài Loan", "Taiwan"], ["Singapore", "Singapore"], ["Eritrea", "Eritrea"], ["Mali", "Mali"], ["Niger", "Niger"],
  ["Burkina Faso", "Burkina Faso"], ["Algeria", "Algeria"], ["Nigeria", "Nigeria"], ["Kenya", "Kenya"], ["Qatar", "Qatar"],
];

/** People and bodies who make claims, with the country they speak for (an index into COUNTRIES). */
const SPEAKERS: [vi: string, en: string, country: number][] = [
  ["Tổng thống Vladimir Putin", "President Vladimir Putin", 0], ["người phát ngôn Dmitry Peskov", "spokesman Dmitry Peskov", 0], ["Ngoại trưởng Sergei Lavrov", "Foreign Minister Sergei Lavrov", 0],
  ["Bộ Quốc phòng Nga", "the Russian Defence Ministry", 0], ["Chủ tịch Kim Jong Un", "leader Kim Jong Un", 1], ["bà Kim Yo Jong", "Kim Yo Jong", 1],
  ["hãng thông tấn KCNA", "the KCNA news agency", 1], ["Ngoại trưởng Choe Son Hui", "Foreign Minister Choe Son Hui", 1], ["Nhà Trắng", "the White House", 2],
  ["Lầu Năm Góc", "the Pentagon", 2], ["Bộ Ngoại giao Mỹ", "the State Department", 2], ["cố vấn John Kirby", "adviser John Kirby", 2],
  ["Bộ Ngoại giao Trung Quốc", "China's Foreign Ministry", 3], ["ông Tập Cận Bình", "Xi Jinping", 3], ["Tổng thống Volodymyr Zelensky", "President Volodymyr Zelensky", 4],
  ["tình báo quân đội Ukraine", "Ukrainian military intelligence", 4], ["Cơ quan Tình báo Quốc gia Hàn Quốc", "South Korea's National Intelligence Service", 5], ["Bộ Quốc phòng Hàn Quốc", "the South Korean Defence Ministry", 5],
  ["Bộ Ngoại giao Iran", "Iran's Foreign Ministry", 6], ["Thủ tướng Nhật Bản", "the Japanese Prime Minister", 7], ["Tổng thống Alexander Lukashenko", "President Alexander Lukashenko", 8],
  ["Tổng thư ký NATO", "the NATO Secretary General", -1], ["Liên Hiệp Quốc", "the United Nations", -1], ["Liên minh châu Âu", "the European Union", -1],
  ["Cơ quan Năng lượng Nguyên tử Quốc tế", "the International Atomic Energy Agency", -1], ["viện nghiên cứu SIPRI", "the SIPRI institute", -1], ["nhóm chuyên gia của Hội đồng Bảo an", "the Security Council's panel of experts", -1],
];

/** Materiel, counted in its unit ("quả", "chiếc"). */
const WEAPONS: [vi: string, en: string, unit: string, enUnit: string][] = [
  ["đạn pháo 152 mm", "152 mm artillery shells", "quả", ""], ["đạn pháo 122 mm", "122 mm shells", "quả", ""], ["tên lửa đạn đạo KN-23", "KN-23 ballistic missiles", "quả", ""],
  ["tên lửa Hwasong-18", "Hwasong-18 missiles", "quả", ""], ["tên lửa Iskander", "Iskander missiles", "quả", ""], ["máy bay không người lái Shahed-136", "Shahed-136 drones", "chiếc", ""],
  ["UAV tự sát Lancet", "Lancet loitering munitions", "chiếc", ""], ["xe tăng T-90", "T-90 tanks", "chiếc", ""], ["xe tăng Leopard 2", "Leopard 2 tanks", "chiếc", ""],
  ["hệ thống phòng không S-400", "S-400 air defence systems", "hệ thống", ""], ["hệ thống Patriot", "Patriot systems", "hệ thống", ""], ["pháo phản lực HIMARS", "HIMARS launchers", "bệ", ""],
  ["tên lửa ATACMS", "ATACMS missiles", "quả", ""], ["tên lửa hành trình Storm Shadow", "Storm Shadow cruise missiles", "quả", ""], ["tiêm kích F-16", "F-16 fighter jets", "chiếc", ""],
  ["tiêm kích Su-35", "Su-35 fighters", "chiếc", ""], ["trực thăng Mi-8", "Mi-8 helicopters", "chiếc", ""], ["lựu pháo M777", "M777 howitzers", "khẩu", ""],
  ["pháo tự hành Koksan", "Koksan self-propelled guns", "khẩu", ""], ["súng trường tấn công", "assault rifles", "khẩu", ""], ["đạn súng cối 120 mm", "120 mm mortar rounds", "quả", ""],
  ["mìn chống tăng", "anti-tank mines", "quả", ""], ["tàu tuần tra", "patrol boats", "chiếc", ""], ["xe bọc thép Bradley", "Bradley fighting vehicles", "chiếc", ""],
  ["vệ tinh do thám", "reconnaissance satellites", "vệ tinh", ""], ["linh kiện vi mạch", "microchip components", "lô", ""],
];

const PLACES: [vi: string, en: string][] = [
  ["Bình Nhưỡng", "Pyongyang"], ["Moskva", "Moscow"], ["Vladivostok", "Vladivostok"], ["Bắc Kinh", "Beijing"], ["Kyiv", "Kyiv"], ["Seoul", "Seoul"],
  ["Tehran", "Tehran"], ["Minsk", "Minsk"], ["Kharkiv", "Kharkiv"], ["Donetsk", "Donetsk"], ["Kursk", "Kursk"], ["Belgorod", "Belgorod"],
  ["Crimea", "Crimea"], ["Odesa", "Odesa"], ["cảng Rajin", "the port of Rajin"], ["Khasan", "Khasan"], ["Tokyo", "Tokyo"], ["Washington", "Washington"],
  ["Geneva", "Geneva"], ["New York", "New York"], ["Brussels", "Brussels"], ["Hà Nội", "Hanoi"], ["Ulan Bator", "Ulaanbaatar"], ["Damascus", "Damascus"],
  ["Biển Đông", "the South China Sea"], ["Biển Nhật Bản", "the Sea of Japan"], ["Hoàng Hải", "the Yellow Sea"], ["Kaliningrad", "Kaliningrad"], ["Sevastopol", "Sevastopol"], ["Zaporizhzhia", "Zaporizhzhia"],
];

const TOPICS: [vi: string, en: string][] = [
  ["đối tác chiến lược toàn diện", "comprehensive strategic partnership"], ["hợp tác quốc phòng", "defence cooperation"], ["hợp tác hạt nhân dân sự", "civil nuclear cooperation"],
  ["thương mại biên giới", "border trade"], ["hợp tác năng lượng", "energy cooperation"], ["hợp tác không gian", "space cooperation"], ["trao đổi tù binh", "prisoner exchange"],
  ["ngừng bắn", "ceasefire"], ["kiểm soát vũ khí", "arms control"], ["chống khủng bố", "counter-terrorism"], ["đường sắt xuyên biên giới", "cross-border railway"], ["đánh bắt cá", "fishing"],
];

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Mostly the first items (a desk's story recurs): index `floor(len · u^skew)`. */
function skewed(next: () => number, skew: number): Pick {
  return <T>(items: readonly T[]) => items[Math.floor(items.length * next() ** skew)]!;
}

/**
 * `count` distinct claim wordings, a sixth of them in English. Each draws its actors (skewed toward Nga, Triều
 * Tiên, Mỹ, Trung Quốc: about 10 % of claims name Nga), its materiel, place, number and date from the lists
 * above; dates and numbers are written in several ways ("13/9/2023", "ngày 13 tháng 9 năm 2023", "1,5 triệu").
 */
export function templateClaims(count: number, seed = 20231113): string[] {
  const next = random(seed + 11);
  const pick: Pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const country = skewed(next, 2.2);
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const other = (a: readonly [string, string]) => {
    let b = country(COUNTRIES);
    while (b === a) b = country(COUNTRIES);
    return b;
  };
  const quantity = (vi: boolean) => {
    const r = next();
    if (r < 0.15) return vi ? `${between(1, 9)},${between(1, 9)} triệu` : `${between(1, 9)}.${between(1, 9)} million`;
    if (r < 0.3) return vi ? `${between(2, 900)} nghìn` : `${between(2, 900)},000`;
    if (r < 0.45) return vi ? `${between(1, 99)}.${String(between(0, 999)).padStart(3, "0")}` : `${between(1, 99)},${String(between(0, 999)).padStart(3, "0")}`;
    return String(between(2, 950));
  };
  const date = (vi: boolean) => {
    const y = between(2019, 2025);
    const m = between(1, 12);
    const d = between(1, 28);
    if (!vi) return next() < 0.5 ? `on ${MONTHS_EN[m - 1]} ${d}, ${y}` : `in ${MONTHS_EN[m - 1]} ${y}`;
    const r = next();
    return r < 0.4 ? `ngày ${d}/${m}/${y}` : r < 0.7 ? `ngày ${d} tháng ${m} năm ${y}` : `hồi tháng ${m}/${y}`;
  };
  const speaker = () => pick(SPEAKERS);
  const vi: ((n: () => number) => string)[] = [
    () => { const a = country(COUNTRIES); const b = other(a); const w = pick(WEAPONS); return `${speaker()[0]} cáo buộc ${a[0]} chuyển ${quantity(true)} ${w[2]} ${w[0]} cho ${b[0]} ${date(true)}`; },
    () => { const a = country(COUNTRIES); const b = other(a); const w = pick(WEAPONS); return `${a[0]} đã cung cấp ${quantity(true)} ${w[0]} cho ${b[0]} qua ${pick(PLACES)[0]}`; },
    () => { const a = country(COUNTRIES); const b = other(a); const w = pick(WEAPONS); return `${speaker()[0]} bác bỏ thông tin ${a[0]} bán ${w[0]} cho ${b[0]}`; },
    () => { const s = speaker(); const t = speaker(); return `${s[0]} gặp ${t[0]} tại ${pick(PLACES)[0]} ${date(true)}`; },
    () => { const a = country(COUNTRIES); const b = other(a); return `${a[0]} cam kết viện trợ ${quantity(true)} USD cho ${b[0]} trong năm ${between(2019, 2026)}`; },
    () => { const a = country(COUNTRIES); const w = pick(WEAPONS); return `${a[0]} phóng thử ${w[0]} từ khu vực gần ${pick(PLACES)[0]} ${date(true)}`; },
    () => { const a = country(COUNTRIES); const b = other(a); return `${a[0]} và ${b[0]} ký hiệp ước ${pick(TOPICS)[0]} tại ${pick(PLACES)[0]} ${date(true)}`; },
    () => { const a = country(COUNTRIES); const b = other(a); return `${a[0]} áp đặt lệnh trừng phạt lên ${between(3, 400)} công ty và cá nhân của ${b[0]} vì ${pick(TOPICS)[0]}`; },
    () => { const a = country(COUNTRIES); return `${speaker()[0]} cho biết ${a[0]} vi phạm nghị quyết ${between(1695, 2790)} của Hội đồng Bảo an về ${pick(TOPICS)[0]}`; },
    () => { const a = country(COUNTRIES); return `Khoảng ${quantity(true)} binh sĩ ${a[0]} đã được điều tới ${pick(PLACES)[0]} ${date(true)}`; },
    () => { const a = country(COUNTRIES); const b = other(a); const w = pick(WEAPONS); return `${speaker()[0]} khẳng định ${a[0]} đang đàm phán mua ${w[0]} của ${b[0]}`; },
    () => { const a = country(COUNTRIES); const b = other(a); return `Kim ngạch thương mại giữa ${a[0]} và ${b[0]} tăng ${between(2, 95)}% trong năm ${between(2019, 2025)}`; },
    () => { const a = country(COUNTRIES); const w = pick(WEAPONS); return `${speaker()[0]} phủ nhận việc ${a[0]} sản xuất ${w[0]} tại nhà máy ở ${pick(PLACES)[0]}`; },
    () => { const a = country(COUNTRIES); const b = other(a); return `${a[0]} trục xuất ${between(2, 40)} nhà ngoại giao ${b[0]} ${date(true)}`; },
  ];
  const en: (() => string)[] = [
    () => { const a = country(COUNTRIES); const b = other(a); const w = pick(WEAPONS); return `${speaker()[1]} accused ${a[1]} of sending ${quantity(false)} ${w[1]} to ${b[1]} ${date(false)}`; },
    () => { const a = country(COUNTRIES); const b = other(a); const w = pick(WEAPONS); return `${speaker()[1]} denied that ${a[1]} sold ${w[1]} to ${b[1]}`; },
    () => { const s = speaker(); const t = speaker(); return `${s[1]} met ${t[1]} in ${pick(PLACES)[1]} ${date(false)}`; },
    () => { const a = country(COUNTRIES); const b = other(a); return `${a[1]} pledged ${quantity(false)} dollars in aid to ${b[1]} for ${between(2019, 2026)}`; },
    () => { const a = country(COUNTRIES); const w = pick(WEAPONS); return `${a[1]} test-fired ${w[1]} near ${pick(PLACES)[1]} ${date(false)}`; },
    () => { const a = country(COUNTRIES); const b = other(a); return `${a[1]} and ${b[1]} signed a ${pick(TOPICS)[1]} treaty in ${pick(PLACES)[1]} ${date(false)}`; },
    () => { const a = country(COUNTRIES); return `About ${quantity(false)} troops from ${a[1]} were deployed to ${pick(PLACES)[1]} ${date(false)}`; },
  ];
  const out = new Set<string>();
  while (out.size < count) {
    const text = next() < 1 / 6 ? pick(en)() : pick(vi)(next);
    out.add(text.charAt(0).toUpperCase() + text.slice(1));
  }
  return [...out];
}

/**
 * Near-duplicates of the five demo claims (prisma/seed-claims.ts): the same frame with another actor, number,
 * place or date, so each states something else. Matching must not suggest one of them where a sentence states
 * the demo claim; bench/matching.ts counts how often it does. Keyed by the demo claim's id in fixtures/matching/labels.json.
 */
export const DEMO_NEAR_DUPLICATES: Record<string, string[]> = {
  talks: [
    "Mỹ nói các cuộc đàm phán vũ khí giữa Nga và Iran đang tích cực tiến triển",
    "Anh nói các cuộc đàm phán vũ khí giữa Trung Quốc và Triều Tiên đang tiến triển",
    "Hàn Quốc nói các cuộc đàm phán thương mại giữa Nga và Triều Tiên đã đổ vỡ",
  ],
  allegation: [
    "Iran cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine",
    "Triều Tiên cung cấp đạn dược cho Syria để dùng trong nội chiến",
    "Triều Tiên cung cấp 5 triệu quả đạn pháo cho Nga trong năm 2025",
    "Belarus cung cấp xe tăng T-72 cho Nga để dùng trong chiến tranh ở Ukraine",
  ],
  denial: [
    "Nga và Iran bác bỏ mọi cáo buộc về thỏa thuận máy bay không người lái",
    "Trung Quốc và Triều Tiên bác bỏ cáo buộc về thỏa thuận vũ khí",
    "Nga bác bỏ cáo buộc về việc mua vũ khí của Iran",
  ],
  visit: [
    "Kim Jong Un gặp Vladimir Putin tại Bình Nhưỡng ngày 19/6/2024",
    "Kim Jong Un gặp Tập Cận Bình tại Bắc Kinh ngày 3/9/2025",
    "Vladimir Putin gặp Kim Jong Un tại Vladivostok ngày 25/4/2019",
  ],
  sanctions: [
    "Quan hệ Nga – Iran đang vi phạm nhiều nghị quyết của Hội đồng Bảo an Liên Hiệp Quốc",
    "Quan hệ Trung Quốc – Triều Tiên vi phạm nghị quyết 2397 của Hội đồng Bảo an",
  ],
};
