import {z} from "zod";
import {IdSchema} from "./common.js";

export const OFF_MAP = "off_map";

export const TopicSchema = z
  .object({
    id: IdSchema.describe("Topic id, referenced by claims."),
    label: z.string().min(1).describe("Short label for the grid's column."),
    target: z.string().min(1).describe("The proposition a stance is taken toward: favor means agreeing with it."),
    axis: z.string().min(1).describe(`Axis id the topic is scored on, or "${OFF_MAP}" when it does not separate the poles.`),
    pole: z
      .union([z.literal(-1), z.literal(1)])
      .optional()
      .describe("Which pole agreeing with the target moves an actor toward (-1 or 1); absent for off-map topics."),
    description: z.string().min(1).describe("Why the topic sits on its axis and pole, or why it is off the map.")
  })
  .strict();
export type Topic = z.infer<typeof TopicSchema>;
export const TopicsFileSchema = z.array(TopicSchema).min(1);
