import {z} from "zod";
import {CitationSchema, IdSchema} from "./common.js";

export const CORRECTION_KINDS = ["typo", "garble", "factual", "unverified"] as const;

export const CorrectionSchema = z
  .object({
    id: IdSchema.describe("Correction id."),
    source: IdSchema.describe("Source id whose text holds the error."),
    text: z.string().min(1).describe("The verbatim text as published, errors included."),
    occurrence: z.number().int().min(1).optional().describe("Which occurrence is meant, when the text appears more than once."),
    means: z.string().min(1).describe("What it should say or means."),
    kind: z.enum(CORRECTION_KINDS).describe("typo, garble (machine-mangled text), factual (wrong or incomplete), unverified (not confirmed elsewhere)."),
    note: z.string().min(1).describe("The explanation shown beside [sic]."),
    citations: z.array(CitationSchema).default([]).describe("Sources for the correction, where one is needed.")
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.kind === "factual" && c.citations.length === 0) {
      ctx.addIssue({code: "custom", path: ["citations"], message: "a factual correction needs at least one citation"});
    }
  });
export type Correction = z.infer<typeof CorrectionSchema>;
export const CorrectionsFileSchema = z.array(CorrectionSchema);
