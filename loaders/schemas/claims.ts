import {z} from "zod";
import {CitationSchema, DateSchema, IdSchema} from "./common.js";

export const SPEECH_MODES = ["direct", "indirect", "mixed", "reporter_paraphrase"] as const;
export const STANCES = ["favor", "against", "none"] as const;
export const CONFIDENCES = ["high", "medium", "low"] as const;
export const VERIFICATION_STATUSES = ["confirmed", "unconfirmed", "disputed"] as const;

export const VerificationSchema = z
  .object({
    status: z.enum(VERIFICATION_STATUSES).describe("Whether the words (and their attribution) are confirmed by another source."),
    note: z.string().min(1).describe("What was checked and what was found."),
    citations: z.array(CitationSchema).default([]).describe("Sources that confirm or dispute the claim.")
  })
  .strict();

export const ClaimSchema = z
  .object({
    id: IdSchema.describe("Claim id; /source#claim-ID links to its span."),
    source: IdSchema.describe("Source id whose text holds the quote."),
    actor: IdSchema.describe("Who the claim is attributed to."),
    quote: z.string().min(1).describe("Verbatim span of the source text (the content of the attribution)."),
    occurrence: z.number().int().min(1).optional().describe("Which occurrence of the quote is meant, when it appears more than once."),
    cue: z.string().min(1).describe("The cue that attributes it, usually the reporting verb as printed ('said', 'urged'), or a note such as '(headline)'."),
    mode: z.enum(SPEECH_MODES).describe("Direct quotation, indirect speech, mixed, or the reporter's paraphrase."),
    proposition: z.string().min(1).describe("A neutral one-line paraphrase of what is claimed; two claims may share one."),
    topic: IdSchema.describe("Topic id: the target the stance is taken toward."),
    stance: z.enum(STANCES).describe("Stance toward the topic's target."),
    intensity: z.number().int().min(-2).max(2).describe("Signed strength of the stance, -2 to 2: positive for favor, negative for against, 0 for none."),
    confidence: z.enum(CONFIDENCES).describe("How sure the coder is of the stance."),
    rationale: z.string().min(1).describe("Why the claim was coded this way."),
    date: DateSchema.describe("When it was said (YYYY-MM-DD)."),
    date_precision: z.enum(["day", "month", "year", "approximate"]).describe("How precisely the date is known."),
    event: IdSchema.optional().describe("The event where it was said."),
    verification: VerificationSchema.describe("Verification status, note and citations.")
  })
  .strict()
  .superRefine((claim, ctx) => {
    const expected = claim.stance === "favor" ? "1 or 2" : claim.stance === "against" ? "-1 or -2" : "0";
    const ok = claim.stance === "favor" ? claim.intensity > 0 : claim.stance === "against" ? claim.intensity < 0 : claim.intensity === 0;
    if (!ok) {
      ctx.addIssue({code: "custom", path: ["intensity"], message: `${claim.intensity} does not match stance "${claim.stance}"; expected ${expected}`});
    }
    if (claim.verification.status === "confirmed" && claim.verification.citations.length === 0) {
      ctx.addIssue({code: "custom", path: ["verification", "citations"], message: "a confirmed claim needs at least one citation"});
    }
  });
export type Claim = z.infer<typeof ClaimSchema>;
export const ClaimsFileSchema = z.array(ClaimSchema).min(1);
