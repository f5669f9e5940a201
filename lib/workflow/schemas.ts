// Input schemas for proposals and reviews, shared by forms, server actions and HTTP routes.
import { z } from "zod";
import { optionalText } from "@/lib/validation";
import { needsEvidence, VERDICTS } from "./verdicts";
import { boundMessage } from "@/lib/i18n/bounds";

/** Google's fact-check markup asks for claimReviewed under 75 characters. */
export const SHORT_TEXT_MAX = 74;

export const PROPOSAL_KINDS = ["VERDICT", "CORRECTION", "WITHDRAWAL"] as const;
export const DECISIONS = ["APPROVE", "REJECT", "REQUEST_CHANGES"] as const;

const ids = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((v) => (typeof v === "string" ? v.split(",") : (v ?? [])).map((id) => id.trim()).filter(Boolean))
  .pipe(z.array(z.uuid({ error: "Unknown evidence." })).max(200, boundMessage("most", 200, "items")));

export const proposalSchema = z
  .object({
    claimId: z.uuid({ error: "Unknown claim." }),
    kind: z.enum(PROPOSAL_KINDS, { error: "Choose what you propose." }),
    verdict: z.enum(VERDICTS, { error: "Choose a verdict." }).optional().or(z.literal("").transform(() => undefined)),
    summary: z.string({ error: "Write the summary." }).trim().min(10, "The summary needs at least 10 characters.").max(300, boundMessage("most", 300, "characters")),
    rationale: z.string({ error: "Write the rationale." }).trim().min(20, "The rationale needs at least 20 characters.").max(20000, boundMessage("most", 20000, "characters")),
    reason: optionalText(2000),
    /** The wording as search engines show it (ClaimReview's claimReviewed), when the claim's own is too long for them. */
    shortText: optionalText(500).refine((v) => !v || [...v].length <= SHORT_TEXT_MAX, `At most ${SHORT_TEXT_MAX} characters: search engines cut anything longer.`),
    evidenceIds: ids,
  })
  .superRefine((p, ctx) => {
    if (p.kind !== "WITHDRAWAL" && !p.verdict) ctx.addIssue({ code: "custom", path: ["verdict"], message: "Choose a verdict." });
    if (p.kind === "WITHDRAWAL" && p.verdict) ctx.addIssue({ code: "custom", path: ["verdict"], message: "A withdrawal carries no verdict." });
    if (p.kind !== "VERDICT" && !p.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Write the reason for the change." });
    if (p.verdict && needsEvidence(p.verdict) && p.evidenceIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["evidenceIds"], message: "Tick the evidence the verdict relies on." });
    }
  });

export const reviewSchema = z
  .object({
    proposalId: z.uuid({ error: "Unknown proposal." }),
    decision: z.enum(DECISIONS, { error: "Choose a decision." }),
    note: optionalText(4000),
  })
  .refine((r) => r.decision === "APPROVE" || !!r.note, { path: ["note"], message: "Write a note to the proposer: what to change or why it is rejected." });

export const withdrawProposalSchema = z.object({ proposalId: z.uuid({ error: "Unknown proposal." }) });

export const claimRefSchema = z.object({ claimId: z.uuid({ error: "Unknown claim." }) });
