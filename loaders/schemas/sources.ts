import {z} from "zod";
import {DateSchema, IdSchema, UrlSchema} from "./common.js";

export const SourceSchema = z
  .object({
    id: IdSchema.describe("Source id, referenced by claims."),
    title: z.string().min(1).describe("Headline as published."),
    outlet: z.string().min(1).describe("Who published it."),
    url: UrlSchema.describe("Where it was published."),
    published: DateSchema.describe("Publication day (YYYY-MM-DD)."),
    published_precision: z
      .enum(["day", "approximate"])
      .describe("Whether the publication day is printed on the page or inferred."),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, {message: "must be a language tag such as en or zh-CN"}).describe("Language tag."),
    text_file: z.string().min(1).describe("Path of the verbatim text, relative to the story folder; quotes are checked against it."),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, {message: "must be 64 lowercase hex digits"}).describe("SHA-256 of the text file, so that any change to the record is caught."),
    notes: z.string().min(1).describe("What kind of text this is and how far to trust it.")
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;
export const SourcesFileSchema = z.array(SourceSchema).min(1);
