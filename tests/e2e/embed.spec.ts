// Embeds on another site. The built site runs on Playwright's baseURL; a host
// page (tests/e2e/fixtures/host) runs on a second origin with a hostile
// stylesheet of its own, and embeds every chart as an iframe (sized by the
// site's /embed/host.js) and as an exported module (rendered in a shadow root).
import {expect, test} from "@playwright/test";
import type {Frame, Page} from "@playwright/test";
import {existsSync, readFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {startServer, type RunningServer} from "../../scripts/serve.js";
import {DIST, noHorizontalOverflow, runAxe, waitForFramework, watchPage} from "./helpers.js";

const HOST_ROOT = "tests/e2e/fixtures/host";
const HOST_PORT = Number(process.env.EMBED_HOST_PORT ?? 4322);
const KINDS = [
  {id: "grid", exportName: "StanceGrid"},
  {id: "map", exportName: "StanceMap"},
  {id: "timeline", exportName: "Timeline"}
] as const;
type Kind = (typeof KINDS)[number]["id"];
const DARK_BG = "rgb(22, 23, 25)"; // --wz-bg, dark
const LIGHT_BG = "rgb(255, 255, 255)"; // --wz-bg, light

let host: RunningServer;

test.beforeAll(async () => {
  try {
    host = await startServer({root: HOST_ROOT, port: HOST_PORT});
  } catch (error) {
    // Someone else holds the port: any free one is as good a second origin.
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    host = await startServer({root: HOST_ROOT, port: 0});
  }
});

test.afterAll(async () => {
  await host?.close();
});

function hostPage(baseURL: string, params: Record<string, string> = {}, file = ""): string {
  const query = new URLSearchParams({site: new URL(baseURL).origin, ...params});
  return `${host.url}/${file}?${query}`;
}

async function openHost(page: Page, baseURL: string, params: Record<string, string> = {}) {
  const watch = await watchPage(page, baseURL, {allowedOrigins: [host.url]});
  await page.goto(hostPage(baseURL, params));
  await page.waitForFunction(() => document.documentElement.dataset.ready, undefined, {timeout: 20_000});
  expect(await page.evaluate(() => document.documentElement.dataset.ready), "host page script failed").toBe("true");
  return watch;
}

async function frameOf(page: Page, kind: string): Promise<Frame> {
  const frame = await page.locator(`#frame-${kind}`).elementHandle().then((h) => h?.contentFrame());
  if (!frame) throw new Error(`no frame for ${kind}`);
  return frame;
}

/** The iframe's height on the host page and its content's height inside it. */
async function heights(page: Page, kind: string): Promise<{iframe: number; content: number; scroll: number; inner: number}> {
  const iframe = await page.locator(`#frame-${kind}`).evaluate((f) => f.getBoundingClientRect().height);
  const frame = await frameOf(page, kind);
  const inside = await frame.evaluate(() => ({
    content: document.body.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    inner: window.innerHeight
  }));
  return {iframe, ...inside};
}

/**
 * Scrolls the iframe into view (browsers pause rendering, and so
 * ResizeObserver, in off-screen cross-origin frames) and waits until it fits
 * its content, and stays so (the chart may re-lay out once it is rendered).
 */
async function expectFitted(page: Page, kind: string): Promise<number> {
  let last = -1;
  await expect
    .poll(
      async () => {
        // Again each time: the frames above it may have grown meanwhile and pushed it out of view.
        await page.locator(`#frame-${kind}`).scrollIntoViewIfNeeded();
        const h = await heights(page, kind);
        const fitted = Math.abs(h.iframe - h.content) <= 2 && h.scroll <= h.inner + 2 && h.content > 100;
        const stable = fitted && h.iframe === last;
        last = fitted ? h.iframe : -1;
        return stable;
      },
      {message: `iframe ${kind} fits its content within 2 px`, timeout: 10_000, intervals: [250]}
    )
    .toBe(true);
  return last;
}

async function waitForEmbedPage(page: Page) {
  await waitForFramework(page);
  await page.locator(".wz-embed").first().waitFor();
}

// ---------------------------------------------------------------- built files --

test("the exported modules are built, and import nothing by bare name", () => {
  const seen = new Set<string>();
  const problems: string[] = [];
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g)].map((m) => m[1]!);
    for (const spec of specifiers) {
      if (!spec.startsWith("./") && !spec.startsWith("../")) {
        problems.push(`${relative(DIST, file)} imports "${spec}"`);
        continue;
      }
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(DIST) || !existsSync(target)) problems.push(`${relative(DIST, file)} imports missing ${spec}`);
      // Framework's own stdlib lazily imports loaders for formats we never use (CSV, Arrow…): not followed.
      else if (target.endsWith(".js") && !relative(DIST, target).startsWith("_observablehq")) walk(target);
    }
  };
  for (const {id, exportName} of KINDS) {
    const file = join(DIST, "embed", `${id}.js`);
    expect(existsSync(file), `dist/embed/${id}.js`).toBe(true);
    expect(existsSync(join(DIST, "embed", `${id}.html`)), `dist/embed/${id}.html`).toBe(true);
    walk(file);
    const code = [...seen].filter((f) => f.includes(`/_import/embed/${id}.`)).map((f) => readFileSync(f, "utf8")).join("\n");
    expect(code, `${id}.js exports ${exportName}`).toContain(`export async function ${exportName}(`);
  }
  walk(join(DIST, "embed", "host.js"));
  expect(problems).toEqual([]);
  // The components that import d3 (from node_modules) are loaded inside the functions.
  const render = [...seen].find((f) => f.includes("/_import/embed/render."));
  expect(render).toBeTruthy();
  expect(readFileSync(render!, "utf8")).toMatch(/import\("\.\.\/components\/Timeline\.[0-9a-f]+\.js"\)/);
  expect(readFileSync(join(DIST, "embed", "host.js"), "utf8")).not.toContain("_observablehq");
});

test("the host script and the embeds agree on the message types", () => {
  const read = (path: string) => readFileSync(path, "utf8");
  const frame = read("src/components/embedFrame.ts");
  const hostScript = read("src/embed/host.ts");
  for (const name of ["HEIGHT_MESSAGE", "MEASURE_REQUEST"]) {
    const value = (text: string) => new RegExp(`export const ${name} = "([^"]+)"`).exec(text)?.[1];
    expect(value(hostScript), name).toBeTruthy();
    expect(value(hostScript), name).toBe(value(frame));
  }
});

// ------------------------------------------------------------------- iframes --

test.describe("iframes on a second origin", () => {
  test.use({viewport: {width: 1280, height: 800}});

  for (const {id} of KINDS) {
    test(`${id}: sized to its content after load and after a resize`, async ({page, baseURL}) => {
      const watch = await openHost(page, baseURL!, {only: "iframes"});
      const wide = await expectFitted(page, id);
      await page.setViewportSize({width: 375, height: 667});
      const narrow = await expectFitted(page, id);
      expect(narrow, `${id}: the phone layout is taller`).toBeGreaterThan(wide);
      await page.setViewportSize({width: 1280, height: 800});
      // Back to about the first height (not exactly: list rows off screen use
      // content-visibility's estimated size until they have been rendered once).
      expect(await expectFitted(page, id)).toBeLessThan(narrow);

      // The three formats, from this frame, on the site's origin.
      const origin = new URL(baseURL!).origin;
      const messages = await page.evaluate((kind) => (window as unknown as {__messages: {origin: string; data: unknown; from: string}[]}).__messages.filter((m) => m.from === `frame-${kind}`), id);
      expect(messages.every((m) => m.origin === origin)).toBe(true);
      const strings = messages.map((m) => m.data).filter((d): d is string => typeof d === "string");
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings) expect(s).toMatch(new RegExp(`^pymxPYMxwz-${id}xPYMxheightxPYMx\\d+$`));
      const objects = messages.map((m) => m.data).filter((d): d is Record<string, unknown> => typeof d === "object" && d !== null);
      expect(objects.some((d) => d.sentinel === "amp" && d.type === "embed-size" && typeof d.height === "number")).toBe(true);
      expect(objects.some((d) => d.type === "wz-embed-height" && d.id === `wz-${id}` && typeof d.height === "number")).toBe(true);
      watch.assertClean();
    });
  }

  test("messages from any other window resize nothing", async ({page, baseURL}) => {
    const watch = await openHost(page, baseURL!, {only: "iframes", foreign: "1"});
    const before: Record<string, number> = {};
    for (const {id} of KINDS) before[id] = await expectFitted(page, id);
    const foreignFrame = page.frameLocator("#frame-foreign");
    await expect(foreignFrame.locator("html[data-spoofed]")).toBeAttached();

    // The host page itself, and a frame from the host's origin, post height messages in every format.
    await page.evaluate(() => {
      window.postMessage({type: "wz-embed-height", id: "wz-grid", height: 5}, "*");
      window.postMessage("pymxPYMxwz-gridxPYMxheightxPYMx5", "*");
      (document.getElementById("frame-foreign") as HTMLIFrameElement).contentWindow!.postMessage("spoof-again", "*");
    });
    // An embed whose frame navigated away from the site: the source matches, the origin does not.
    const grid = await frameOf(page, "grid");
    await grid.evaluate((url) => void (location.href = url), `${host.url}/foreign.html`);
    await expect(page.frameLocator("#frame-grid").locator("html[data-spoofed]")).toBeAttached();
    await page.waitForTimeout(500);

    // The spoofed messages did arrive, from all three kinds of window.
    const spoofs = await page.evaluate(() =>
      (window as unknown as {__messages: {from: string; data: unknown}[]}).__messages
        .filter(({data}) => (typeof data === "string" ? /xPYMx5$/.test(data) : [5, 7].includes((data as {height?: number} | null)?.height ?? 0)))
        .map((m) => m.from)
    );
    expect(spoofs.length).toBeGreaterThanOrEqual(10);
    expect(new Set(spoofs)).toEqual(new Set(["self", "frame-foreign", "frame-grid"]));
    for (const {id} of KINDS) {
      const now = await page.locator(`#frame-${id}`).evaluate((f) => f.getBoundingClientRect().height);
      expect(Math.abs(now - before[id]!), `${id} kept its height`).toBeLessThanOrEqual(0.5);
    }
    expect(await page.locator("#frame-foreign").evaluate((f) => f.getBoundingClientRect().height)).toBe(80);
    watch.assertClean();
  });
});

test.describe("iframe pages take ?actor= and ?theme=", () => {
  test.use({viewport: {width: 1280, height: 800}, colorScheme: "light"});

  test("?actor=amnesty shows only Amnesty International", async ({page, baseURL}) => {
    const watch = await watchPage(page, baseURL!);
    await page.goto("/embed/grid?actor=amnesty");
    await waitForEmbedPage(page);
    expect(await page.locator(".wz-stance-grid [data-actor]").evaluateAll((nodes) => [...new Set(nodes.map((n) => n.getAttribute("data-actor")))])).toEqual(["amnesty"]);
    await expect(page.locator(".wz-embed-subtitle")).toHaveText("Showing: Amnesty International");

    await page.goto("/embed/map?actor=amnesty");
    await waitForEmbedPage(page);
    expect(await page.locator(".wz-stance-map [data-anchor]").evaluateAll((nodes) => [...new Set(nodes.map((n) => n.getAttribute("data-anchor")))])).toEqual(["amnesty"]);

    await page.goto("/embed/timeline");
    await waitForEmbedPage(page);
    const all = await page.locator(".wz-tl-list > li").count();
    await page.goto("/embed/timeline?actor=amnesty");
    await waitForEmbedPage(page);
    const some = await page.locator(".wz-tl-list > li").count();
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    await expect(page.locator(".wz-tl-listhead")).toContainText(`${some} of ${all} events`);
    watch.assertClean();
  });

  test("unknown actors and themes are reported as text, never as markup", async ({page, baseURL}) => {
    const watch = await watchPage(page, baseURL!);
    const evil = `<img src=x onerror="window.__pwned=1">`;
    await page.goto(`/embed/grid?actor=amnesty,${encodeURIComponent(evil)},nobody&theme=${encodeURIComponent("<b>purple</b>")}`);
    await waitForEmbedPage(page);
    const notices = page.locator(".wz-embed .wz-notice");
    await expect(notices.first()).toContainText("“nobody”");
    await expect(notices.first()).toContainText(evil);
    await expect(notices.nth(1)).toContainText("“<b>purple</b>”");
    expect(await page.locator(".wz-embed img, .wz-embed b").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
    // Amnesty still applies; the bad theme falls back to auto (no data-theme).
    expect(await page.locator(".wz-stance-grid tbody tr[data-actor]").count()).toBe(1);
    expect(await page.locator(".wz-embed").getAttribute("data-theme")).toBeNull();
    watch.assertClean();
  });

  for (const {id} of KINDS) {
    test(`${id}: theme=dark gives a dark page, theme=light a light one, auto follows the reader`, async ({page, baseURL}) => {
      const watch = await watchPage(page, baseURL!);
      const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await page.goto(`/embed/${id}?theme=dark`);
      await waitForEmbedPage(page);
      expect(await background()).toBe(DARK_BG);
      const themes = await page.locator(".wz-embed, .wz-embed .wz-stance-grid, .wz-embed .wz-stance-map, .wz-embed .wz-timeline").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-theme")));
      expect(themes.length).toBe(2);
      expect(themes).toEqual(["dark", "dark"]);
      expect(await page.locator(".wz-embed-title").evaluate((e) => getComputedStyle(e).color)).toBe("rgb(232, 234, 237)");

      await page.emulateMedia({colorScheme: "dark"});
      await page.goto(`/embed/${id}?theme=light`);
      await waitForEmbedPage(page);
      expect(await background()).toBe(LIGHT_BG);

      await page.goto(`/embed/${id}?theme=auto`);
      await waitForEmbedPage(page);
      expect(await background()).toBe(DARK_BG);
      expect(await page.locator(".wz-embed").getAttribute("data-theme")).toBeNull();
      await page.emulateMedia({colorScheme: "light"});
      expect(await background()).toBe(LIGHT_BG);
      watch.assertClean();
    });
  }

  test("links open outside the frame, and point at the site", async ({page, baseURL}) => {
    await page.goto("/embed/grid");
    await waitForEmbedPage(page);
    const links = await page.locator(".wz-embed-links a").evaluateAll((as) => as.map((a) => ({href: (a as HTMLAnchorElement).href, target: (a as HTMLAnchorElement).target})));
    const origin = new URL(baseURL!).origin;
    expect(links.map((l) => l.target)).toEqual(links.map(() => "_blank"));
    expect(links[0]!.href).toBe(`${origin}/`);
    expect(links[1]!.href).toBe(`${origin}/data`);
    expect(links[2]!.href).toMatch(new RegExp(`^${origin}/_file/data/wuzhen-2015/stances\\.[0-9a-f]+\\.json$`));
    await expect(page.locator(".wz-embed-source")).toContainText(/^Source: “.+”, .+, coded by .+; data: .+\.$/);
    const response = await page.request.get(links[2]!.href);
    expect(response.ok()).toBe(true);
  });
});

// ------------------------------------------------------------------- modules --

test.describe("exported modules on a second origin with a strict stylesheet", () => {
  test.use({viewport: {width: 1280, height: 800}, colorScheme: "light"});

  test("they render in shadow roots, untouched by the host's CSS, and leak none of theirs", async ({page, baseURL}) => {
    const watch = await openHost(page, baseURL!, {only: "modules"});
    const origin = new URL(baseURL!).origin;
    for (const {id} of KINDS) {
      const module = page.locator(`#module-${id}`);
      await module.scrollIntoViewIfNeeded();
      const report = await module.evaluate((hostEl) => {
        const shadow = hostEl.shadowRoot!;
        const frame = shadow.querySelector<HTMLElement>(".wz-embed")!;
        const svg = shadow.querySelector("svg");
        const title = shadow.querySelector(".wz-embed-title")!;
        const links = [...shadow.querySelectorAll<HTMLAnchorElement>(".wz-embed-links a")].map((a) => a.href);
        return {
          hostDisplay: getComputedStyle(hostEl).display,
          svgDisplay: svg ? getComputedStyle(svg).display : "no svg",
          titleFont: getComputedStyle(title).fontFamily,
          titleTransform: getComputedStyle(title).textTransform,
          titleAlign: getComputedStyle(title).textAlign,
          letterSpacing: getComputedStyle(title).letterSpacing,
          frameBorder: getComputedStyle(frame).borderTopStyle,
          frameBg: getComputedStyle(frame).backgroundColor,
          frameWidth: frame.getBoundingClientRect().width,
          styles: shadow.querySelectorAll("style[data-wz-style]").length,
          theme: frame.getAttribute("data-theme"),
          links
        };
      });
      expect(report.hostDisplay, id).toBe("block");
      expect(report.svgDisplay, `${id}: svg visible despite svg { display: none }`).not.toBe("none");
      expect(report.svgDisplay).not.toBe("no svg");
      expect(report.titleFont, id).not.toContain("Comic Sans");
      expect(report.titleTransform, id).toBe("none");
      expect(report.titleAlign, id).toBe("left");
      expect(report.letterSpacing, id).toBe("normal");
      expect(report.frameBorder, id).toBe("none");
      expect(report.frameBg, id).toBe(LIGHT_BG);
      expect(report.frameWidth, id).toBeGreaterThan(1000); // not squeezed by `div { max-width: 200px }`
      expect(report.styles, id).toBeGreaterThan(2);
      expect(report.theme, id).toBeNull();
      expect(report.links[0], id).toBe(`${origin}/`);
      expect(report.links[1], id).toBe(`${origin}/data`);
      expect(report.links[2], id).toMatch(new RegExp(`^${origin}/_file/data/wuzhen-2015/\\w+\\.[0-9a-f]+\\.json$`));
    }
    // Buttons keep their own size (the host says 40px).
    const fontSize = await page.locator("#module-grid").evaluate((h) => getComputedStyle(h.shadowRoot!.querySelector("button")!).fontSize);
    expect(fontSize).not.toBe("40px");

    // Open a grid cell: the claim card's styles (registered only now) go into the shadow root too.
    await page.locator("#module-grid .wz-sg-cell").first().click();
    const panel = page.locator("#module-grid .wz-sg-panel");
    await expect(panel).toBeVisible();
    expect(await panel.evaluate((p) => getComputedStyle(p).borderTopStyle)).toBe("solid");
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();

    // Nothing of ours in the host document.
    expect(await page.evaluate(() => document.querySelectorAll("style[data-wz-style]").length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll(".wz").length)).toBe(0);
    watch.assertClean();
  });

  test("they take actor, theme and width options", async ({page, baseURL}) => {
    const watch = await openHost(page, baseURL!, {only: "modules", theme: "dark", actor: "amnesty"});
    for (const {id} of KINDS) {
      const frame = page.locator(`#module-${id} .wz-embed`);
      await expect(frame).toHaveAttribute("data-theme", "dark");
      expect(await frame.evaluate((f) => getComputedStyle(f).backgroundColor)).toBe(DARK_BG);
      await expect(page.locator(`#module-${id} .wz-embed-subtitle`)).toContainText("Amnesty International");
    }
    expect(await page.locator("#module-grid .wz-stance-grid tbody tr[data-actor]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-actor")))).toEqual(["amnesty"]);
    expect(await page.locator("#module-grid .wz-stance-grid").getAttribute("data-theme")).toBe("dark");

    // Called again with other options on the same page: a fixed width, an unknown actor, a bad theme.
    const result = await page.evaluate(async (site) => {
      const {Timeline} = await import(`${site}/embed/timeline.js`);
      const el: HTMLElement = await Timeline({width: 480, actor: ["nobody", "xi"], theme: "sepia"});
      document.body.append(el);
      const frame = el.shadowRoot!.querySelector<HTMLElement>(".wz-embed")!;
      return {
        width: frame.getBoundingClientRect().width,
        notices: [...el.shadowRoot!.querySelectorAll(".wz-notice")].map((n) => n.textContent),
        theme: frame.getAttribute("data-theme")
      };
    }, new URL(baseURL!).origin);
    expect(result.width).toBe(480);
    expect(result.notices.join(" ")).toContain("“nobody”");
    expect(result.notices.join(" ")).toContain("“sepia”");
    expect(result.theme).toBeNull();
    watch.assertClean();
  });
});

// --------------------------------------------------------------- builder page --

test.describe("the /embed builder", () => {
  test.use({viewport: {width: 1280, height: 800}});

  test("builds snippets that work when pasted on another origin", async ({page, context, baseURL}) => {
    const origin = new URL(baseURL!).origin;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {origin});
    const watch = await watchPage(page, baseURL!);
    await page.goto("/embed");
    await waitForFramework(page);
    const preview = page.locator(".wz-eb-preview iframe");
    await expect(preview).toHaveAttribute("src", `${origin}/embed/grid`);

    await page.getByLabel("Map: two axes").check();
    await page.locator("#embed-actors").getByText("Amnesty International").click();
    await page.getByLabel("Dark", {exact: true}).check();
    await expect(preview).toHaveAttribute("src", `${origin}/embed/map?actor=amnesty&theme=dark`);

    // The preview is resized by the host script, as on another site.
    await preview.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => {
        const outer = await preview.evaluate((f) => f.getBoundingClientRect().height);
        const frame = await preview.elementHandle().then((h) => h!.contentFrame());
        const inner = await frame!.evaluate(() => document.body.getBoundingClientRect().height).catch(() => 0);
        return inner > 100 && Math.abs(outer - inner) <= 2;
      }, {timeout: 10_000})
      .toBe(true);

    const iframeCode = page.locator("#embed-iframe-code");
    const moduleCode = page.locator("#embed-module-code");
    await expect(iframeCode).toContainText(`src="${origin}/embed/map?actor=amnesty&amp;theme=dark"`);
    await expect(iframeCode).toContainText(`<script type="module" src="${origin}/embed/host.js"></script>`);
    await expect(moduleCode).toContainText(`const {StanceMap} = await import("${origin}/embed/map.js");`);
    await expect(moduleCode).toContainText(`StanceMap({actor: "amnesty", theme: "dark"})`);
    expect(await page.locator("pre > code").count()).toBe(2);

    // Copy: the clipboard gets the snippet, a status says so.
    await page.locator("[data-snippet=embed-iframe] button").click();
    await expect(page.locator("[data-snippet=embed-iframe] [role=status]")).toHaveText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await iframeCode.textContent());
    // Without the clipboard API the text is selected (and copied where the browser still allows it).
    await page.evaluate(() => Object.defineProperty(navigator, "clipboard", {value: undefined, configurable: true}));
    await page.locator("[data-snippet=embed-module] button").click();
    await expect(page.locator("[data-snippet=embed-module] [role=status]")).toHaveText(/^(Copied|Selected: press Ctrl\+C)/);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(await moduleCode.textContent());
    watch.assertClean();

    // Both snippets, pasted verbatim into a page on the second origin, work.
    for (const which of ["iframe", "module"] as const) {
      const snippet = (await page.locator(`#embed-${which}-code`).textContent())!;
      const other = await page.context().newPage();
      const otherWatch = await watchPage(other, baseURL!, {allowedOrigins: [host.url]});
      await other.goto(`${host.url}/paste.html#${encodeURIComponent(snippet)}`);
      if (which === "iframe") {
        const iframe = other.locator("iframe[data-wz-embed]");
        await expect.poll(() => iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height)), {timeout: 10_000}).not.toBe(900);
        await expect(other.frameLocator("iframe[data-wz-embed]").locator(".wz-stance-map [data-anchor=amnesty]").first()).toBeAttached();
      } else {
        await expect(other.locator("#wuzhen-map .wz-embed")).toHaveAttribute("data-theme", "dark", {timeout: 10_000});
        await expect(other.locator("#wuzhen-map .wz-stance-map [data-anchor=amnesty]").first()).toBeAttached();
      }
      otherWatch.assertClean();
      await other.close();
    }
  });
});

// ------------------------------------------------------------- accessibility --

for (const viewport of [{width: 1280, height: 800}, {width: 375, height: 667}]) {
  test.describe(`accessibility at ${viewport.width}×${viewport.height}`, () => {
    test.use({viewport});
    const paths = ["/embed/grid", "/embed/map", "/embed/timeline", "/embed/grid?theme=dark&actor=xi", "/embed/timeline?theme=dark", "/embed"];
    for (const path of paths) {
      test(`${path}: axe finds nothing, no sideways scroll`, async ({page, baseURL}) => {
        const watch = await watchPage(page, baseURL!);
        await page.goto(path);
        await waitForFramework(page);
        if (path.startsWith("/embed/")) await page.locator(".wz-embed").first().waitFor();
        else await page.locator(".wz-eb-preview iframe").waitFor();
        await noHorizontalOverflow(page);
        await runAxe(page);
        watch.assertClean();
      });
    }
  });
}
