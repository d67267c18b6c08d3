// Site-wide audit of the built site: every page that exists in dist/ at test
// time (so pages added later are covered without editing this file), at
// desktop and phone widths, in the light and the dark colour scheme: no
// console errors or uncaught exceptions, no Framework error cells, nothing
// requested from another origin, no horizontal scroll, no axe violations.
import {expect, test} from "@playwright/test";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {
  DIST,
  listBuiltPages,
  listDistFiles,
  noHorizontalOverflow,
  runAxe,
  waitForFramework,
  watchPage
} from "./helpers.js";

const viewports = [
  {name: "desktop", width: 1280, height: 800},
  {name: "phone", width: 375, height: 667}
];
const schemes = ["light", "dark"] as const;

const pages = listBuiltPages();
// Each page × size × scheme is independent: spread them over the workers.
test.describe.configure({mode: "parallel"});

test("the build produced pages", () => {
  expect(pages.length, "no pages in dist/: run `npm run build`").toBeGreaterThan(0);
});

for (const {name, width, height} of viewports) {
  for (const colorScheme of schemes) {
    test.describe(`${name} ${width}×${height}, ${colorScheme}`, () => {
      test.use({viewport: {width, height}, colorScheme});
      for (const path of pages) {
        test(`${path} renders cleanly and accessibly`, async ({page, baseURL}) => {
          if (!baseURL) throw new Error("baseURL is not configured");
          const watch = await watchPage(page, baseURL);
          const response = await page.goto(path);
          expect(response?.status(), `HTTP status of ${path}`).toBe(200);
          await waitForFramework(page);
          watch.assertClean();
          // The scheme really applies: light text on dark, dark text on light.
          const lightText = await page.evaluate(() => {
            const [r, g, b] = (getComputedStyle(document.body).color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
            return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) > 128;
          });
          expect(lightText, `${path}: text colour in the ${colorScheme} scheme`).toBe(colorScheme === "dark");
          await noHorizontalOverflow(page);
          await runAxe(page);
          watch.assertClean(); // nothing new went wrong during the checks
        });
      }
    });
  }
}

function readDist(extensions: string[]): {file: string; text: string}[] {
  return listDistFiles()
    .filter((file) => extensions.some((ext) => file.endsWith(ext)))
    .map((file) => ({file, text: readFileSync(join(DIST, file), "utf8")}));
}

test("every page declares lang=en and allows zooming", () => {
  // Both are patched into Framework's page shell by scripts/patch-framework.mjs.
  const html = readDist([".html"]);
  expect(html.length).toBeGreaterThan(0);
  const missingLang = html.filter(({text}) => !/<html\s+lang="en"[\s>]/.test(text)).map(({file}) => file);
  expect(missingLang, 'pages without <html lang="en">').toEqual([]);
  const zoomBlocked = html
    .filter(({text}) =>
      [...text.matchAll(/<meta\s[^>]*name=["']?viewport["']?[^>]*>/gi)].some(([tag]) =>
        /maximum-scale|user-scalable\s*=\s*(no|0)/i.test(tag)
      )
    )
    .map(({file}) => file);
  expect(zoomBlocked, "pages whose viewport meta blocks zooming").toEqual([]);
});

test("every page has a meta description (from its front matter)", () => {
  // observablehq.config.ts reads `description:` from each page's front matter (Lighthouse SEO).
  const missing = readDist([".html"])
    .filter(({file}) => file !== "404.html" && !file.split("/").some((part) => part.startsWith("_")))
    .filter(({text}) => !/<meta name="description" content="[^"]{50,}">/.test(text))
    .map(({file}) => file);
  expect(missing, "pages without a meta description of at least 50 characters").toEqual([]);
});

test("the build references no CDN", () => {
  const cdns = ["cdn.jsdelivr.net", "unpkg.com", "fonts.googleapis"];
  const hits = readDist([".html", ".js", ".css"]).flatMap(({file, text}) =>
    cdns.filter((cdn) => text.includes(cdn)).map((cdn) => `${file}: ${cdn}`)
  );
  expect(hits, "files in dist/ that reference a CDN").toEqual([]);
});
