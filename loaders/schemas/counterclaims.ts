import {z} from "zod";
import {IdSchema} from "./common.js";

export const RELATIONS = ["rebut", "undercut", "evidence"] as const;

export const CounterclaimSchema = z
  .object({
    id: IdSchema.describe("Counterclaim id."),
    from: IdSchema.describe("The answering claim."),
    to: IdSchema.describe("The claim it answers."),
    relation: z
      .enum(RELATIONS)
      .describe("rebut: denies the claim; undercut: attacks its grounds or sincerity; evidence: reports an event that contradicts it."),
    asserted_by: z
      .enum(["article", "coder"])
      .describe("Whether the article itself sets the two against each other, or the coder infers it from their placement."),
    rationale: z.string().min(1).describe("Why the one answers the other.")
  })
  .strict()
  .superRefine((cc, ctx) => {
    if (cc.from === cc.to) ctx.addIssue({code: "custom", path: ["to"], message: "a claim cannot answer itself"});
  });
export type Counterclaim = z.infer<typeof CounterclaimSchema>;
export const CounterclaimsFileSchema = z.array(CounterclaimSchema);
