// Demo claims from the sample articles, anchored in their text, with evidence and a denial linked to its allegation.
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { addAppearance } from "@/lib/claims/add-appearance";
import { addEvidence } from "@/lib/claims/add-evidence";
import { linkClaims } from "@/lib/claims/link-claims";
import { aliasKey, createClaimant } from "@/lib/claims/claimants";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";

/** Where a quote stands in the sample sources, as a selection an editor would make. */
async function find(quote: string) {
  const rows = await getDb().$queryRaw<{ id: string; start: number }[]>`
    SELECT id, (strpos(body, ${quote}) - 1)::int AS start FROM "Source" WHERE strpos(body, ${quote}) > 0 ORDER BY "createdAt" LIMIT 1`;
  const row = rows[0];
  if (!row) throw new Error(`Demo quote not found in the sample sources: ${quote}`);
  // strpos counts characters; anchors count UTF-16 units. The sample quotes are all in the BMP, so they agree.
  return { sourceId: row.id, start: row.start, end: row.start + quote.length, exact: quote };
}

// The demo claims take many transactions, as an editor and a reviewer make them. A start killed in between must not
// leave half a demo desk for good: the DemoSeed row says the claims were begun and not finished, and each step below
// first looks for what it makes (a claimant by its name, a claim by its wording, a quote by its place, evidence by its
// note, a link by its ends, a verdict by the claim's state), so the next start completes exactly what is missing.

const claimantOnce = async (actor: Actor, input: { name: string; kind: string; aliases: string[] }) =>
  (await getDb().claimantAlias.findUnique({ where: { aliasFolded: aliasKey(input.name) }, select: { claimantId: true } })) ?? createClaimant(actor, input);

async function claimOnce(actor: Actor, input: { text: string } & Record<string, unknown>): Promise<{ id: string }> {
  const made = await getDb().claim.findFirst({ where: { text: input.text, mergedIntoId: null }, select: { id: true } });
  return made ?? createClaim(actor, input);
}

async function appearanceOnce(actor: Actor, input: { claimId: string; sourceId: string; start: number; end: number; exact: string }) {
  const { claimId, sourceId, start, end } = input;
  if (!(await getDb().appearance.findFirst({ where: { claimId, sourceId, start, end }, select: { id: true } }))) await addAppearance(actor, input);
}

async function evidenceOnce(actor: Actor, input: { claimId: string; note: string } & Record<string, unknown>): Promise<{ id: string }> {
  const made = await getDb().evidence.findFirst({ where: { claimId: input.claimId, note: input.note }, select: { id: true } });
  return made ?? addEvidence(actor, input);
}

async function linkOnce(actor: Actor, input: { fromClaimId: string; toClaimId: string; type: "DENIES"; note: string }) {
  const { fromClaimId, toClaimId, type } = input;
  if (!(await getDb().claimLink.findFirst({ where: { fromClaimId, toClaimId, type }, select: { id: true } }))) await linkClaims(actor, input);
}

const claimState = async (claimId: string) => (await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { state: true } })).state;

/** Research, then a proposal by the editor, as far as the claim has not gone yet; true once it is proposed or further. */
async function proposeOnce(editor: Actor, input: { claimId: string; verdict: string; summary: string; rationale: string; evidenceIds?: string[] }) {
  if ((await claimState(input.claimId)) === "DRAFT") await startResearch(editor, { claimId: input.claimId });
  if ((await claimState(input.claimId)) === "RESEARCHING") await proposeVerdict(editor, { ...input, kind: "VERDICT" });
}

/** Whether a demo desk's claims are to be made (a fresh desk) or completed (a start that died making them). */
async function claimsToMake(): Promise<boolean> {
  const db = getDb();
  const marker = await db.demoSeed.findUnique({ where: { id: 1 } });
  if (marker) return marker.finishedAt === null;
  if ((await db.claim.count()) > 0 || (await db.source.count()) === 0) return false;
  // Written before the first claim: a start killed from here on finds it unfinished.
  await db.demoSeed.createMany({ data: [{ id: 1 }], skipDuplicates: true });
  return true;
}

export async function seedDemoClaims(log: (line: string) => void): Promise<boolean> {
  const db = getDb();
  const editor = await db.user.findFirst({ where: { role: "EDITOR", isActive: true }, orderBy: { createdAt: "asc" }, select: { id: true, email: true, name: true, role: true } });
  if (!editor || !(await claimsToMake())) return false;
  const actor = editor as Actor;

  await claimantOnce(actor, { name: "Kim Jong Un", kind: "PERSON", aliases: ["Kim Jong-un", "ông Kim", "Kim Jong-Un"] });
  await claimantOnce(actor, { name: "KCNA", kind: "OUTLET", aliases: ["Cơ quan Thông tấn Trung ương Triều Tiên", "Hãng thông tấn Trung ương Triều Tiên"] });
  await claimantOnce(actor, { name: "Chính phủ Mỹ", kind: "STATE_BODY", aliases: ["Washington", "Nhà Trắng", "Tòa Bạch Ốc"] });

  const talks = await claimOnce(actor, {
    text: "Mỹ nói các cuộc đàm phán vũ khí giữa Nga và Triều Tiên đang tích cực tiến triển",
    gloss: "The US says arms negotiations between Russia and North Korea are actively advancing",
    claimantName: "Jake Sullivan", claimantKind: "PERSON",
    kind: "ARMS_TRANSFER",
    tags: "đàm phán, vũ khí",
    attributes: { supplier: "Triều Tiên", recipient: "Nga", materiel: "ARTILLERY_SHELLS,AMMUNITION", periodFrom: "2023-08" },
    appearance: await find("các cuộc đàm phán vũ khí giữa Nga và Triều Tiên đang có xu thế tiến triển"),
  });
  await appearanceOnce(actor, { claimId: talks.id, ...(await find("nhà lãnh đạo tối cao Triều Tiên Kim Jong-Un đang xúc tiến cho các thảo luận về hợp tác vũ khí với Nga")) });

  const allegation = await claimOnce(actor, {
    text: "Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine",
    gloss: "North Korea supplies ammunition to Russia for the war in Ukraine",
    claimantName: "Washington", claimantKind: "STATE_BODY",
    kind: "ARMS_TRANSFER",
    madeAt: "2023-09-13",
    attributes: { supplier: "Triều Tiên", recipient: "Nga", materiel: "AMMUNITION,ARTILLERY_SHELLS", periodFrom: "2023-09", route: "chưa nêu" },
    appearance: await find("Washington nghi ngờ Bình Nhưỡng có thể cung cấp đạn dược cho Moscow trong cuộc chiến ở Ukraine"),
  });
  const allegationContext = await evidenceOnce(actor, {
    kind: "source",
    claimId: allegation.id,
    stance: "CONTEXT",
    note: "Phân tích của RFI về nhu cầu đạn pháo của Nga.",
    anchor: await find("Nga tuyệt vọng cần thêm vũ khí, đặc biệt là đạn dược và đạn pháo, cho cuộc chiến ở Ukraine"),
  });

  const denial = await claimOnce(actor, {
    text: "Nga và Triều Tiên bác bỏ mọi cáo buộc về thỏa thuận vũ khí",
    gloss: "Russia and North Korea deny any arms deal",
    claimantName: "Điện Kremlin", claimantKind: "STATE_BODY",
    kind: "DENIAL",
    attributes: { deniedBy: "Điện Kremlin, Bình Nhưỡng" },
    appearance: await find("Cả Nga và Triều Tiên đều bác bỏ những cáo buộc này"),
  });
  await appearanceOnce(actor, { claimId: denial.id, ...(await find("Cả quan chức Nga và Triều Tiên đều phủ nhận những tuyên bố như vậy")) });
  await linkOnce(actor, { fromClaimId: denial.id, toClaimId: allegation.id, type: "DENIES", note: "Lời phủ nhận nhắm vào cáo buộc của Mỹ." });

  const visit = await claimOnce(actor, {
    text: "Kim Jong Un gặp Vladimir Putin tại Sân bay Vũ trụ Vostochny ngày 13/9/2023",
    gloss: "Kim Jong Un met Vladimir Putin at the Vostochny cosmodrome on 13 September 2023",
    claimantName: "KCNA", claimantKind: "OUTLET",
    kind: "MEETING_OR_VISIT",
    madeAt: "2023-09-13",
    attributes: { who: "Kim Jong Un, Vladimir Putin", where: "Sân bay Vũ trụ Vostochny", when: "2023-09-13" },
    appearance: await find("Ông Putin và ông Kim gặp nhau hôm 13/9 tại Sân bay Vũ trụ Vostochny"),
  });
  const visitEvidence = await evidenceOnce(actor, { kind: "source", claimId: visit.id, stance: "SUPPORTS", note: "RFI tường thuật cùng cuộc gặp.", anchor: await find("việc chọn sân bay vũ trụ Vostochny làm nơi diễn ra cuộc gặp giữa Vladimir Putin và Kim Jong Un") });

  await claimOnce(actor, {
    text: "Quan hệ Nga – Triều Tiên đang vi phạm nhiều nghị quyết của Hội đồng Bảo an Liên Hiệp Quốc",
    gloss: "Russia–North Korea relations violate several UN Security Council resolutions",
    claimantName: "Antony Blinken", claimantKind: "PERSON",
    kind: "SANCTIONS",
    madeAt: "2023-09-13",
    attributes: { imposedBy: "Hội đồng Bảo an Liên Hiệp Quốc", target: "Triều Tiên", measures: "Cấm chuyển giao vũ khí và công nghệ tên lửa" },
    appearance: await find("Mối quan hệ đang tiến triển giữa Nga và Triều Tiên hiện đang vi phạm nhiều nghị quyết của Hội đồng Bảo an Liên hiệp quốc"),
  });
  const reviewer = await db.user.findFirst({ where: { role: "REVIEWER", isActive: true }, orderBy: { createdAt: "asc" }, select: { id: true, email: true, name: true, role: true } });
  if (reviewer) {
    await publishDemoVerdict(actor, reviewer as Actor, {
      claimId: visit.id,
      verdict: "CONFIRMED",
      summary: "Cuộc gặp tại Vostochny ngày 13/9/2023 được nhiều hãng tin độc lập tường thuật.",
      rationale: "Cả **VOA** và **RFI** đều tường thuật cuộc gặp giữa hai nhà lãnh đạo tại Sân bay Vũ trụ Vostochny ngày 13/9/2023.\n\n- Địa điểm và ngày trùng khớp giữa các nguồn.\n- Điện Kremlin và KCNA cùng công bố cuộc gặp.",
      evidenceIds: [visitEvidence.id],
    });
    await publishDemoVerdict(actor, reviewer as Actor, {
      claimId: allegation.id,
      verdict: "UNVERIFIABLE",
      summary: "Cáo buộc dựa trên thông tin tình báo Mỹ chưa được công bố; cả hai nước đều phủ nhận.",
      rationale: "Các bài báo mẫu dẫn lời quan chức Mỹ nhưng không nêu bằng chứng có thể kiểm tra độc lập. Nga và Triều Tiên đều phủ nhận.\n\nKhi có bằng chứng công khai, kết luận này sẽ được xem xét lại qua một đề xuất đính chính.",
      evidenceIds: [allegationContext.id],
    });
    // One proposal left for the demo reviewer to decide.
    await proposeOnce(actor, {
      claimId: denial.id,
      verdict: "UNVERIFIABLE",
      summary: "Lời phủ nhận không thể kiểm chứng độc lập từ các nguồn hiện có.",
      rationale: "Hai chính phủ phủ nhận; phía Mỹ khẳng định ngược lại. Chưa nguồn nào đưa ra bằng chứng công khai.",
    });
  }
  await db.demoSeed.update({ where: { id: 1 }, data: { finishedAt: new Date() } });
  log("Created 5 demo claims from the sample articles (with appearances, evidence and a denial linked to its allegation), 2 published verdicts and 1 proposal awaiting review.");
  return true;
}

/** The whole path of a verdict, as two people walk it: research, proposal by the editor, approval by the reviewer. */
async function publishDemoVerdict(editor: Actor, reviewer: Actor, input: { claimId: string; verdict: string; summary: string; rationale: string; evidenceIds: string[] }) {
  await proposeOnce(editor, input);
  const open = await getDb().proposal.findFirst({ where: { claimId: input.claimId, status: "OPEN" }, select: { id: true } });
  if (open) await reviewProposal(reviewer, { proposalId: open.id, decision: "APPROVE" });
}
