// Reads a story folder (one YAML file per record type plus the source texts),
// validates every file, checks every cross-reference and resolves every quote.
// It either returns a fully consistent story or throws one AnnotationError
// listing every problem found: nothing downstream ever sees partial data.
import {createHash} from "node:crypto";
import {existsSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {AnnotationError, listChoices, show, type Problem} from "./errors.js";
import {readYaml, validateFile} from "./parse.js";
import {FILES, OFF_MAP, type Annotations, type FileKey} from "./schemas/index.js";
import {resolveSpan, splitParagraphs, type Paragraph, type Span} from "./spans.js";

export interface SourceText {
  text: string;
  paragraphs: Paragraph[];
}

export interface Story {
  dir: string;
  annotations: Annotations;
  texts: Map<string, SourceText>;
  claimSpans: Map<string, Span>;
  correctionSpans: Map<string, Span>;
  eventMentions: Map<string, Span[]>;
}

function display(path: string): string {
  return relative(process.cwd(), path).split("\\").join("/") || path;
}

export function readStory(dir: string): Story {
  const problems: Problem[] = [];
  const parsed: Partial<Annotations> = {};
  const paths = {} as Record<FileKey, string>;

  for (const key of Object.keys(FILES) as FileKey[]) {
    const {file, noun, schema} = FILES[key];
    const path = display(join(dir, file));
    paths[key] = path;
    const raw = readYaml(join(dir, file), path);
    if (!raw.ok) {
      problems.push(...raw.problems);
      continue;
    }
    const result = validateFile(schema, raw.value, path, noun);
    if (result.ok) (parsed as Record<FileKey, unknown>)[key] = result.value;
    else problems.push(...result.problems);
  }
  // Cross-references only make sense between files that parsed.
  if (problems.length > 0) throw new AnnotationError(problems);
  const a = parsed as Annotations;

  const label = (key: FileKey, id: string) => `${FILES[key].noun} "${id}"`;
  const ids = {} as Record<FileKey, Set<string>>;
  for (const key of Object.keys(FILES) as FileKey[]) {
    const seen = new Set<string>();
    for (const record of a[key]) {
      if (seen.has(record.id)) problems.push({file: paths[key], record: label(key, record.id), field: "id", message: "duplicate id; ids must be unique within the file"});
      seen.add(record.id);
    }
    ids[key] = seen;
  }

  const ref = (key: FileKey, id: string, field: string, target: FileKey, value: string, extra: readonly string[] = []) => {
    if (ids[target].has(value) || extra.includes(value)) return;
    const choices = [...ids[target], ...extra];
    problems.push({
      file: paths[key],
      record: label(key, id),
      field,
      message: `unknown ${FILES[target].noun} ${show(value)}; valid choices: ${listChoices(choices)}`
    });
  };

  for (const t of a.topics) {
    ref("topics", t.id, "axis", "axes", t.axis, [OFF_MAP]);
    if (t.axis === OFF_MAP && t.pole !== undefined) problems.push({file: paths.topics, record: label("topics", t.id), field: "pole", message: `must be left out for an ${OFF_MAP} topic`});
    if (t.axis !== OFF_MAP && t.pole === undefined) problems.push({file: paths.topics, record: label("topics", t.id), field: "pole", message: "is required for a topic on an axis; valid choices: -1, 1"});
  }

  // Source texts: present, byte for byte what the record says.
  const texts = new Map<string, SourceText>();
  for (const s of a.sources) {
    const path = join(dir, s.text_file);
    if (!existsSync(path)) {
      problems.push({file: paths.sources, record: label("sources", s.id), field: "text_file", message: `file not found: ${display(path)}`});
      continue;
    }
    const bytes = readFileSync(path);
    const sha = createHash("sha256").update(bytes).digest("hex");
    if (sha !== s.sha256) {
      problems.push({file: paths.sources, record: label("sources", s.id), field: "sha256", message: `${display(path)} has sha256 ${sha}; the record says ${s.sha256}`});
      continue;
    }
    const text = bytes.toString("utf8");
    texts.set(s.id, {text, paragraphs: splitParagraphs(text)});
  }

  const span = (key: FileKey, id: string, field: string, sourceId: string, quote: string, occurrence?: number): Span | undefined => {
    const source = texts.get(sourceId);
    if (!source) return undefined; // the source problem is reported already
    const textName = a.sources.find((s) => s.id === sourceId)!.text_file;
    const result = resolveSpan(source.text, source.paragraphs, quote, occurrence, textName);
    if (result.ok) return result.span;
    problems.push({file: paths[key], record: label(key, id), field, message: `${result.message}: ${show(quote)}`});
    return undefined;
  };

  const claimSpans = new Map<string, Span>();
  for (const c of a.claims) {
    ref("claims", c.id, "source", "sources", c.source);
    ref("claims", c.id, "actor", "actors", c.actor);
    ref("claims", c.id, "topic", "topics", c.topic);
    if (c.event !== undefined) ref("claims", c.id, "event", "events", c.event);
    const s = span("claims", c.id, "quote", c.source, c.quote, c.occurrence);
    if (s) claimSpans.set(c.id, s);
  }

  for (const cc of a.counterclaims) {
    ref("counterclaims", cc.id, "from", "claims", cc.from);
    ref("counterclaims", cc.id, "to", "claims", cc.to);
  }

  // Events quote the first source (the article the story is about).
  const articleId = a.sources[0]!.id;
  const eventMentions = new Map<string, Span[]>();
  for (const e of a.events) {
    e.actors.forEach((actor, i) => ref("events", e.id, `actors.${i}`, "actors", actor));
    e.bears_on.forEach((claim, i) => ref("events", e.id, `bears_on.${i}`, "claims", claim));
    if (e.end !== undefined && e.end.slice(0, 10) < e.start.slice(0, 10)) {
      problems.push({file: paths.events, record: label("events", e.id), field: "end", message: `${e.end} is before start ${e.start}`});
    }
    const spans = e.mentions.map((m, i) => span("events", e.id, `mentions.${i}.quote`, articleId, m.quote, m.occurrence));
    eventMentions.set(e.id, spans.filter((s): s is Span => s !== undefined));
  }

  const correctionSpans = new Map<string, Span>();
  for (const c of a.corrections) {
    ref("corrections", c.id, "source", "sources", c.source);
    const s = span("corrections", c.id, "text", c.source, c.text, c.occurrence);
    if (s) correctionSpans.set(c.id, s);
  }

  if (problems.length > 0) throw new AnnotationError(problems);
  return {dir, annotations: a, texts, claimSpans, correctionSpans, eventMentions};
}
