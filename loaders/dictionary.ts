// The data dictionary shown on /data and written as dictionary.json: every
// field of every annotation file (walked from the zod schemas in FILES, whose
// `.describe()` texts are the meanings) and every column of every published
// table, each marked as coming from the annotations (with the file and field
// it is copied from) or derived by the loaders (with how). Types and meanings
// of annotation columns are never typed twice: they are read from the schemas.
// Given the tables, `buildDictionary` checks that the columns described are
// exactly the columns published, so a new column cannot ship undocumented.
import {z} from "zod";
import {MIN_CLAIMS_FOR_POSITION} from "./derive.js";
import {FILES, type FileKey} from "./schemas/index.js";
import type {StoryTables} from "./tables.js";

export interface FieldEntry {
  /** Field path in the YAML record: `verification.status`, `citations[].url`. */
  name: string;
  type: string;
  /** Required within its parent object (the record, or the nested object). */
  required: boolean;
  meaning: string;
}

export interface ColumnEntry {
  name: string;
  type: string;
  meaning: string;
  origin: "annotation" | "derived";
  /** For annotation columns: the file and field it is copied from. For derived ones: what it is computed from. */
  from: string;
}

export interface Dictionary {
  files: Record<FileKey, {file: string; noun: string; fields: FieldEntry[]}>;
  tables: Record<keyof StoryTables, ColumnEntry[]>;
}

// ── Annotation files, from the schemas ──────────────────────────────────────

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  default?: unknown;
  description?: string;
}

const PATTERN_NAMES: Record<string, string> = {
  "^[a-z0-9]+(?:-[a-z0-9]+)*$": "id (lowercase kebab-case)",
  "^\\d{4}-\\d{2}-\\d{2}$": "date (YYYY-MM-DD)",
  "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2}))?$": "date (YYYY-MM-DD) or date-time with UTC offset",
  "^[0-9a-f]{64}$": "64 lowercase hex digits",
  "^[a-z]{2}(-[A-Z]{2})?$": "language tag"
};

const SAFE_MAX = Number.MAX_SAFE_INTEGER;

/** A short, readable type from a JSON Schema node. */
export function describeType(node: JsonSchema): string {
  if (node.enum) return `one of: ${node.enum.map(String).join(", ")}`;
  if (node.anyOf) {
    const consts = node.anyOf.filter((n) => "const" in n).map((n) => String(n.const));
    if (consts.length === node.anyOf.length) return `one of: ${consts.join(", ")}`;
    return node.anyOf.map(describeType).join(" or ");
  }
  switch (node.type) {
    case "string":
      if (node.format === "uri") return "URL";
      if (node.pattern) return PATTERN_NAMES[node.pattern] ?? "text (pattern)";
      return "text";
    case "integer":
    case "number": {
      const base = node.type === "integer" ? "integer" : "number";
      const hasMin = node.minimum !== undefined && node.minimum > -SAFE_MAX;
      const hasMax = node.maximum !== undefined && node.maximum < SAFE_MAX;
      if (hasMin && hasMax) return `${base}, ${node.minimum} to ${node.maximum}`;
      if (hasMin) return `${base} ≥ ${node.minimum}`;
      if (hasMax) return `${base} ≤ ${node.maximum}`;
      return base;
    }
    case "boolean":
      return "true or false";
    case "array":
      return node.items ? `list of ${node.items.type === "object" ? `objects {${Object.keys(node.items.properties ?? {}).join(", ")}}` : describeType(node.items)}` : "list";
    case "object":
      return `object {${Object.keys(node.properties ?? {}).join(", ")}}`;
    default:
      return "any";
  }
}

function walk(node: JsonSchema, prefix: string, out: FieldEntry[]): void {
  const required = new Set(node.required ?? []);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const name = prefix ? `${prefix}.${key}` : key;
    out.push({name, type: describeType(child), required: required.has(key), meaning: child.description ?? ""});
    if (child.type === "object") walk(child, name, out);
    if (child.type === "array" && child.items?.type === "object") walk(child.items, `${name}[]`, out);
  }
}

/** Every field of one annotation file's records, nested fields included. */
export function describeFile(key: FileKey): FieldEntry[] {
  const schema = z.toJSONSchema(FILES[key].schema, {io: "input", unrepresentable: "any"}) as JsonSchema;
  const record = schema.items ?? schema;
  const out: FieldEntry[] = [];
  walk(record, "", out);
  return out;
}

// ── Published tables ────────────────────────────────────────────────────────

/** A column copied from an annotation field: `file:field`, e.g. `claims:verification.status`. */
type Copied = {copy: `${FileKey}:${string}`; meaning?: string; type?: string};
/** A column computed by the loaders. */
type Derived = {type: string; meaning: string; from: string};
type Spec = Record<string, Copied | Derived>;

const idList = (what: string) => `list of ${what} ids`;
const tooLittle = `true when the actor has fewer than ${MIN_CLAIMS_FOR_POSITION} claims on the axis: the map lists the actor in the "too little on record" strip instead of placing a dot`;

export const TABLE_SPECS: Record<keyof StoryTables, Spec> = {
  actors: {
    id: {copy: "actors:id"},
    name: {copy: "actors:name"},
    name_zh: {copy: "actors:name_zh"},
    type: {copy: "actors:type"},
    country: {copy: "actors:country"},
    role: {copy: "actors:role"},
    notes: {copy: "actors:notes"},
    n_claims: {type: "integer ≥ 0", meaning: "Claims attributed to the actor.", from: "count of claims.yaml records with this actor"},
    n_counterclaims_made: {type: "integer ≥ 0", meaning: "Counterclaims whose answering claim is the actor's.", from: "count of counterclaims whose `from` claim is the actor's"},
    n_counterclaims_received: {type: "integer ≥ 0", meaning: "Counterclaims that answer one of the actor's claims.", from: "count of counterclaims whose `to` claim is the actor's"},
    n_events: {type: "integer ≥ 0", meaning: "Events that list the actor among those involved.", from: "count of events.yaml records listing the actor"}
  },
  claims: {
    id: {copy: "claims:id"},
    source: {copy: "claims:source"},
    actor: {copy: "claims:actor"},
    actor_name: {copy: "actors:name", meaning: "Name of the actor the claim is attributed to."},
    quote: {copy: "claims:quote"},
    start: {type: "integer ≥ 0", meaning: "Where the quote starts in the source text, in UTF-16 code units (as JavaScript's String#slice counts).", from: "quote resolved in the source text (occurrence picks among repeats)"},
    end: {type: "integer ≥ 0", meaning: "Where the quote ends (exclusive), in UTF-16 code units.", from: "start + length of the quote"},
    paragraph: {type: "integer ≥ 1", meaning: "Paragraph of the source text holding the quote, counting every block between blank lines from 1 (/source shows these numbers).", from: "the paragraph whose range holds start"},
    cue: {copy: "claims:cue"},
    mode: {copy: "claims:mode"},
    proposition: {copy: "claims:proposition"},
    topic: {copy: "claims:topic"},
    topic_label: {copy: "topics:label", meaning: "Short label of the claim's topic."},
    axis: {copy: "topics:axis", type: "axis id or null", meaning: "Axis the claim's topic is scored on; null for topics off the map."},
    pole: {copy: "topics:pole", type: "one of: -1, 1, or null", meaning: "Which pole agreeing with the topic's target moves an actor toward; null off the map."},
    stance: {copy: "claims:stance"},
    intensity: {copy: "claims:intensity"},
    position: {type: "integer, -2 to 2, or null", meaning: "The claim's signed contribution on its topic's axis (intensity × pole): negative toward the minus pole, positive toward the plus pole; null off the map.", from: "intensity × pole"},
    confidence: {copy: "claims:confidence"},
    rationale: {copy: "claims:rationale"},
    date: {copy: "claims:date"},
    date_precision: {copy: "claims:date_precision"},
    event: {copy: "claims:event"},
    verification: {copy: "claims:verification.status"},
    verification_note: {copy: "claims:verification.note"},
    citations: {copy: "claims:verification.citations"}
  },
  counterclaims: {
    id: {copy: "counterclaims:id"},
    from: {copy: "counterclaims:from"},
    to: {copy: "counterclaims:to"},
    relation: {copy: "counterclaims:relation"},
    asserted_by: {copy: "counterclaims:asserted_by"},
    rationale: {copy: "counterclaims:rationale"},
    from_actor: {type: "id (lowercase kebab-case)", meaning: "Actor of the answering claim.", from: "claims.actor of `from`"},
    from_actor_name: {type: "text", meaning: "Name of that actor.", from: "actors.name of from_actor"},
    from_quote: {type: "text", meaning: "Verbatim quote of the answering claim.", from: "claims.quote of `from`"},
    to_actor: {type: "id (lowercase kebab-case)", meaning: "Actor of the claim answered.", from: "claims.actor of `to`"},
    to_actor_name: {type: "text", meaning: "Name of that actor.", from: "actors.name of to_actor"},
    to_quote: {type: "text", meaning: "Verbatim quote of the claim answered.", from: "claims.quote of `to`"}
  },
  stances: {
    actor: {type: "id (lowercase kebab-case)", meaning: "The actor.", from: "claims grouped by actor and topic"},
    topic: {type: "id (lowercase kebab-case)", meaning: "The topic (one row per actor × topic on record).", from: "claims grouped by actor and topic"},
    n: {type: "integer ≥ 1", meaning: "Claims by the actor on the topic.", from: "count"},
    n_favor: {type: "integer ≥ 0", meaning: "Of those, claims in favour of the topic's target.", from: "count of stance = favor"},
    n_against: {type: "integer ≥ 0", meaning: "Of those, claims against the target.", from: "count of stance = against"},
    n_none: {type: "integer ≥ 0", meaning: "Of those, claims with no stance toward the target.", from: "count of stance = none"},
    claims: {type: idList("claim"), meaning: "The claims summarised, in text order.", from: "claim ids"},
    stance: {type: "one of: favor, against, none, mixed", meaning: "The grid's glyph: mixed when the actor has claims both for and against; otherwise favor or against if any, else none.", from: "n_favor, n_against"}
  },
  positions: {
    actor: {type: "id (lowercase kebab-case)", meaning: "The actor (every actor with at least one claim gets a row per axis).", from: "actors with claims × axes"},
    actor_name: {type: "text", meaning: "Name of the actor.", from: "actors.name"},
    axis: {type: "id (lowercase kebab-case)", meaning: "The axis.", from: "axes.yaml id"},
    n: {type: "integer ≥ 0", meaning: "The actor's claims on topics of this axis.", from: "count of claims with this axis"},
    mean: {type: "number, -2 to 2, or null", meaning: "Mean of those claims' positions (intensity × pole), rounded to 2 decimals; null when n is 0. The map draws it as a dot, labelled in words, not as a number.", from: "mean of claims.position"},
    min: {type: "integer, -2 to 2, or null", meaning: "Lowest position among those claims (the left or lower end of the whisker).", from: "min of claims.position"},
    max: {type: "integer, -2 to 2, or null", meaning: "Highest position among those claims.", from: "max of claims.position"},
    n_direct: {type: "integer ≥ 0", meaning: "Of those claims, the ones quoted directly.", from: "count of mode = direct"},
    indirect_only: {type: "true or false", meaning: "true when n > 0 and none of the claims is a direct quotation: the map draws a hollow dot.", from: "n > 0 and n_direct = 0"},
    too_little: {type: "true or false", meaning: tooLittle, from: `n < ${MIN_CLAIMS_FOR_POSITION}`},
    claims: {type: idList("claim"), meaning: "The claims behind the position (the map's \"why here?\" list).", from: "claim ids"}
  },
  events: {
    id: {copy: "events:id"},
    title: {copy: "events:title"},
    start: {copy: "events:start"},
    end: {copy: "events:end"},
    precision: {copy: "events:precision"},
    kind: {copy: "events:kind"},
    place: {copy: "events:place"},
    description: {copy: "events:description"},
    actors: {copy: "events:actors"},
    in_article: {copy: "events:in_article"},
    mentions: {
      type: "list of objects {start, end, paragraph}",
      meaning: "Where the article mentions the event: character offsets (UTF-16 code units) and paragraph of each mention; /source#event-ID links to the first.",
      from: "events.yaml mentions[].quote resolved in the article"
    },
    bears_on: {copy: "events:bears_on"},
    citations: {copy: "events:citations"},
    note: {copy: "events:note"}
  },
  corrections: {
    id: {copy: "corrections:id"},
    source: {copy: "corrections:source"},
    text: {copy: "corrections:text"},
    start: {type: "integer ≥ 0", meaning: "Where the text starts in the source, in UTF-16 code units.", from: "text resolved in the source text (occurrence picks among repeats)"},
    end: {type: "integer ≥ 0", meaning: "Where it ends (exclusive).", from: "start + length of the text"},
    paragraph: {type: "integer ≥ 1", meaning: "Paragraph of the source text holding it.", from: "the paragraph whose range holds start"},
    means: {copy: "corrections:means"},
    kind: {copy: "corrections:kind"},
    note: {copy: "corrections:note"},
    citations: {copy: "corrections:citations"}
  }
};

function column(name: string, spec: Copied | Derived, files: Dictionary["files"]): ColumnEntry {
  if ("copy" in spec) {
    const [key, field] = spec.copy.split(":") as [FileKey, string];
    const entry = files[key]?.fields.find((f) => f.name === field);
    if (!entry) throw new Error(`data dictionary: ${spec.copy} is not a field of ${FILES[key]?.file ?? key}`);
    // An optional field without a default is published as null when absent.
    const nullable = !entry.required && !entry.type.startsWith("list");
    return {
      name,
      type: spec.type ?? (nullable ? `${entry.type}, or null` : entry.type),
      meaning: spec.meaning ?? entry.meaning,
      origin: "annotation",
      from: `${FILES[key].file}: ${field}`
    };
  }
  return {name, type: spec.type, meaning: spec.meaning, origin: "derived", from: spec.from};
}

/**
 * The whole dictionary. With `tables`, columns follow the published order and
 * any column that is published but not described (or described but not
 * published) is an error, so the build fails instead of shipping a stale page.
 */
export function buildDictionary(tables?: StoryTables): Dictionary {
  const files = Object.fromEntries(
    (Object.keys(FILES) as FileKey[]).map((key) => [key, {file: FILES[key].file, noun: FILES[key].noun, fields: describeFile(key)}])
  ) as Dictionary["files"];
  const problems: string[] = [];
  const out = {} as Dictionary["tables"];
  for (const table of Object.keys(TABLE_SPECS) as (keyof StoryTables)[]) {
    const spec = TABLE_SPECS[table];
    let names = Object.keys(spec);
    const first = tables?.[table][0] as Record<string, unknown> | undefined;
    if (first) {
      const published = Object.keys(first);
      const undescribed = published.filter((c) => !(c in spec));
      const missing = names.filter((c) => !published.includes(c));
      if (undescribed.length) problems.push(`${table}: column(s) ${undescribed.join(", ")} are published but not described in loaders/dictionary.ts`);
      if (missing.length) problems.push(`${table}: column(s) ${missing.join(", ")} are described but not published`);
      names = [...published.filter((c) => c in spec), ...names.filter((c) => !published.includes(c))];
    }
    out[table] = names.map((name) => column(name, spec[name]!, files));
  }
  if (problems.length) throw new Error(`data dictionary is out of date:\n  ${problems.join("\n  ")}`);
  return {files, tables: out};
}
