// Building blocks shared by the per-file schemas. Every field carries a
// description: the data dictionary on /data and the JSON Schema files that
// editors validate against are generated from these.
import {z} from "zod";

/** Record ids are lowercase kebab-case so that they are safe in URLs (`?actor=`) and HTML ids. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {message: "must be lowercase kebab-case (a-z, 0-9 and single hyphens)"});

function isRealDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar day, `YYYY-MM-DD`. */
export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {message: "must be a date written YYYY-MM-DD"})
  .refine(isRealDate, {message: "is not a real calendar date"});

/**
 * A day, or a moment with its UTC offset (`2015-12-16T10:35+08:00`): events are
 * local to where they happened, so the offset is part of the record and the
 * charts never depend on the reader's time zone.
 */
export const DateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?$/, {
    message: "must be YYYY-MM-DD or YYYY-MM-DDTHH:MM with a UTC offset such as +08:00"
  })
  .refine(isRealDate, {message: "is not a real calendar date"});

export const UrlSchema = z.url({protocol: /^https?$/, message: "must be an http(s) URL"});

export const CitationSchema = z
  .object({
    url: UrlSchema.describe("Where the supporting text can be read."),
    quote: z.string().min(1).describe("The sentence at that URL that supports the record, quoted (shortened with …)."),
    title: z.string().min(1).optional().describe("Title or outlet of the cited page.")
  })
  .strict();
export type Citation = z.infer<typeof CitationSchema>;

/** A verbatim span of the source text; `occurrence` picks one when the words appear more than once. */
export const SpanRefSchema = z
  .object({
    quote: z.string().min(1).describe("Verbatim words of the source text, curly quotes and typos included."),
    occurrence: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe("Which occurrence of the quote is meant (1 = first), required when the words appear more than once.")
  })
  .strict();
export type SpanRef = z.infer<typeof SpanRefSchema>;

export const PrecisionSchema = z
  .enum(["minute", "hour", "day", "month", "year", "approximate"])
  .describe("How precisely the date is known: a minute, hour or day is drawn as a point, a month or year as a band, approximate as a dashed mark.");
