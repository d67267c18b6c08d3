// `npm run bench`: speed and size as figures anyone can reproduce on this
// machine. Writes bench-results.json and BENCHMARKS.md with every figure next
// to its budget. Nothing here asserts: tests check behaviour, this measures.
//
//   tsx scripts/bench.ts [--skip-lighthouse] [--skip-scale] [--runs 50] [--sizes 1000,10000]
//
// 1. Clean build of the real site (time).
// 2. Every built page in Chromium: bytes transferred, raw and gzip, by kind.
// 3. Lighthouse 12.2.3, mobile, every page (served gzipped, as a host would).
// 4. Filter latency: choosing an actor → every view updated (the views update
//    synchronously in the same task, so the figure is click → forced layout),
//    median and p95 over N changes.
// 5. The story: cumulative layout shift and the longest task while scrolling.
// 6. Synthetic corpora of 1,000 and 10,000 claims: loader time, build time and
//    filter latency on the stance map and the timeline.
import {chromium, type Browser, type Page} from "@playwright/test";
import {execFileSync, spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {parseArgs} from "node:util";
import {gzipSync} from "node:zlib";
import {build} from "./build.js";
import {ROOT as ROOT_DIR} from "./clean.js";
import {generateCorpus} from "./generate-corpus.js";
import {startServer} from "./serve.js";
import {loadStory} from "../loaders/index.js";

const {values: args} = parseArgs({
  options: {
    "skip-lighthouse": {type: "boolean", default: false},
    "skip-scale": {type: "boolean", default: false},
    runs: {type: "string", default: "50"},
    sizes: {type: "string", default: "1000,10000"}
  }
});
const RUNS = Number(args.runs);

const BUDGET = {
  pageKB: 100, // gzip JS + CSS + data, fonts excluded
  lighthousePerformance: 95,
  lighthouseOther: 100,
  filterP95StoryMs: 16,
  filterP95LargeMs: 50,
  loader10kMs: 3000,
  storyCls: 0
};

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path)) throw new Error(`bench: no Chromium at ${path}; install Debian's chromium or set CHROMIUM_PATH`);
  return path;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.ceil(i)]! - s[lo]!) * (i - lo);
};
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function listPages(dist: string, dir = dist): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith("_")) out.push(...listPages(dist, path));
    else if (entry.name.endsWith(".html") && entry.name !== "404.html") {
      const rel = "/" + relative(dist, path).replace(/\.html$/, "");
      out.push(rel === "/index" ? "/" : rel.replace(/\/index$/, "/"));
    }
  }
  return out.sort();
}

type Kind = "js" | "css" | "data" | "fonts" | "html" | "other";
function kindOf(url: string, contentType: string): Kind {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path) || contentType.includes("javascript")) return "js";
  if (/\.css$/.test(path) || contentType.includes("css")) return "css";
  if (/\.(json|csv|txt)$/.test(path) || contentType.includes("json")) return "data";
  if (/\.(woff2?|ttf|otf)$/.test(path) || contentType.startsWith("font/")) return "fonts";
  if (contentType.includes("html")) return "html";
  return "other";
}

interface Weight {
  raw: Record<Kind, number>;
  gzip: Record<Kind, number>;
  requests: number;
  budgetKB: number;
}

async function pageWeight(browser: Browser, url: string): Promise<Weight> {
  const page = await browser.newPage({viewport: {width: 1280, height: 800}});
  const zero = () => ({js: 0, css: 0, data: 0, fonts: 0, html: 0, other: 0});
  const weight: Weight = {raw: zero(), gzip: zero(), requests: 0, budgetKB: 0};
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    pending.push(
      (async () => {
        if (response.status() >= 300) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const kind = kindOf(response.url(), response.headers()["content-type"] ?? "");
        weight.raw[kind] += body.length;
        weight.gzip[kind] += gzipSync(body, {level: 9}).length;
        weight.requests++;
      })()
    );
  });
  await page.goto(url, {waitUntil: "networkidle"});
  await Promise.all(pending);
  await page.close();
  weight.budgetKB = round((weight.gzip.js + weight.gzip.css + weight.gzip.data) / 1024);
  return weight;
}

async function filterLatency(browser: Browser, url: string, runs: number): Promise<{median: number; p95: number; max: number; n: number} | null> {
  const page: Page = await browser.newPage({viewport: {width: 1280, height: 800}});
  await page.goto(url, {waitUntil: "networkidle"});
  const count = await page.locator(".wz-actor-filter input[type=checkbox]").count();
  if (count === 0) {
    await page.close();
    return null;
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate: choose actor k, then clear it (each click is one change).
    const ms = await page.evaluate((index) => {
      const boxes = document.querySelectorAll<HTMLInputElement>(".wz-actor-filter input[type=checkbox]");
      const box = boxes[Math.floor(index / 2) % boxes.length]!;
      const t0 = performance.now();
      box.click();
      document.body.getBoundingClientRect(); // style and layout of every updated view
      void document.body.offsetHeight;
      return performance.now() - t0;
    }, i);
    times.push(ms);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  await page.close();
  return {median: round(quantile(times, 0.5), 2), p95: round(quantile(times, 0.95), 2), max: round(Math.max(...times), 2), n: times.length};
}

async function storyScroll(browser: Browser, url: string): Promise<{cls: number; longestTaskMs: number; steps: number} | null> {
  const page = await browser.newPage({viewport: {width: 1280, height: 800}});
  await page.addInitScript(() => {
    const w = window as unknown as {__cls: number; __longest: number};
    w.__cls = 0;
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & {value: number; hadRecentInput: boolean}>) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({type: "layout-shift", buffered: true});
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({type: "longtask", buffered: true});
  });
  await page.goto(url, {waitUntil: "networkidle"});
  const steps = await page.locator("[data-step]").count();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 200) {
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(600);
  const result = await page.evaluate(() => {
    const w = window as unknown as {__cls: number; __longest: number};
    return {cls: w.__cls, longestTaskMs: w.__longest};
  });
  await page.close();
  return {cls: round(result.cls, 4), longestTaskMs: round(result.longestTaskMs), steps};
}

async function lighthouseAudit(url: string, port: number) {
  const {default: lighthouse} = await import("lighthouse");
  const result = await lighthouse(url, {port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"]});
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const {categories, audits} = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const failing = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
    .map((a) => a.id);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
    tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
    cls: round(audits["cumulative-layout-shift"]?.numericValue ?? 0, 3),
    failing
  };
}

/** A scratch copy of the project whose story is a synthetic corpus (same folder name, so the pages load it). */
function syntheticProject(nClaims: number): string {
  const dir = mkdtempSync(join(tmpdir(), `wz-bench-${nClaims}-`));
  for (const entry of ["package.json", "tsconfig.json", "observablehq.config.ts", "loaders", "scripts", "src", "data"]) {
    cpSync(join(ROOT_DIR, entry), join(dir, entry), {recursive: true, filter: (src) => !src.includes(`${"/"}.observablehq${"/"}`)});
  }
  symlinkSync(join(ROOT_DIR, "node_modules"), join(dir, "node_modules"));
  rmSync(join(dir, "data", "wuzhen-2015"), {recursive: true});
  generateCorpus(nClaims, join(dir, "data", "wuzhen-2015"), join(ROOT_DIR, "data", "wuzhen-2015"));
  return dir;
}

async function main() {
  const machine = `${execFileSync("nproc").toString().trim()} cores, Node ${process.version}, ${execFileSync(chromiumPath(), ["--version"]).toString().trim()}`;
  console.log(`bench: ${machine}`);

  console.log("bench: clean build of the real site");
  const {ms: buildMs} = await build({quiet: true});
  const server = await startServer({root: join(ROOT_DIR, "dist"), port: 0, gzip: true});
  const browser = await chromium.launch({executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, "--remote-debugging-port=9333"]});
  const pages = listPages(join(ROOT_DIR, "dist"));

  const perPage: Record<string, {weight: Weight; lighthouse?: Awaited<ReturnType<typeof lighthouseAudit>>; filter?: Awaited<ReturnType<typeof filterLatency>>}> = {};
  for (const path of pages) {
    console.log(`bench: ${path}`);
    const url = `${server.url}${path}`;
    perPage[path] = {weight: await pageWeight(browser, url)};
    perPage[path]!.filter = await filterLatency(browser, url, RUNS);
    if (!args["skip-lighthouse"]) perPage[path]!.lighthouse = await lighthouseAudit(url, 9333);
  }
  const story = await storyScroll(browser, `${server.url}/`);
  await browser.close();
  await server.close();

  const scale: Record<string, unknown>[] = [];
  if (!args["skip-scale"]) {
    for (const n of args.sizes.split(",").map(Number)) {
      console.log(`bench: synthetic corpus of ${n} claims`);
      const dir = syntheticProject(n);
      // Loaders (read, validate, resolve quotes, derive every table): the median of three runs.
      const loaderRuns = [0, 1, 2].map(() => {
        const t0 = performance.now();
        loadStory(join(dir, "data", "wuzhen-2015"));
        return performance.now() - t0;
      });
      const loaderMs = Math.round(quantile(loaderRuns, 0.5));
      const t1 = performance.now();
      const run = spawnSync("npm", ["run", "build", "--silent"], {cwd: dir, encoding: "utf8"});
      const scaleBuildMs = Math.round(performance.now() - t1);
      if (run.status !== 0) throw new Error(`bench: build of the ${n}-claim corpus failed:\n${run.stdout}\n${run.stderr}`);
      const s = await startServer({root: join(dir, "dist"), port: 0});
      const b = await chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
      const stanceMap = await filterLatency(b, `${s.url}/stance-map`, RUNS);
      const stanceMapMap = await filterLatency(b, `${s.url}/stance-map?view=map`, RUNS);
      const timeline = await filterLatency(b, `${s.url}/timeline`, RUNS);
      await b.close();
      await s.close();
      rmSync(dir, {recursive: true, force: true});
      scale.push({claims: n, loaderMs, buildMs: scaleBuildMs, stanceMap, stanceMapMap, timeline});
    }
  }

  const results = {date: new Date().toISOString().slice(0, 10), machine, budgets: BUDGET, buildMs: Math.round(buildMs), pages: perPage, story, scale};
  writeFileSync(join(ROOT_DIR, "bench-results.json"), JSON.stringify(results, null, 2) + "\n");
  writeFileSync(join(ROOT_DIR, "BENCHMARKS.md"), markdown(results));
  console.log("bench: wrote BENCHMARKS.md and bench-results.json");
}

const ok = (pass: boolean) => (pass ? "✓" : "✗ over budget");
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function markdown(r: {
  date: string;
  machine: string;
  buildMs: number;
  pages: Record<string, {weight: Weight; lighthouse?: Awaited<ReturnType<typeof lighthouseAudit>>; filter?: Awaited<ReturnType<typeof filterLatency>>}>;
  story: Awaited<ReturnType<typeof storyScroll>>;
  scale: Record<string, unknown>[];
}): string {
  const lines: string[] = [];
  lines.push("# Benchmarks", "", `Written by \`npm run bench\` on ${r.date} (${r.machine}). Figures, not assertions: every figure stands beside its budget.`, "");
  lines.push(`Clean build of the real site: **${(r.buildMs / 1000).toFixed(1)} s** (validation, loaders, two Framework passes for deterministic output).`, "");
  lines.push("## Page weight (bytes transferred, KB)", "", `Budget: at most ${BUDGET.pageKB} KB gzip of JS + CSS + data per page, fonts excluded.`, "");
  lines.push("| page | JS raw / gzip | CSS raw / gzip | data raw / gzip | fonts | HTML gzip | requests | JS+CSS+data gzip | budget |");
  lines.push("|---|---|---|---|---|---|---|---|---|");
  for (const [path, {weight: w}] of Object.entries(r.pages)) {
    lines.push(`| \`${path}\` | ${kb(w.raw.js)} / ${kb(w.gzip.js)} | ${kb(w.raw.css)} / ${kb(w.gzip.css)} | ${kb(w.raw.data)} / ${kb(w.gzip.data)} | ${kb(w.gzip.fonts)} | ${kb(w.gzip.html)} | ${w.requests} | **${w.budgetKB}** | ${ok(w.budgetKB <= BUDGET.pageKB)} |`);
  }
  if (Object.values(r.pages).some((p) => p.lighthouse)) {
    lines.push("", "## Lighthouse 12.2.3 (mobile, Debian Chromium, served gzipped)", "", `Budget: performance ≥ ${BUDGET.lighthousePerformance}; accessibility, best practices and SEO = 100.`, "");
    lines.push("| page | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS | budget | failing audits |");
    lines.push("|---|---|---|---|---|---|---|---|---|---|");
    for (const [path, {lighthouse: l}] of Object.entries(r.pages)) {
      if (!l) continue;
      const pass = l.performance >= BUDGET.lighthousePerformance && l.accessibility === 100 && l.bestPractices === 100 && l.seo === 100;
      lines.push(`| \`${path}\` | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcpMs} | ${l.tbtMs} | ${l.cls} | ${ok(pass)} | ${l.failing.join(", ") || "none"} |`);
    }
  }
  lines.push("", "## Filter latency (story scale)", "", `Choosing an actor → every view updated (click → forced style and layout), ${RUNS} changes. Budget: p95 ≤ ${BUDGET.filterP95StoryMs} ms.`, "");
  lines.push("| page | median ms | p95 ms | max ms | budget |", "|---|---|---|---|---|");
  for (const [path, {filter: f}] of Object.entries(r.pages)) if (f) lines.push(`| \`${path}\` | ${f.median} | ${f.p95} | ${f.max} | ${ok(f.p95 <= BUDGET.filterP95StoryMs)} |`);
  if (r.story) {
    lines.push("", "## The story while scrolling", "", `Scrolled top to bottom with the mouse wheel in Chromium at 1280×800 (${r.story.steps} steps). Budget: CLS = ${BUDGET.storyCls}.`, "");
    lines.push(`- Cumulative layout shift: **${r.story.cls}** ${ok(r.story.cls <= BUDGET.storyCls)}`, `- Longest task: **${r.story.longestTaskMs} ms** (0 means no task over 50 ms)`);
  }
  if (r.scale.length) {
    lines.push("", "## Scale: synthetic corpora", "", `\`scripts/generate-corpus.ts\` writes valid annotations (seeded) with N claims, N/50 actors and N/20 events; the site is built with it in place of the story. Budgets: loaders for 10,000 claims ≤ ${BUDGET.loader10kMs} ms; filter p95 ≤ ${BUDGET.filterP95LargeMs} ms at 10,000 claims.`, "");
    lines.push("| claims | loader ms | build s | stance map (grid) filter median / p95 ms | stance map (map view) median / p95 ms | timeline filter median / p95 ms | budget |", "|---|---|---|---|---|---|---|");
    type F = {median: number; p95: number} | null | undefined;
    const cell = (f: F) => (f ? `${f.median} / ${f.p95}` : "n/a");
    for (const s of r.scale as Array<{claims: number; loaderMs: number; buildMs: number; stanceMap: F; stanceMapMap?: F; timeline: F}>) {
      const pass = s.claims < 10000 || (s.loaderMs <= BUDGET.loader10kMs && [s.stanceMap, s.stanceMapMap, s.timeline].every((f) => (f?.p95 ?? 0) <= BUDGET.filterP95LargeMs));
      lines.push(`| ${s.claims.toLocaleString("en")} | ${s.loaderMs} | ${(s.buildMs / 1000).toFixed(1)} | ${cell(s.stanceMap)} | ${cell(s.stanceMapMap)} | ${cell(s.timeline)} | ${ok(pass)} |`);
    }
    lines.push("", "At scale the views render a page at a time (claim list and counterclaims 50, grid 25 actors, timeline list 50 events: \"Show more\" adds the next page), keep their rows between filter changes, and the hidden view of the grid/map switch waits until it is shown; the map and timeline keep their last drawings for reuse.");
  }
  lines.push("");
  return lines.join("\n");
}

await main();
