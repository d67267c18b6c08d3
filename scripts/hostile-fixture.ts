// A hostile copy of the project: the same pages, loaders and article, with
// every free-text field of the annotations (names, roles, notes, cue verbs,
// propositions, rationales, event titles and descriptions, places, correction
// notes, citation quotes and titles, topic and axis labels…) laced with markup
// and script payloads and stray quotes. The verbatim quotes of the article, ids,
// dates, enums and URLs are left alone, so the story still validates. The site
// built from it must render every payload as plain text: tests/e2e/hostile.spec.ts
// visits every page and fails if any script runs.
//
//   tsx scripts/hostile-fixture.ts --out /tmp/wz-hostile [--build]
//
// `hostileSite()` (used by the test) builds it once into the temp directory,
// under a name derived from the project's sources, and reuses that build while
// the sources are unchanged.
import {spawn} from "node:child_process";
import {createHash} from "node:crypto";
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import yaml from "js-yaml";

// The project's root; not read at import time, so that the payloads and laceStory
// can be imported where import.meta.url is not a file (jsdom tests).
const root = () => fileURLToPath(new URL("..", import.meta.url));

/** Set by a payload that runs; the test fails if it is ever set (or if a dialog opens). */
export const PWNED_FLAG = "__pwned";

/** Appended to free text, one after another. Each must stay visible as text. */
export const PAYLOADS = [
  `<script>window.${PWNED_FLAG}=1</script>`,
  `<img src=x onerror="window.${PWNED_FLAG}=1">`,
  `<img src=x onerror=alert(1)>`,
  `"><svg onload="window.${PWNED_FLAG}=1">`,
  `'"></title></textarea></style></script><script>alert(1)</script>`,
  `javascript:window.${PWNED_FLAG}=1`,
  `O'Brien's "quoted" \`tick\` & <b>bold</b> &lt;i&gt;`
] as const;

/**
 * For labels that size a layout (the grid's topic columns): markup and quotes
 * in short words, so that the grid keeps its table layout at desktop width
 * and the table is exercised too.
 */
export const SHORT_PAYLOAD = `<b>bold</b> <i>it</i> "q' &amp;`;

/** Free-text fields, per file, as dotted paths ("[]" walks a list); ":short" takes SHORT_PAYLOAD. */
export const LACED_FIELDS: Record<string, readonly string[]> = {
  "actors.yaml": ["name", "name_zh", "country", "role", "notes"],
  "axes.yaml": ["label", "minus_label", "plus_label", "description", "literature[].citation"],
  "claims.yaml": ["cue", "proposition", "rationale", "verification.note", "verification.citations[].quote", "verification.citations[].title"],
  "corrections.yaml": ["means", "note", "citations[].quote", "citations[].title"],
  "counterclaims.yaml": ["rationale"],
  "events.yaml": ["title", "place", "description", "note", "citations[].quote", "citations[].title"],
  "sources.yaml": ["title", "outlet", "notes"],
  "topics.yaml": ["label:short", "target", "description"]
};

type Json = string | number | boolean | null | Json[] | {[key: string]: Json};

/** Appends a payload to the string at `path` in `value` (every item of a list for "[]"). */
function lace(value: Json, path: readonly string[], next: () => string): Json {
  if (path.length === 0) return typeof value === "string" ? `${value} ${next()}` : value;
  const [head, ...rest] = path as [string, ...string[]];
  if (head.endsWith("[]")) {
    const key = head.slice(0, -2);
    const obj = value as {[key: string]: Json};
    if (obj && Array.isArray(obj[key])) obj[key] = (obj[key] as Json[]).map((item) => lace(item, rest, next));
    return value;
  }
  const obj = value as {[key: string]: Json};
  if (obj && typeof obj === "object" && !Array.isArray(obj) && head in obj) obj[head] = lace(obj[head]!, rest, next);
  return value;
}

/** Rewrites the story's YAML files in `storyDir` with payloads in every free-text field; returns how many fields were laced. */
export function laceStory(storyDir: string): number {
  let n = 0;
  const next = () => PAYLOADS[n++ % PAYLOADS.length]!;
  for (const [file, fields] of Object.entries(LACED_FIELDS)) {
    const path = join(storyDir, file);
    if (!existsSync(path)) continue;
    const records = yaml.load(readFileSync(path, "utf8"), {schema: yaml.CORE_SCHEMA}) as Json[];
    for (const record of records) {
      for (const field of fields) {
        const [fieldPath, kind] = field.split(":") as [string, string | undefined];
        lace(record, fieldPath.split("."), kind === "short" ? () => (n++, SHORT_PAYLOAD) : next);
      }
    }
    writeFileSync(path, yaml.dump(records, {schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true}));
  }
  return n;
}

const COPIED = ["package.json", "tsconfig.json", "observablehq.config.ts", "loaders", "scripts", "src", "data"];
// Framework's cache is not copied: the hostile build starts from scratch.
const keep = (src: string) => !src.split(/[\\/]/).includes(".observablehq");

/** A scratch copy of the project (node_modules linked) with a laced story. */
export function createHostileProject(dir: string): string {
  const ROOT = root();
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), {recursive: true, filter: keep});
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  const laced = laceStory(join(dir, "data", "wuzhen-2015"));
  if (laced === 0) throw new Error("hostile-fixture: no field was laced");
  return dir;
}

function run(cwd: string, command: string, args: string[]): Promise<{code: number; output: string}> {
  const ROOT = root();
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      env: {...process.env, PATH: `${join(ROOT, "node_modules", ".bin")}:${process.env.PATH ?? ""}`, OBSERVABLE_TELEMETRY_DISABLE: "true"},
      stdio: ["ignore", "pipe", "pipe"]
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => done({code: code ?? 1, output}));
  });
}

/** Validates and builds the hostile project (one Framework pass: determinism is not at stake here). */
export async function buildHostileProject(dir: string): Promise<string> {
  const check = await run(dir, "tsx", ["loaders/cli.ts", "check"]);
  if (check.code !== 0) throw new Error(`hostile-fixture: the laced story does not validate:\n${check.output}`);
  rmSync(join(dir, "dist"), {recursive: true, force: true});
  const {code, output} = await run(dir, "observable", ["build"]);
  const {checkBuildOutput} = await import("./build.js");
  checkBuildOutput(code, output);
  return join(dir, "dist");
}

/** Hash of everything the build reads, so that a kept build is reused only while it is current. */
function sourcesHash(): string {
  const ROOT = root();
  const hash = createHash("sha256");
  const walk = (path: string) => {
    if (!keep(path) || !existsSync(path)) return;
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
    else hash.update(relative(ROOT, path)).update(readFileSync(path));
  };
  for (const entry of COPIED) walk(join(ROOT, entry));
  return hash.digest("hex").slice(0, 12);
}

/** The built hostile site (its dist/), built on first use and kept in the temp directory while the sources are unchanged. */
export async function hostileSite(): Promise<string> {
  // One directory per checkout (several may test at once on one machine), one build per state of its sources.
  const base = join(tmpdir(), `wz-hostile-${createHash("sha256").update(root()).digest("hex").slice(0, 8)}`);
  const dir = join(base, sourcesHash());
  const done = join(dir, ".built");
  if (existsSync(done)) return join(dir, "dist");
  // Older builds are stale: remove them.
  if (existsSync(base)) for (const name of readdirSync(base)) if (join(base, name) !== dir) rmSync(join(base, name), {recursive: true, force: true});
  createHostileProject(dir);
  const dist = await buildHostileProject(dir);
  writeFileSync(done, new Date(0).toISOString());
  return dist;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({options: {out: {type: "string"}, build: {type: "boolean", default: false}}});
  if (!values.out) throw new Error("usage: tsx scripts/hostile-fixture.ts --out DIR [--build]");
  const dir = createHostileProject(resolve(values.out));
  console.log(`hostile-fixture: wrote ${dir}`);
  if (values.build) console.log(`hostile-fixture: built ${await buildHostileProject(dir)}`);
}
