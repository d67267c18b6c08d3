import {z} from "zod";
import {CitationSchema, DateTimeSchema, IdSchema, PrecisionSchema, SpanRefSchema} from "./common.js";

export const EVENT_KINDS = ["conference", "speech", "legal", "censorship", "indictment", "diplomacy", "publication"] as const;

export const EventSchema = z
  .object({
    id: IdSchema.describe("Event id."),
    title: z.string().min(1).describe("What happened, in a few neutral words."),
    start: DateTimeSchema.describe("When it started (YYYY-MM-DD, or with a time and UTC offset)."),
    end: DateTimeSchema.optional().describe("When it ended, for events that span days."),
    precision: PrecisionSchema,
    kind: z.enum(EVENT_KINDS).describe("The timeline lane."),
    place: z.string().min(1).describe("Where it happened."),
    description: z.string().min(1).describe("A neutral description."),
    actors: z.array(IdSchema).default([]).describe("Actors involved."),
    in_article: z.boolean().describe("true when the article mentions the event; false when it is context added from other sources."),
    mentions: z.array(SpanRefSchema).default([]).describe("Verbatim spans of the article that mention the event."),
    bears_on: z.array(IdSchema).default([]).describe("Claims the event bears on (supports or contradicts)."),
    citations: z.array(CitationSchema).min(1).describe("Where the date and facts come from."),
    note: z.string().min(1).optional().describe("Caveats about the date or the facts.")
  })
  .strict()
  .superRefine((event, ctx) => {
    if (event.in_article && event.mentions.length === 0) {
      ctx.addIssue({code: "custom", path: ["mentions"], message: "an event the article mentions needs at least one verbatim mention"});
    }
    if (!event.in_article && event.mentions.length > 0) {
      ctx.addIssue({code: "custom", path: ["in_article"], message: "is false but the event lists mentions in the article"});
    }
  });
export type Event = z.infer<typeof EventSchema>;
export const EventsFileSchema = z.array(EventSchema).min(1);
