// Site-wide audit of the built site: every page, desktop and phone widths.
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

const pages = listBuiltPages();

test("the build produced pages", () => {
  expect(pages.length, "no pages in dist/: run `npm run build`").toBeGreaterThan(0);
});

for (const {name, width, height} of viewports) {
  test.describe(`${name} ${width}×${height}`, () => {
    test.use({viewport: {width, height}});
    for (const path of pages) {
      test(`${path} renders cleanly and accessibly`, async ({page, baseURL}) => {
        if (!baseURL) throw new Error("baseURL is not configured");
        const watch = await watchPage(page, baseURL);
        const response = await page.goto(path);
        expect(response?.status(), `HTTP status of ${path}`).toBe(200);
        await waitForFramework(page);
        watch.assertClean();
        await noHorizontalOverflow(page);
        await runAxe(page);
        watch.assertClean(); // nothing new went wrong during the checks
      });
    }
  });
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

test("the build references no CDN", () => {
  const cdns = ["cdn.jsdelivr.net", "unpkg.com", "fonts.googleapis"];
  const hits = readDist([".html", ".js", ".css"]).flatMap(({file, text}) =>
    cdns.filter((cdn) => text.includes(cdn)).map((cdn) => `${file}: ${cdn}`)
  );
  expect(hits, "files in dist/ that reference a CDN").toEqual([]);
});
