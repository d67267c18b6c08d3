import {z} from "zod";
import {IdSchema, UrlSchema} from "./common.js";

export const AxisSchema = z
  .object({
    id: IdSchema.describe("Axis id."),
    label: z.string().min(1).describe("Axis name."),
    minus_label: z.string().min(1).describe("What the negative pole stands for (left or bottom of the map)."),
    plus_label: z.string().min(1).describe("What the positive pole stands for (right or top of the map)."),
    description: z.string().min(1).describe("What the axis measures, defined before any claim was scored."),
    literature: z
      .array(
        z
          .object({
            citation: z.string().min(1).describe("Author, title, venue, year."),
            url: UrlSchema.describe("Where to read it.")
          })
          .strict()
      )
      .min(1)
      .describe("Where the axis comes from.")
  })
  .strict();
export type Axis = z.infer<typeof AxisSchema>;
export const AxesFileSchema = z.array(AxisSchema).min(1);
