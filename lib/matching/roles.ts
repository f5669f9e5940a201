// Who does what to whom in a sentence or a claim (pure): the supplier and recipient of a transfer, and who denies.
// Key words cannot tell "Bình Nhưỡng cung cấp đạn cho Moscow" from "Moscow cung cấp công nghệ cho Bình Nhưỡng";
// roles can, and a denial is told from the allegation it denies by its stance, whatever words they share.
import { foldDiacritics } from "@/lib/sources/normalize";
import { ACTORS, DENIALS, NEGATIONS, PASSIVE_WORDS, REFUSALS, TRANSFER_VERBS, type TransferVerb } from "./vocabulary";

/** A frame a text has, with the actors it puts in each role (folded actor ids such as "trieu_tien"). */
export type Roles = {
  transfer: boolean;
  suppliers: Set<string>;
  recipients: Set<string>;
  deny: boolean;
  deniers: Set<string>;
  /** The two sides a relation or a talk is "between" ("giữa Nga và Triều Tiên", "between Russia and Iran"). */
  parties: Set<string>;
};

/** Role keys as they travel among a text's key words (never counted as words: they start with "~"). */
export const ROLE_KEY = { transfer: "~transfer", deny: "~deny", supplier: "~supplier:", recipient: "~recipient:", denier: "~denier:", party: "~party:" } as const;

/** Clause breaks: punctuation and the conjunctions that start another statement. Roles never cross one. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const CLAUSE_BREAK = /[,;:()"“”«»–—]|\s-\s|\b(?:nhưng|song|trong khi|but|while|whereas)\b/giu;

type Word = { raw: string; folded: string; capital: boolean };
type Actor = { id: string; at: number; end: number; marker: string };

/** Actor phrases by their first folded word, longest first. */
const ACTOR_PHRASES: Map<string, { id: string; words: string[] }[]> = (() => {
  const index = new Map<string, { id: string; words: string[] }[]>();
  for (const [id, phrases] of Object.entries(ACTORS)) {
    for (const phrase of phrases) {
      const list = phrase.split(" ");
      const entry = index.get(list[0]!) ?? [];
      entry.push({ id, words: list });
      index.set(list[0]!, entry);
    }
  }
  for (const entry of index.values()) entry.sort((a, b) => b.words.length - a.words.length);
  return index;
})();

function byFirstWord<T>(list: readonly T[], words: (item: T) => readonly string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of list) index.set(words(item)[0]!, [...(index.get(words(item)[0]!) ?? []), item]);
  return index;
}
const VERBS_BY_FIRST = byFirstWord(TRANSFER_VERBS, (v) => v.words);
const DENIALS_BY_FIRST = byFirstWord(DENIALS, (phrase) => phrase);

/** Words skipped when looking for the word that marks an actor's role ("từ phía Nga", "from the North"). */
const MARKER_SKIP = new Set(["phía", "the", "nước", "chính", "quyền"]);

/** An actor nobody knows (a person, "Thứ Ba"): it fills a role, so the role is not given to a known one farther off. */
const UNKNOWN = "?";

/**
 * The actors of a clause in order: known ones (ACTORS, by any name), and each run of capitalised words that is
 * none of them (a person: "ông Kim", "Vladimir Putin") as UNKNOWN. A clause's first word is capitalised anyway:
 * it starts a run only when the next word is capitalised too.
 */
function actorsOf(clause: Word[]): Actor[] {
  const out: Actor[] = [];
  const marker = (i: number) => {
    let m = i - 1;
    while (m >= 0 && MARKER_SKIP.has(clause[m]!.raw)) m--;
    return m >= 0 ? clause[m]!.raw : "";
  };
  for (let i = 0; i < clause.length; i++) {
    const phrase = (ACTOR_PHRASES.get(clause[i]!.folded) ?? []).find((p) => p.words.every((w, k) => clause[i + k]?.folded === w));
    if (phrase) {
      out.push({ id: phrase.id, at: i, end: i + phrase.words.length, marker: marker(i) });
      i += phrase.words.length - 1;
      continue;
    }
    if (!clause[i]!.capital || (i === 0 && !clause[1]?.capital)) continue;
    let end = i + 1;
    while (end < clause.length && clause[end]!.capital && !ACTOR_PHRASES.has(clause[end]!.folded)) end++;
    out.push({ id: UNKNOWN, at: i, end, marker: marker(i) });
    i = end - 1;
  }
  return out;
}

function fill(set: Set<string>, actor: Actor | undefined) {
  if (actor && actor.id !== UNKNOWN) set.add(actor.id);
}

function phraseAt(clause: Word[], at: number, phrase: string[]): boolean {
  return phrase.every((w, k) => clause[at + k]?.raw === w);
}

const FROM = new Set(["từ", "bởi", "from", "by"]);
const OF = new Set(["của", "of"]);
const RECIPIENT_MARKERS = new Set(["cho", "sang", "tới", "đến", "to"]);

/** The supplier and recipient of one transfer verb in its clause. */
function transferRoles(clause: Word[], actors: Actor[], at: number, end: number, verb: TransferVerb, roles: Roles) {
  const before = actors.filter((a) => a.end <= at);
  const after = actors.filter((a) => a.at >= end);
  const nearest = before[before.length - 1];
  if (verb.reverse) {
    // "Moscow nhận đạn pháo từ Bình Nhưỡng", "Russia bought shells from North Korea": the subject receives.
    fill(roles.recipients, nearest);
    fill(roles.suppliers, after[0]);
    return;
  }
  const from = after.find((a) => FROM.has(a.marker));
  if (nearest && PASSIVE_WORDS.has(nearest.marker) && nearest.at >= at - 2) {
    // "Moscow được Bình Nhưỡng cung cấp đạn": the actor right after "được" supplies the one before it.
    // "Đạn pháo được Bình Nhưỡng cung cấp cho Nga": no actor before it, a "cho/to" names the recipient.
    fill(roles.suppliers, nearest);
    fill(roles.recipients, before[before.length - 2] ?? after.find((a) => RECIPIENT_MARKERS.has(a.marker)));
    return;
  }
  // "được/bị" or "is/was" just before the verb ("Nga được cung cấp", "was supplied"), or "by" just after it.
  // Right before the verb, or before an adverb of it ("was also supplied", "were reportedly shipped"); not "được
  // nguồn cung cấp" (a supply obtained), where a noun stands between.
  const passive = PASSIVE_WORDS.has(clause[at - 1]?.raw ?? "") || (PASSIVE_WORDS.has(clause[at - 2]?.raw ?? "") && /^(?:also|\p{L}+ly)$/u.test(clause[at - 1]!.raw)) || clause[end]?.raw === "by" || clause[end]?.raw === "bởi";
  const to = after.find((a) => RECIPIENT_MARKERS.has(a.marker)) ?? after.find((a) => !FROM.has(a.marker) && !OF.has(a.marker));
  if (passive) {
    // "Nga được cung cấp đạn từ Triều Tiên", "Russia was supplied by North Korea": the one named with
    // từ/bởi/by/from supplies; the subject receives unless a "cho/to" names another.
    // Only a "cho/sang/to" names another recipient: an actor after the verb without one is not it ("shells
    // supplied by Pyongyang are being fired by Russian forces in Ukraine").
    fill(roles.suppliers, from);
    const recipient = after.find((a) => RECIPIENT_MARKERS.has(a.marker)) ?? nearest;
    if (recipient?.id !== from?.id) fill(roles.recipients, recipient);
    return;
  }
  if (!to && from) {
    // "nguồn cung cấp đạn từ Triều Tiên": the one named with "từ" supplies. The subject, if any, may be who
    // reports it ("Mỹ cáo buộc … đạn từ Triều Tiên"): no recipient.
    fill(roles.suppliers, from);
    return;
  }
  // "Moscow sẽ cung cấp cho Triều Tiên lương thực … để đổi lấy đạn dược từ Bình Nhưỡng": the subject supplies the
  // one named after the verb; a "từ" further on is another transfer's.
  fill(roles.suppliers, nearest);
  fill(roles.recipients, to);
}

/** Whether the verb's words at `at` are that verb here, not part of another word ("bán đảo", "xác nhận"). */
function isTransfer(clause: Word[], at: number, verb: TransferVerb): boolean {
  const end = at + verb.words.length;
  if (verb.not?.includes(clause[end]?.raw ?? "") || verb.notAfter?.includes(clause[at - 1]?.raw ?? "")) return false;
  if (verb.needsRecipient && !clause.slice(end).some((w) => RECIPIENT_MARKERS.has(w.raw))) return false;
  if (verb.needsSource && !clause.slice(end).some((w) => FROM.has(w.raw) || OF.has(w.raw))) return false;
  return true;
}

const BETWEEN = new Set(["giữa", "between"]);
const AND = new Set(["và", "với", "and", "with"]);

/** The two actors right after "giữa/between" and around its "và/and": the sides of a relation, a talk or a deal. */
function betweenParties(clause: Word[], actors: Actor[], parties: Set<string>) {
  for (let i = 0; i < clause.length; i++) {
    if (!BETWEEN.has(clause[i]!.raw)) continue;
    const first = actors.find((a) => a.at >= i + 1 && a.at <= i + 2);
    if (!first) continue;
    const second = actors.find((a) => a.at > first.at && AND.has(clause[a.at - 1]?.raw ?? "") && a.at - first.end <= 2);
    if (!second) continue;
    fill(parties, first);
    fill(parties, second);
  }
}

/** A dash between two words: "Nga – Triều Tiên", "Moscow-Pyongyang", "Nga - Triều Tiên". */
const DASH = /^\s*[-–—]\s*$/u;

/**
 * The two actors joined by a dash ("quan hệ Nga – Triều Tiên", "the Russia-North Korea partnership"): the sides of
 * a relation, as "giữa A và B" names them. Read over the whole text, since a dash also breaks clauses.
 */
function dashedParties(text: string, parties: Set<string>) {
  if (!/[-–—]/u.test(text)) return;
  const tokens = [...text.matchAll(WORD)];
  const words: Word[] = tokens.map(([word]) => {
    const raw = word.toLowerCase();
    return { raw, folded: foldDiacritics(raw), capital: /^\p{Lu}/u.test(word) };
  });
  const actors = actorsOf(words).filter((a) => a.id !== UNKNOWN);
  for (let k = 0; k + 1 < actors.length; k++) {
    const [first, second] = [actors[k]!, actors[k + 1]!];
    if (second.at !== first.end) continue;
    const last = tokens[first.end - 1]!;
    const gap = text.slice(last.index + last[0].length, tokens[second.at]!.index);
    if (!DASH.test(gap)) continue;
    parties.add(first.id);
    parties.add(second.id);
  }
}

/**
 * Whether the denial at `at` is itself negated or declined: a negation among the three words before it ("did not
 * deny", "không bác bỏ", "chưa phủ nhận") or a refusal earlier in its clause ("từ chối xác nhận hay phủ nhận",
 * "declined to confirm or deny"). Such a sentence denies nothing.
 */
function declined(clause: Word[], at: number): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++) {
    const raw = clause[k]!.raw;
    const word = raw === "t" && clause[k - 1]?.raw.endsWith("n") ? "n't" : raw;
    const not = NEGATIONS[word];
    if (not && !not.includes(clause[k + 1]?.raw ?? "")) return true;
  }
  for (let k = 0; k < at; k++) if (REFUSALS.some((phrase) => phraseAt(clause, k, phrase))) return true;
  return false;
}

/**
 * The roles of a text: each clause's transfer verbs (cung cấp, chuyển … cho, supply, provide; reversed: nhận … từ,
 * mua, receive from) with the actors around them, and its denials (bác bỏ, phủ nhận, không hề, vô căn cứ, denied,
 * baseless) with the actors before them. Actors are the countries of ACTORS, by any of their names; a role nobody
 * known fills is left empty, which neither agrees nor disagrees with a claim.
 */
export function rolesOf(text: string): Roles {
  const roles: Roles = { transfer: false, suppliers: new Set(), recipients: new Set(), deny: false, deniers: new Set(), parties: new Set() };
  dashedParties(text.normalize("NFC"), roles.parties);
  for (const part of text.normalize("NFC").split(CLAUSE_BREAK)) {
    if (!part) continue;
    const clause: Word[] = [...part.matchAll(WORD)].map(([word]) => {
      const raw = word.toLowerCase();
      return { raw, folded: foldDiacritics(raw), capital: /^\p{Lu}/u.test(word) };
    });
    const actors = actorsOf(clause);
    betweenParties(clause, actors, roles.parties);
    for (let i = 0; i < clause.length; i++) {
      const verb = VERBS_BY_FIRST.get(clause[i]!.raw)?.find((v) => phraseAt(clause, i, v.words) && isTransfer(clause, i, v));
      if (verb) {
        roles.transfer = true;
        transferRoles(clause, actors, i, i + verb.words.length, verb, roles);
        i += verb.words.length - 1;
        continue;
      }
      const denial = DENIALS_BY_FIRST.get(clause[i]!.raw)?.find((phrase) => phraseAt(clause, i, phrase));
      if (denial && declined(clause, i)) {
        i += denial.length - 1;
        continue;
      }
      if (denial) {
        roles.deny = true;
        const end = i + denial.length;
        const by = actors.find((a) => a.at >= end && (a.marker === "by" || a.marker === "bởi"));
        for (const actor of by ? [by] : actors.filter((a) => a.end <= i)) fill(roles.deniers, actor);
        i = end - 1;
      }
    }
  }
  return roles;
}

/**
 * Whether a text's words (lower case, as written) include the first word of a transfer verb or a denial: a text
 * with none has no roles, and rolesOf need not read it clause by clause (most sentences and claims).
 */
export function mayHaveRoles(words: readonly string[]): boolean {
  for (const word of words) if (VERBS_BY_FIRST.has(word) || DENIALS_BY_FIRST.has(word) || BETWEEN.has(word)) return true;
  return false;
}

/** The roles of a text as key words ("~transfer", "~supplier:trieu_tien", …); `words`, when given, its lower-case words to skip a text without roles (and without a dash, which may join two sides). */
export function roleKeys(text: string, words?: readonly string[]): string[] {
  if (words && !mayHaveRoles(words) && !/[-–—]/u.test(text)) return [];
  const roles = rolesOf(text);
  const out: string[] = [];
  if (roles.transfer) out.push(ROLE_KEY.transfer);
  for (const id of roles.suppliers) out.push(ROLE_KEY.supplier + id);
  for (const id of roles.recipients) out.push(ROLE_KEY.recipient + id);
  if (roles.deny) out.push(ROLE_KEY.deny);
  for (const id of roles.deniers) out.push(ROLE_KEY.denier + id);
  for (const id of roles.parties) out.push(ROLE_KEY.party + id);
  return out;
}

/** The actors a set of key words puts in one role. */
function filled(keys: Set<string>, prefix: string): Set<string> {
  const out = new Set<string>();
  for (const key of keys) if (key.startsWith(prefix)) out.add(key.slice(prefix.length));
  return out;
}

/**
 * How a sentence's roles compare with a claim's: "contradicts" when a role the claim fills is filled in the
 * sentence by other actors only (another supplier, another recipient, another denier); "agrees" when at least
 * one role the claim fills has the same actor in the sentence and none contradicts; "missing" when the claim
 * reports a transfer and the sentence none; otherwise "neutral".
 */
const ROLE_PREFIXES = [ROLE_KEY.supplier, ROLE_KEY.recipient, ROLE_KEY.denier];
/** The actors a claim's key words put in each role, kept per set (a claim is compared with every sentence of an article). */
const claimFills = new WeakMap<Set<string>, Set<string>[] | null>();
function fillsOf(claim: Set<string>): Set<string>[] | null {
  let fills = claimFills.get(claim);
  if (fills === undefined) {
    const all = ROLE_PREFIXES.map((prefix) => filled(claim, prefix));
    claimFills.set(claim, (fills = all.some((f) => f.size) ? all : null));
  }
  return fills;
}

/** The actors a sentence's key words put in each role, kept per set (a sentence is compared with every candidate claim). */
const sentenceFills = new WeakMap<Set<string>, Map<string, Set<string>>>();
function filledKept(keys: Set<string>, prefix: string): Set<string> {
  let byPrefix = sentenceFills.get(keys);
  if (!byPrefix) sentenceFills.set(keys, (byPrefix = new Map()));
  let out = byPrefix.get(prefix);
  if (!out) byPrefix.set(prefix, (out = filled(keys, prefix)));
  return out;
}

export function compareRoles(sentence: Set<string>, claim: Set<string>): "agrees" | "contradicts" | "missing" | "neutral" {
  // Two sides named by both and not the same ("between Russia and Iran" for "giữa Nga và Triều Tiên"): another relation.
  const sides = filledKept(claim, ROLE_KEY.party);
  if (sides.size) {
    const found = filledKept(sentence, ROLE_KEY.party);
    if ([...found].some((id) => !sides.has(id))) return "contradicts";
  }
  if (claim.has(ROLE_KEY.transfer) && !sentence.has(ROLE_KEY.transfer)) return "missing";
  const fills = fillsOf(claim);
  if (!fills) return "neutral";
  let agree = false;
  for (const [k, prefix] of ROLE_PREFIXES.entries()) {
    const wanted = fills[k]!;
    if (!wanted.size) continue;
    const found = filledKept(sentence, prefix);
    if (!found.size) continue;
    if ([...wanted].some((id) => found.has(id))) agree = true;
    else return "contradicts";
  }
  return agree ? "agrees" : "neutral";
}
