// Writes a valid synthetic story with N claims, for benchmarks at scale:
//   tsx scripts/generate-corpus.ts --claims 10000 --out /tmp/corpus/wuzhen-2015
// Deterministic (seeded LCG): the same N always gives the same files. The
// axes and topics are the real story's, so the synthetic story exercises the
// same views; actors, claims, counterclaims, events and corrections scale with N.
import {createHash} from "node:crypto";
import {copyFileSync, mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {parseArgs} from "node:util";
import yaml from "js-yaml";

/** d3-random's LCG: deterministic and good enough for synthetic data. */
function lcg(seed = 42) {
  let state = seed >>> 0;
  return () => ((state = (1664525 * state + 1013904223) >>> 0) / 2 ** 32);
}

const TOPICS = [
  {id: "sovereignty", axis: "governance"},
  {id: "non-interference", axis: "governance"},
  {id: "order-first", axis: "values"},
  {id: "censorship", axis: "values"},
  {id: "hacking", axis: "off_map"},
  {id: "cyber-peace", axis: "off_map"},
  {id: "counterterrorism", axis: "off_map"},
  {id: "openness", axis: "off_map"},
  {id: "participation", axis: "off_map"}
];
const KINDS = ["conference", "speech", "legal", "censorship", "indictment", "diplomacy", "publication"] as const;
const TYPES = ["state", "official", "ngo", "expert", "company", "court", "defendant", "press", "group"] as const;
const MODES = ["direct", "indirect", "mixed", "reporter_paraphrase"] as const;
const CUES = ["said", "added", "urged", "claimed", "argued", "warned"];

export function generateCorpus(nClaims: number, outDir: string, templateDir = "data/wuzhen-2015"): void {
  const random = lcg(nClaims);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const nActors = Math.max(10, Math.round(nClaims / 50));
  const nEvents = Math.max(10, Math.round(nClaims / 20));
  const pad = (i: number, n: number) => String(i).padStart(String(n).length, "0");

  const actors = Array.from({length: nActors}, (_, i) => ({
    id: `actor-${pad(i, nActors)}`,
    name: `Actor ${pad(i, nActors)}`,
    type: pick(TYPES),
    country: pick(["China", "United States", "international", "Russia", "Pakistan"]),
    role: `A synthetic actor for benchmarks (${i}).`
  }));

  // The text: one paragraph per 5 claims, each claim a unique sentence.
  const paragraphs: string[] = ["Synthetic story for benchmarks"];
  const claims: Array<{id: string; quote: string} & Record<string, unknown>> = [];
  let sentences: string[] = [];
  for (let i = 0; i < nClaims; i++) {
    const id = `claim-${pad(i, nClaims)}`;
    const actor = actors[Math.floor(random() * nActors)]!;
    const topic = pick(TOPICS);
    const stance = pick(["favor", "against", "none"] as const);
    const intensity = stance === "favor" ? 1 + Math.floor(random() * 2) : stance === "against" ? -1 - Math.floor(random() * 2) : 0;
    const quote = `statement ${pad(i, nClaims)} by ${actor.name} on ${topic.id} is ${stance}`;
    sentences.push(`${actor.name} ${pick(CUES)} that ${quote}.`);
    if (sentences.length === 5) paragraphs.push(sentences.splice(0).join(" "));
    const day = 1 + Math.floor(random() * 28);
    claims.push({
      id,
      source: "article",
      actor: actor.id,
      quote,
      cue: pick(CUES),
      mode: pick(MODES),
      proposition: `Synthetic proposition on ${topic.id}.`,
      topic: topic.id,
      stance,
      intensity,
      confidence: pick(["high", "medium", "low"] as const),
      rationale: "Generated.",
      date: `2015-${pad(1 + Math.floor(random() * 12), 10)}-${String(day).padStart(2, "0")}`,
      date_precision: "day",
      verification: {status: "unconfirmed", note: "Synthetic.", citations: []}
    });
  }
  if (sentences.length) paragraphs.push(sentences.join(" "));
  const text = paragraphs.join("\n\n");

  const counterclaims = Array.from({length: Math.round(nClaims / 5)}, (_, i) => {
    const from = claims[Math.floor(random() * nClaims)]!.id;
    let to = claims[Math.floor(random() * nClaims)]!.id;
    if (to === from) to = claims[(claims.findIndex((c) => c.id === from) + 1) % nClaims]!.id;
    return {id: `cc-${pad(i, nClaims)}`, from, to, relation: pick(["rebut", "undercut", "evidence"] as const), asserted_by: "coder", rationale: "Generated."};
  });

  const citation = {url: "https://example.org/synthetic", quote: "Synthetic citation."};
  const events = Array.from({length: nEvents}, (_, i) => {
    // Two clusters with a long gap, like the real story.
    const inFirst = random() < 0.5;
    const month = inFirst ? 5 + Math.floor(random() * 2) : 11 + Math.floor(random() * 2);
    const year = inFirst ? 2014 : 2015;
    const day = 1 + Math.floor(random() * 28);
    const start = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const span = random() < 0.15;
    return {
      id: `event-${pad(i, nEvents)}`,
      title: `Synthetic event ${i}`,
      start,
      ...(span ? {end: `${year}-${String(month).padStart(2, "0")}-${String(Math.min(28, day + 2)).padStart(2, "0")}`} : {}),
      precision: pick(["day", "day", "day", "month", "approximate"] as const),
      kind: pick(KINDS),
      place: "Nowhere",
      description: "Generated.",
      actors: [pick(actors).id, pick(actors).id].filter((v, j, a) => a.indexOf(v) === j),
      in_article: false,
      bears_on: [claims[Math.floor(random() * nClaims)]!.id],
      citations: [citation]
    };
  });

  const corrections = Array.from({length: Math.max(1, Math.round(nClaims / 100))}, (_, i) => {
    const c = claims[i * 100]!;
    return {id: `fix-${pad(i, nClaims)}`, source: "article", text: c.quote, means: "(synthetic)", kind: "typo", note: "Generated."};
  });

  mkdirSync(join(outDir, "article"), {recursive: true});
  writeFileSync(join(outDir, "article", "synthetic.txt"), text);
  const sha256 = createHash("sha256").update(text).digest("hex");
  const write = (file: string, records: unknown) => writeFileSync(join(outDir, file), yaml.dump(records, {lineWidth: -1, noRefs: true, schema: yaml.CORE_SCHEMA}));
  write("sources.yaml", [
    {id: "article", title: "Synthetic story", outlet: "Benchmarks", url: "https://example.org/synthetic", published: "2015-12-16", published_precision: "day", language: "en", text_file: "article/synthetic.txt", sha256, notes: "Generated by scripts/generate-corpus.ts."}
  ]);
  write("actors.yaml", actors);
  copyFileSync(join(templateDir, "axes.yaml"), join(outDir, "axes.yaml"));
  copyFileSync(join(templateDir, "topics.yaml"), join(outDir, "topics.yaml"));
  write("claims.yaml", claims);
  write("counterclaims.yaml", counterclaims);
  write("events.yaml", events);
  write("corrections.yaml", corrections);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {values} = parseArgs({options: {claims: {type: "string", default: "1000"}, out: {type: "string"}}});
  if (!values.out) throw new Error("usage: tsx scripts/generate-corpus.ts --claims N --out DIR");
  generateCorpus(Number(values.claims), values.out);
  console.log(`wrote ${values.claims} claims to ${values.out}`);
}
