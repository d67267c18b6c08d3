// Deterministic SVG/HTML snapshots, after Observable Plot's test harness:
// numbers rounded to 2 decimals, serialised markup compared with a committed
// file in tests/charts/snapshots/. A missing snapshot is written locally but
// fails on CI (CI=true) so that expectations are never made up there; a
// mismatch writes `<name>.changed.svg` beside the expected file for review.
import {existsSync, readFileSync, writeFileSync, unlinkSync} from "node:fs";
import {join} from "node:path";
import {expect} from "vitest";

const DIR = join(import.meta.dirname, "snapshots");

export function normalize(markup: string): string {
  return markup
    .replace(/(\d+\.\d{3,})/g, (d) => String(Math.round(Number(d) * 100) / 100))
    .replace(/></g, ">\n<");
}

export function expectSnapshot(name: string, node: Element): void {
  const actual = normalize(node.outerHTML) + "\n";
  const expectedPath = join(DIR, `${name}.svg`);
  const changedPath = join(DIR, `${name}.changed.svg`);
  if (!existsSync(expectedPath)) {
    if (process.env.CI) throw new Error(`missing snapshot ${expectedPath}; generate it locally with npm run test:unit`);
    writeFileSync(expectedPath, actual);
    return;
  }
  const expected = readFileSync(expectedPath, "utf8");
  if (actual !== expected) writeFileSync(changedPath, actual);
  else if (existsSync(changedPath)) unlinkSync(changedPath);
  expect(actual, `snapshot ${name} changed; see ${changedPath}`).toBe(expected);
}
