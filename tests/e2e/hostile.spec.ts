// Hostile input must render as inert text.
//
// 1. Annotations: scripts/hostile-fixture.ts builds a copy of the site whose
//    free-text fields (names, roles, rationales, notes, propositions, event
//    titles, citation quotes, topic labels…) carry <script>, <img onerror>,
//    <svg onload>, javascript: and stray quotes. Every page of that build (and
//    every build-time step picture) is visited: no dialog may open, no payload
//    may set window.__pwned, no element created from data may carry an event
//    handler or a script, and the payloads must be readable as text.
// 2. The address: ?actor=, ?step=, ?view= and ?theme= carrying payloads, on
//    every page of the real build. They are ignored; a page that reads the
//    parameter says so in a notice, as text.
import {expect, test, type Page} from "@playwright/test";
import {hostileSite, PAYLOADS, PWNED_FLAG} from "../../scripts/hostile-fixture.js";
import {startServer, type RunningServer} from "../../scripts/serve.js";
import {listBuiltPages, listDistFiles, waitForFramework, watchPage} from "./helpers.js";

const pages = listBuiltPages();

interface Guard {
  dialogs: string[];
}

/** Records dialogs (and dismisses them) before the page loads. */
function guard(page: Page): Guard {
  const g: Guard = {dialogs: []};
  page.on("dialog", (dialog) => {
    g.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return g;
}

/** Markup that only a payload could have created: inline handlers, javascript: links, script text, <b>bold</b>, <img src=x>. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate((flag) => {
    const problems: string[] = [];
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}>`;
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll("*")) {
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) problems.push(`${describe(el)} has an inline handler ${attr.name}="${attr.value}"`);
          if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)) problems.push(`${describe(el)} ${attr.name}="${attr.value}"`);
        }
        if (el.tagName === "SCRIPT" && (el.getAttribute("type") ?? "") !== "application/ld+json" && (el.textContent ?? "").includes(flag)) problems.push(`a script from data: ${el.textContent}`);
        if (el.tagName === "SCRIPT" && /alert\(1\)/.test(el.textContent ?? "") && (el.getAttribute("type") ?? "") !== "application/ld+json") problems.push(`a script from data: ${el.textContent}`);
        if (el.tagName === "IMG" && el.getAttribute("src") === "x") problems.push(`an <img src=x> from data`);
        if (el.tagName === "B" && el.textContent === "bold") problems.push(`a <b> from data`);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return problems;
  }, PWNED_FLAG);
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], PWNED_FLAG);
}

async function expectInert(page: Page, g: Guard, where: string): Promise<void> {
  expect(g.dialogs, `dialogs opened on ${where}`).toEqual([]);
  expect(await pwned(page), `a payload ran on ${where}`).toBeUndefined();
  expect(await injected(page), `markup created from data on ${where}`).toEqual([]);
}

/** Opens cards and disclosures (more text from data): the first few of each. */
async function openSome(page: Page): Promise<void> {
  for (const selector of ["button[aria-controls]", "details > summary"]) {
    const targets = page.locator(selector).filter({visible: true});
    const n = Math.min(3, await targets.count());
    for (let i = 0; i < n; i++) {
      await targets.nth(i).click({timeout: 2000}).catch(() => {}); // a card may cover the next target: not this test's concern
      await page.keyboard.press("Escape");
    }
  }
}

test.describe("annotations laced with payloads", () => {
  // Serial: the summary test reads what the page tests saw, in this order and worker.
  test.describe.configure({mode: "serial"});
  let server: RunningServer;
  let pictures: string[] = [];
  const seen = new Set<string>();

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(300_000); // one validation and one Framework build of the laced copy (~20-40 s), reused while the sources are unchanged
    const dist = await hostileSite();
    pictures = listDistFiles(dist)
      .filter((f) => f.endsWith(".svg"))
      .map((f) => `/${f}`);
    server = await startServer({root: dist, port: 0});
  });
  test.afterAll(async () => {
    await server?.close();
  });

  for (const path of pages) {
    test(`${path}: payloads are inert and shown as text`, async ({page}) => {
      const g = guard(page);
      const watch = await watchPage(page, server.url);
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status()).toBe(200);
      await waitForFramework(page);
      const readable = async () => {
        const found: string[] = [];
        for (const payload of PAYLOADS) if ((await page.getByText(payload).filter({visible: true}).count()) > 0) found.push(payload);
        return found;
      };
      // Charts that load their data after the page settles (embeds) get a moment.
      await expect
        .poll(async () => (await readable()).length, {message: `no payload is readable as text on ${path}: were the texts dropped or turned into markup?`, timeout: 10_000})
        .toBeGreaterThan(0);
      await expectInert(page, g, path);
      await openSome(page);
      await expectInert(page, g, `${path} after opening cards`);
      watch.assertClean();
      for (const payload of await readable()) seen.add(payload);
    });
  }

  test("every payload was readable as text somewhere", () => {
    expect(seen.size, "the page tests ran first and saw payloads").toBeGreaterThan(0);
    expect([...PAYLOADS].filter((p) => !seen.has(p))).toEqual([]);
  });

  test("the step pictures built from data hold no script", async ({page}) => {
    expect(pictures.length, "the laced build has the story's step pictures").toBeGreaterThan(0);
    const g = guard(page);
    for (const picture of pictures) {
      const response = await page.goto(`${server.url}${picture}`);
      expect(response?.status(), picture).toBe(200);
      // An SVG document runs its own scripts and handlers: there must be none.
      await expectInert(page, g, picture);
      expect(await page.locator("script").count(), `scripts in ${picture}`).toBe(0);
    }
  });
});

// ---------------------------------------------------------------------------

const PARAMS: {name: string; payload: string; reads: string}[] = [
  // `reads`: the selector of what, on a page, reads the parameter.
  // bindActorFilter's block reads ?actor= (a bare ActorFilter, as in the embed builder, does not).
  {name: "actor", payload: "<img src=x onerror=alert(1)>", reads: ".wz-filter-block, html.wz-embed-page"},
  {name: "step", payload: `<script>window.${PWNED_FLAG}=1</script>`, reads: "html.wz-scrolly [data-step]"},
  {name: "view", payload: "javascript:alert(1)", reads: ".wz-view-switch"},
  {name: "theme", payload: `"><svg onload=alert(1)>`, reads: "html.wz-embed-page"}
];

test.describe("payloads in the address", () => {
  test.describe.configure({mode: "parallel"});
  for (const path of pages) {
    test(`${path}: ?actor= ?step= ?view= ?theme= are ignored, with a notice where read`, async ({page, baseURL}) => {
      const g = guard(page);
      const watch = await watchPage(page, baseURL!);
      for (const {name, payload, reads} of PARAMS) {
        const url = `${path}${path.includes("?") ? "&" : "?"}${name}=${encodeURIComponent(payload)}`;
        await page.goto(url);
        await waitForFramework(page);
        await expectInert(page, g, url);
        const read = (await page.locator(reads).count()) > 0;
        const notices = page.locator('[role="status"], .wz-notice').filter({hasText: payload});
        if (read) {
          await expect(notices.first(), `${url}: a notice that names the ignored value`).toBeVisible();
        } else {
          // Not read: the value may be kept in links, but never shown outside a notice.
          const shown = await page.evaluate((p) => document.body.innerText.includes(p), payload);
          if (shown) expect(await notices.count(), `${url}: the value is shown, but not in a notice`).toBeGreaterThan(0);
        }
      }
      watch.assertClean();
    });
  }
});
