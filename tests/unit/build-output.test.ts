// `npm run build` must fail when Framework only *warns*: `observable build`
// exits 0 on broken links. scripts/build.ts reads Framework's output; these
// tests feed it lines that Framework 1.13.4 really printed (captured from a
// scratch project with links to missing pages, with and without colours),
// without running a build.
import {describe, expect, test} from "vitest";
import {BuildError, checkBuildOutput, findBuildProblems} from "../../scripts/build.js";

const ESC = "\u001b";
const grey = (s: string) => `${ESC}[90m${s}${ESC}[39m`;

/** The tail of a build with one broken link, as printed to a pipe (no colours). */
const ONE_BROKEN = [
  "render /index → dist/index.html",
  "",
  "┌ (1 page)          Page      Imports        Files",
  "└── index           1 kB        51 kB        26 kB",
  "",
  "Warning: 1 broken link (2 validated)",
  "↳ /index → /nowhere",
  ""
].join("\n");

/** The same report with three broken links, as printed to a terminal (ANSI colours). */
const THREE_BROKEN_COLOURED = [
  `${grey("render")} /two ${grey("→")} dist/two.html`,
  "",
  `${grey("├── ")}index    ${ESC}[32m        2 kB${ESC}[39m ${ESC}[32m       51 kB${ESC}[39m ${ESC}[32m       26 kB${ESC}[39m`,
  `${grey("└── ")}two      ${ESC}[32m        2 kB${ESC}[39m ${ESC}[32m       51 kB${ESC}[39m ${ESC}[32m       26 kB${ESC}[39m`,
  "",
  `${ESC}[33mWarning: ${ESC}[39m3 broken links (4 validated)`,
  `${grey("↳")} /index ${grey("→")} ${ESC}[31m/nowhere${ESC}[39m`,
  `${grey("↳")} /index ${grey("→")} ${ESC}[31m/a.md${ESC}[39m`,
  `${grey("↳")} /two ${grey("→")} ${ESC}[31m/gone#x${ESC}[39m`,
  ""
].join("\n");

/** A clean build's tail. */
const CLEAN = [
  `${grey("render")} /index ${grey("→")} dist/index.html`,
  `${grey("render")} /stance-map ${grey("→")} dist/stance-map.html`,
  "",
  `${grey("┌")}${grey(" (2 pages) ")}         Page      Imports        Files`,
  `${grey("├── ")}index    ${ESC}[32m        2 kB${ESC}[39m`,
  `${grey("└── ")}stance-map ${ESC}[32m        9 kB${ESC}[39m`,
  "",
  `${ESC}[32m18${ESC}[39m links validated`,
  ""
].join("\n");

describe("findBuildProblems", () => {
  test("finds Framework's broken-link warning and names each broken link", () => {
    expect(findBuildProblems(ONE_BROKEN)).toEqual(["Warning: 1 broken link (2 validated)", "↳ /index → /nowhere"]);
  });

  test("reads coloured output too", () => {
    expect(findBuildProblems(THREE_BROKEN_COLOURED)).toEqual([
      "Warning: 3 broken links (4 validated)",
      "↳ /index → /nowhere",
      "↳ /index → /a.md",
      "↳ /two → /gone#x"
    ]);
  });

  test("finds nothing in a clean build (render arrows are not broken links)", () => {
    expect(findBuildProblems(CLEAN)).toEqual([]);
  });

  test("finds loader failures that Framework only logs", () => {
    const output = [
      "load /data/wuzhen-2015/claims.json → [missing] error in 250ms: loader exited with code 1",
      "load /data/wuzhen-2015/actors.json → loader skipped due to recent error"
    ].join("\n");
    expect(findBuildProblems(output)).toHaveLength(2);
  });
});

describe("checkBuildOutput: the build fails", () => {
  test("on a broken-link warning although Framework exited 0", () => {
    expect(() => checkBuildOutput(0, ONE_BROKEN)).toThrow(BuildError);
    expect(() => checkBuildOutput(0, ONE_BROKEN)).toThrow(/reported problems\n {2}Warning: 1 broken link \(2 validated\)\n {2}↳ \/index → \/nowhere/);
  });

  test("on a non-zero exit, naming the code", () => {
    expect(() => checkBuildOutput(1, "Unexpected error: Not found: /embed/grid.js")).toThrow(/exited with code 1\n {2}Unexpected error: Not found/);
  });

  test("not on a clean build", () => {
    expect(() => checkBuildOutput(0, CLEAN)).not.toThrow();
  });
});
