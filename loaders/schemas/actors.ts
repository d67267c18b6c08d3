import {z} from "zod";
import {IdSchema} from "./common.js";

export const ACTOR_TYPES = ["state", "official", "ngo", "expert", "company", "court", "defendant", "press", "group"] as const;

export const ActorSchema = z
  .object({
    id: IdSchema.describe("Actor id, used in claims, events and the ?actor= URL parameter."),
    name: z.string().min(1).describe("Name as a reader should see it."),
    name_zh: z.string().min(1).optional().describe("Chinese name, where there is one."),
    type: z.enum(ACTOR_TYPES).describe("What kind of actor this is."),
    country: z.string().min(1).describe("Country or 'international'."),
    role: z.string().min(1).describe("Who they are in this story, in one line."),
    notes: z.string().min(1).optional().describe("Anything a reader should know about how the article names them.")
  })
  .strict();
export type Actor = z.infer<typeof ActorSchema>;
export const ActorsFileSchema = z.array(ActorSchema).min(1);
