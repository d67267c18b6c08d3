// One schema per annotation file. FILES maps each file name to its schema and
// the singular noun used in error messages; the loader, the JSON Schema
// generator and the data dictionary all walk this one list.
import type {z} from "zod";
import {ActorsFileSchema} from "./actors.js";
import {AxesFileSchema} from "./axes.js";
import {ClaimsFileSchema} from "./claims.js";
import {CorrectionsFileSchema} from "./corrections.js";
import {CounterclaimsFileSchema} from "./counterclaims.js";
import {EventsFileSchema} from "./events.js";
import {SourcesFileSchema} from "./sources.js";
import {TopicsFileSchema} from "./topics.js";

export const FILES = {
  sources: {file: "sources.yaml", noun: "source", schema: SourcesFileSchema},
  actors: {file: "actors.yaml", noun: "actor", schema: ActorsFileSchema},
  axes: {file: "axes.yaml", noun: "axis", schema: AxesFileSchema},
  topics: {file: "topics.yaml", noun: "topic", schema: TopicsFileSchema},
  claims: {file: "claims.yaml", noun: "claim", schema: ClaimsFileSchema},
  counterclaims: {file: "counterclaims.yaml", noun: "counterclaim", schema: CounterclaimsFileSchema},
  events: {file: "events.yaml", noun: "event", schema: EventsFileSchema},
  corrections: {file: "corrections.yaml", noun: "correction", schema: CorrectionsFileSchema}
} as const satisfies Record<string, {file: string; noun: string; schema: z.ZodType}>;

export type FileKey = keyof typeof FILES;
export type Annotations = {[K in FileKey]: z.infer<(typeof FILES)[K]["schema"]>};

export * from "./actors.js";
export * from "./axes.js";
export * from "./claims.js";
export * from "./common.js";
export * from "./corrections.js";
export * from "./counterclaims.js";
export * from "./events.js";
export * from "./sources.js";
export * from "./topics.js";
