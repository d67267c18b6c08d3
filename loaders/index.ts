// The public entry point of the pipeline: read and validate a story folder,
// then derive its tables. Pure Node and TypeScript: no Framework imports, so
// unit tests, the CLI and Framework's data loaders all call the same code.
import {deriveTables, type Tables} from "./derive.js";
import {readStory, type Story} from "./story.js";
import type {Axis, Source, Topic} from "./schemas/index.js";
import type {Paragraph} from "./spans.js";

export interface StoryMeta {
  sources: Array<Source & {text: string; paragraphs: Paragraph[]}>;
  axes: Axis[];
  topics: Topic[];
  counts: Record<keyof Tables, number>;
}

export interface LoadedStory {
  story: Story;
  tables: Tables;
  meta: StoryMeta;
}

export function loadStory(dir: string): LoadedStory {
  const story = readStory(dir);
  const tables = deriveTables(story);
  const a = story.annotations;
  const meta: StoryMeta = {
    sources: a.sources.map((s) => ({...s, ...story.texts.get(s.id)!})),
    axes: a.axes,
    topics: a.topics,
    counts: Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length])) as StoryMeta["counts"]
  };
  return {story, tables, meta};
}

export {AnnotationError, formatProblem, type Problem} from "./errors.js";
export {TABLE_NAMES, MIN_CLAIMS_FOR_POSITION, type TableName, type Tables} from "./derive.js";
