// Builds broken copies of the real story for error-message tests: copy
// data/wuzhen-2015 into tests/.tmp/<name>/, then edit one YAML file as data.
// The fixtures live inside the repository so that the file paths printed in
// error messages are the same on every machine.
import {cpSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import yaml from "js-yaml";
import {AnnotationError} from "../../loaders/errors.js";
import {readStory} from "../../loaders/story.js";

export const STORY = "data/wuzhen-2015";
const TMP = "tests/.tmp";

export type Records = Array<Record<string, unknown>>;

export function fixture(name: string, edits: Record<string, (records: Records) => Records | void> = {}): string {
  const dir = join(TMP, name);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(TMP, {recursive: true});
  cpSync(STORY, dir, {recursive: true});
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const records = yaml.load(readFileSync(path, "utf8"), {schema: yaml.CORE_SCHEMA}) as Records;
    writeFileSync(path, yaml.dump(edit(records) ?? records, {schema: yaml.CORE_SCHEMA, lineWidth: -1}));
  }
  return dir;
}

export function writeRaw(dir: string, file: string, text: string): void {
  writeFileSync(join(dir, file), text);
}

export function byId(records: Records, id: string): Record<string, unknown> {
  const record = records.find((r) => r.id === id);
  if (!record) throw new Error(`fixture: no record ${id}`);
  return record;
}

/** The problem lines of the AnnotationError a broken story raises (fails if it loads). */
export function problems(dir: string): string[] {
  try {
    readStory(dir);
  } catch (error) {
    if (error instanceof AnnotationError) return error.message.split("\n").slice(1).map((l) => l.trim());
    throw error;
  }
  throw new Error("expected the story to be rejected");
}
