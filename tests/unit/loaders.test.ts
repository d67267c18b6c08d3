// The pipeline on the real story and on small hand-made inputs: spans,
// derived tables, determinism, hostile text, and the command-line gate.
import {spawnSync} from "node:child_process";
import {describe, expect, test} from "vitest";
import {loadStory} from "../../loaders/index.js";
import {resolveSpan, splitParagraphs} from "../../loaders/spans.js";
import {byId, fixture, STORY} from "./fixtures.js";

const {tables, meta} = loadStory(STORY);

describe("spans", () => {
  const text = "Share\n\nHead line\n\nOne “two” one\nstill one\n\nLast";
  const paragraphs = splitParagraphs(text);

  test("paragraphs are runs of non-empty lines", () => {
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(["Share", "Head line", "One “two” one\nstill one", "Last"]);
  });

  test("a quote resolves to offsets and its paragraph", () => {
    expect(resolveSpan(text, paragraphs, "“two”", undefined, "t.txt")).toEqual({ok: true, span: {start: 22, end: 27, paragraph: 3}});
  });

  test("an occurrence picks one of several matches", () => {
    expect(resolveSpan(text, paragraphs, "one", 2, "t.txt")).toEqual({ok: true, span: {start: 38, end: 41, paragraph: 3}});
  });

  test("a quote across a paragraph break is refused", () => {
    const result = resolveSpan(text, paragraphs, "Share\n\nHead", undefined, "t.txt");
    expect(result).toEqual({ok: false, message: "quote crosses a paragraph break in t.txt; split it into one quote per paragraph"});
  });
});

describe("the real story", () => {
  test("meets the coverage the story needs", () => {
    expect(tables.claims.length).toBeGreaterThanOrEqual(20);
    expect(new Set(tables.claims.map((c) => c.actor)).size).toBeGreaterThanOrEqual(10);
    expect(tables.counterclaims.length).toBeGreaterThanOrEqual(8);
    expect(tables.events.some((e) => e.id === "pu-verdict" && !e.in_article)).toBe(true);
  });

  test("every quote is the article's own text at its offsets", () => {
    const text = meta.sources[0]!.text;
    for (const c of tables.claims) expect(text.slice(c.start, c.end), c.id).toBe(c.quote);
    for (const c of tables.corrections) expect(text.slice(c.start, c.end), c.id).toBe(c.text);
  });

  test("the article is kept byte for byte, typos included", () => {
    const text = meta.sources[0]!.text;
    for (const garble of ["IMB", "Russian Federation里巴巴", "Xi Jiinping", "sovereignity"]) expect(text).toContain(garble);
    expect(tables.corrections.map((c) => c.text)).toEqual(expect.arrayContaining(["IMB", "Russian Federation里巴巴", "Xi Jiinping", "sovereignity"]));
  });

  test("positions are the mean of intensity × pole, with range, n and the too-little flag", () => {
    const xi = tables.positions.filter((p) => p.actor === "xi");
    expect(xi).toEqual([
      expect.objectContaining({axis: "governance", n: 4, mean: -2, min: -2, max: -2, too_little: false, indirect_only: false}),
      expect.objectContaining({axis: "values", n: 2, mean: -1.5, min: -2, max: -1, too_little: false})
    ]);
    const amnesty = tables.positions.find((p) => p.actor === "amnesty" && p.axis === "governance");
    expect(amnesty).toMatchObject({n: 1, mean: 2, too_little: true});
    const tech = tables.positions.find((p) => p.actor === "tech-community" && p.axis === "values");
    expect(tech).toMatchObject({n: 0, mean: null, too_little: true, indirect_only: false, claims: []});
  });

  test("stances summarise each actor × topic, mixed when both ways", () => {
    const cell = tables.stances.find((s) => s.actor === "xi" && s.topic === "sovereignty");
    expect(cell).toMatchObject({n: 3, n_favor: 3, stance: "favor"});
  });

  test("counterclaims carry both actors", () => {
    const cc = tables.counterclaims.find((c) => c.id === "trial-contradicts-freedom-order");
    expect(cc).toMatchObject({from_actor: "article-author", to_actor: "xi", relation: "evidence"});
  });

  test("actors carry their counts", () => {
    expect(tables.actors.find((a) => a.id === "xi")).toMatchObject({n_claims: 12, n_counterclaims_received: 8});
  });

  test("two loads give identical JSON", () => {
    expect(JSON.stringify(loadStory(STORY).tables)).toBe(JSON.stringify(tables));
  });
});

describe("hostile and non-Latin text", () => {
  test("survives the pipeline as text, unchanged", () => {
    const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)> “quotes” 'single' 中文 عربى`;
    const dir = fixture("hostile-text", {
      "actors.yaml": (r) => void (byId(r, "amnesty").role = hostile),
      "claims.yaml": (r) => void (byId(r, "amnesty-guise").rationale = hostile)
    });
    const loaded = loadStory(dir);
    expect(loaded.tables.actors.find((a) => a.id === "amnesty")!.role).toBe(hostile);
    expect(loaded.tables.claims.find((c) => c.id === "amnesty-guise")!.rationale).toBe(hostile);
  });
});

describe("the command-line gate", () => {
  const tsx = "node_modules/.bin/tsx";

  test("check passes on the real story and prints the counts", () => {
    const run = spawnSync(tsx, ["loaders/cli.ts", "check", STORY], {encoding: "utf8"});
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${STORY}: ok (16 actors, 29 claims, 10 counterclaims, 22 stances, 20 positions, 13 events, 16 corrections)\n`);
  });

  test("check exits 1 on a broken story, with the problems on stderr", () => {
    const dir = fixture("cli-broken", {"claims.yaml": (r) => void (byId(r, "xi-no-hegemony").actor = "nobody")});
    const run = spawnSync(tsx, ["loaders/cli.ts", "check", dir], {encoding: "utf8"});
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('tests/.tmp/cli-broken/claims.yaml: claim "xi-no-hegemony", field "actor": unknown actor "nobody"; valid choices: amnesty,');
    expect(run.stdout).toBe("");
  });

  test("a Framework data loader writes nothing to stdout when the data is broken", () => {
    fixture("loader-broken", {"claims.yaml": (r) => void (byId(r, "xi-no-hegemony").stance = "maybe")});
    // emit() reads data/<story>; point it at the fixture through a relative story path is not
    // allowed (ids only), so run the loader body directly against the fixture folder.
    const script = `import {loadStory} from "./loaders/index.ts"; try { process.stdout.write(JSON.stringify(loadStory("tests/.tmp/loader-broken").tables.claims)); } catch (e) { console.error(e.message); process.exit(1); }`;
    const run = spawnSync(tsx, ["--eval", script], {encoding: "utf8"});
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('field "stance": "maybe" is not a valid choice; valid choices: favor, against, none');
  });

  test("the loader refuses a story argument that is not a plain folder name", () => {
    const run = spawnSync(tsx, ["src/data/[story]/claims.json.ts", "--story=../etc"], {encoding: "utf8"});
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('expected --story=<folder in data/>, got "../etc"');
  });
});
