// Shared helpers for the end-to-end tests, which run against the built site.
import {AxeBuilder} from "@axe-core/playwright";
import {expect} from "@playwright/test";
import type {Page} from "@playwright/test";
import {existsSync, readdirSync} from "node:fs";
import {join, relative, sep} from "node:path";
import {fileURLToPath} from "node:url";

export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

export interface PageWatch {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  assertClean(): void;
}

/**
 * Records console errors, uncaught exceptions and requests to any origin other
 * than baseURL's (or allowedOrigins). Foreign requests are aborted, so nothing
 * leaves the machine. Call before page.goto.
 */
export async function watchPage(
  page: Page,
  baseURL: string,
  {allowedOrigins = []}: {allowedOrigins?: string[]} = {}
): Promise<PageWatch> {
  const allowed = new Set([new URL(baseURL).origin, ...allowedOrigins.map((o) => new URL(o).origin)]);
  const watch: PageWatch = {
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    assertClean() {
      const list = (items: string[]) => items.map((item) => `\n  - ${item}`).join("");
      expect(watch.consoleErrors, `console errors on ${page.url()}:${list(watch.consoleErrors)}`).toEqual([]);
      expect(watch.pageErrors, `uncaught page errors on ${page.url()}:${list(watch.pageErrors)}`).toEqual([]);
      expect(watch.foreignRequests, `requests to foreign origins from ${page.url()}:${list(watch.foreignRequests)}`).toEqual(
        []
      );
    }
  };
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const {url, lineNumber} = message.location();
    watch.consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  page.on("pageerror", (error) => watch.pageErrors.push(error.stack ?? error.message));
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (["data:", "blob:", "about:"].includes(url.protocol) || allowed.has(url.origin)) return route.fallback();
    watch.foreignRequests.push(url.href);
    await route.abort("blockedbyclient");
  });
  return watch;
}

/** Waits until every Framework cell has settled, then fails on cell errors. */
export async function waitForFramework(page: Page, {timeout = 15_000}: {timeout?: number} = {}): Promise<void> {
  await page.waitForFunction(
    () => document.readyState === "complete" && !document.querySelector(".observablehq--loading, observablehq-loading"),
    undefined,
    {timeout}
  );
  const errors = await page.locator(".observablehq--error").allInnerTexts();
  expect(errors, `Framework cell errors on ${page.url()}:${errors.map((e) => `\n  - ${e}`).join("")}`).toEqual([]);
}

/** Runs axe (WCAG 2.x A and AA, including 2.2) and fails on any violation. */
export async function runAxe(page: Page, {exclude = []}: {exclude?: string[]} = {}): Promise<void> {
  let builder = new AxeBuilder({page}).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  for (const selector of exclude) builder = builder.exclude(selector);
  const {violations} = await builder.analyze();
  const report = violations.map((v) => {
    const targets = v.nodes.slice(0, 3).map((node) => `\n      ${JSON.stringify(node.target)}`);
    const more = v.nodes.length > 3 ? `\n      … and ${v.nodes.length - 3} more` : "";
    return `\n  - ${v.id} (${v.impact ?? "unknown impact"}): ${v.help}${targets.join("")}${more}`;
  });
  expect(violations.length, `axe violations on ${page.url()}:${report.join("")}`).toBe(0);
}

/** Fails if the page scrolls horizontally, naming the widest offenders. */
export async function noHorizontalOverflow(page: Page): Promise<void> {
  const {scrollWidth, innerWidth, offenders} = await page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const offenders: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      const {right} = element.getBoundingClientRect();
      if (right > innerWidth + 1 && offenders.length < 5) {
        const id = element.id ? `#${element.id}` : "";
        const classes = [...element.classList].map((c) => `.${c}`).join("");
        offenders.push(`${element.tagName.toLowerCase()}${id}${classes} (right edge ${Math.round(right)}px)`);
      }
    }
    return {scrollWidth: document.documentElement.scrollWidth, innerWidth, offenders};
  });
  expect(
    scrollWidth,
    `horizontal overflow on ${page.url()}: scrollWidth ${scrollWidth} > innerWidth ${innerWidth}` +
      offenders.map((o) => `\n  - ${o}`).join("")
  ).toBeLessThanOrEqual(innerWidth);
}

/** Every file below dir, as paths relative to dir with "/" separators. */
export function listDistFiles(dir: string = DIST): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run \`npm run build\` first`);
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** Clean URL of every built page: "/", "/stance-map", "/embed/grid", "/dir/". */
export function listBuiltPages(dir: string = DIST): string[] {
  return listDistFiles(dir)
    .filter((file) => file.endsWith(".html") && file !== "404.html")
    .filter((file) => !file.split("/").some((part) => part.startsWith("_"))) // _file/, _import/…: assets
    .map((file) => "/" + file.replace(/\.html$/, "").replace(/(^|\/)index$/, "$1"))
    .sort();
}
