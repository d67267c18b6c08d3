// /timeline against the built site (`npm run build` first): the actor filter
// through the URL and the keyboard, keyboard traversal of the events, the
// event card (citations with their supporting sentences, linked claims),
// Escape, and the clean-page checks (axe, console, requests, overflow) at
// desktop and phone sizes in light and dark.
import {expect, test, type Page} from "@playwright/test";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {ClaimRow, EventRow} from "../../loaders/tables.js";
import {DIST, listDistFiles, noHorizontalOverflow, runAxe, waitForFramework, watchPage} from "./helpers.js";

// The tables as the site publishes them (loaders/ cannot run under Playwright's transform:
// arquero parses its callbacks' source).
function table<T>(name: string): T[] {
  const file = listDistFiles().find((f) => new RegExp(`^_file/data/wuzhen-2015/${name}\\.[0-9a-f]+\\.json$`).test(f));
  if (!file) throw new Error(`${name}.json not found in dist/: run \`npm run build\``);
  return JSON.parse(readFileSync(join(DIST, file), "utf8")) as T[];
}
const tables = {events: table<EventRow>("events"), claims: table<ClaimRow>("claims")};
const byId = new Map(tables.events.map((e) => [e.id, e]));
const PU_EVENTS = ["pu-detained", "pu-trial", "pu-verdict"];

const marks = (page: Page) => page.locator("svg g.wz-tl-event");
const markIds = (page: Page) => marks(page).evaluateAll((gs) => gs.map((g) => g.getAttribute("data-event")));
const listIds = (page: Page) => page.locator("ol.wz-tl-list > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-event")));
const focusedEvent = (page: Page) => page.evaluate(() => document.activeElement?.closest("g.wz-tl-event")?.getAttribute("data-event") ?? null);

async function open(page: Page, baseURL: string | undefined, path = "/timeline") {
  if (!baseURL) throw new Error("baseURL is not configured");
  const watch = await watchPage(page, baseURL);
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await waitForFramework(page);
  await expect(page.locator(".wz-timeline")).toBeVisible();
  return watch;
}

/** Tab from the top of the page until focus lands on an event mark. */
async function tabToTimeline(page: Page) {
  await page.locator("h1").first().click();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if (await focusedEvent(page)) return;
  }
  throw new Error("Tab never reached the timeline");
}

test.describe("timeline, desktop", () => {
  test.use({viewport: {width: 1280, height: 800}});

  test("every event, in date order, in the chart and in the list", async ({page, baseURL}) => {
    const watch = await open(page, baseURL);
    const list = await listIds(page);
    expect(list).toHaveLength(tables.events.length);
    expect(new Set(await markIds(page))).toEqual(new Set(list));
    const days = list.map((id) => byId.get(id!)!.start.slice(0, 10));
    expect(days).toEqual([...days].sort());
    // Two conferences as ranges, a compressed gap, the article's events told apart from context.
    await expect(page.locator('g.wz-tl-event.wz-tl-range[data-event="wic-2014"]')).toHaveCount(1);
    await expect(page.locator('g.wz-tl-event.wz-tl-range[data-event="wic-2015"]')).toHaveCount(1);
    await expect(page.locator(".wz-tl-breaklabel", {hasText: "compressed"}).first()).toBeVisible();
    await expect(page.locator('g.wz-tl-event.wz-tl-context[data-event="pu-verdict"]')).toHaveCount(1);
    await expect(page.locator('g.wz-tl-event.wz-tl-article[data-event="pu-trial"]')).toHaveCount(1);
    await expect(page.locator(".wz-tl-legend")).toContainText("In the article");
    await expect(page.locator(".wz-tl-legend")).toContainText("Added context");
    watch.assertClean();
  });

  test("?actor=pu-zhiqiang shows only the related events, and the filter follows", async ({page, baseURL}) => {
    const watch = await open(page, baseURL, "/timeline?actor=pu-zhiqiang");
    expect(await markIds(page)).toEqual(PU_EVENTS);
    expect(await listIds(page)).toEqual(PU_EVENTS);
    await expect(page.locator('input[type="checkbox"][value="pu-zhiqiang"]')).toBeChecked();
    await expect(page.locator(".wz-tl-listhead")).toContainText(`3 of ${tables.events.length} events`);
    // Clearing the filter shows every event again and updates the address.
    await page.getByRole("button", {name: "Show all actors"}).click();
    await expect(marks(page)).toHaveCount(tables.events.length);
    expect(new URL(page.url()).search).toBe("");
    // Back restores the filter.
    await page.goBack();
    await expect(marks(page)).toHaveCount(PU_EVENTS.length);
    watch.assertClean();
  });

  test("filtering with the keyboard", async ({page, baseURL}) => {
    const watch = await open(page, baseURL);
    const box = page.locator('input[type="checkbox"][value="pu-zhiqiang"]');
    await box.focus();
    await page.keyboard.press("Space");
    await expect(box).toBeChecked();
    await expect(marks(page)).toHaveCount(PU_EVENTS.length);
    expect(new URL(page.url()).searchParams.get("actor")).toBe("pu-zhiqiang");
    expect(await listIds(page)).toEqual(PU_EVENTS);
    await page.keyboard.press("Space");
    await expect(marks(page)).toHaveCount(tables.events.length);
    watch.assertClean();
  });

  test("arrow keys move between events in date order; Enter opens the card; Escape closes it", async ({page, baseURL}) => {
    const watch = await open(page, baseURL);
    const order = await listIds(page);
    await tabToTimeline(page);
    expect(await focusedEvent(page)).toBe(order[0]);
    // Only one mark is in the tab order at a time.
    await expect(page.locator('svg g.wz-tl-event[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press("ArrowRight");
    expect(await focusedEvent(page)).toBe(order[1]);
    await page.keyboard.press("ArrowDown");
    expect(await focusedEvent(page)).toBe(order[2]);
    await page.keyboard.press("ArrowLeft");
    expect(await focusedEvent(page)).toBe(order[1]);
    await page.keyboard.press("End");
    expect(await focusedEvent(page)).toBe(order[order.length - 1]);
    await page.keyboard.press("Home");
    expect(await focusedEvent(page)).toBe(order[0]);
    await page.keyboard.press("ArrowLeft");
    expect(await focusedEvent(page)).toBe(order[0]);

    // Walk to the trial and open it.
    const target = order.indexOf("pu-trial");
    for (let i = 0; i < target; i++) await page.keyboard.press("ArrowRight");
    expect(await focusedEvent(page)).toBe("pu-trial");
    await expect(page.locator('g.wz-tl-event[data-event="pu-trial"]')).toHaveAttribute("aria-label", /14 December 2015: Pu Zhiqiang's trial/);
    await page.keyboard.press("Enter");
    const card = page.locator('.wz-event-card[data-event="pu-trial"]');
    await expect(card).toBeVisible();
    await expect(card).toBeFocused();
    await expect(page.locator('g.wz-tl-event[data-event="pu-trial"]')).toHaveAttribute("aria-expanded", "true");

    // The card: date with precision, place, origin, citations (URL + sentence), linked claims, link to the mention.
    const trial = byId.get("pu-trial")!;
    await expect(card.getByRole("heading", {name: trial.title})).toBeVisible();
    await expect(card).toContainText("14 December 2015");
    await expect(card).toContainText("date known to the day");
    await expect(card).toContainText(trial.place);
    await expect(card).toContainText("In the article");
    for (const citation of trial.citations) {
      const link = card.locator(`a[href="${citation.url}"]`);
      await expect(link).toBeVisible();
      await expect(link).toHaveText(citation.url);
      await expect(card).toContainText(citation.quote);
    }
    for (const claimId of trial.bears_on) {
      const claim = tables.claims.find((c) => c.id === claimId)!;
      const link = card.locator(`a[href="/source#claim-${claimId}"]`);
      await expect(link).toBeVisible();
      await expect(link).toContainText(claim.quote);
      await expect(card).toContainText(claim.actor_name);
    }
    await expect(card.locator('a[href="/source#event-pu-trial"]')).toBeVisible();

    await runAxe(page); // with the card open

    await page.keyboard.press("Escape");
    await expect(card).toHaveCount(0);
    expect(await focusedEvent(page)).toBe("pu-trial");
    await expect(page.locator('g.wz-tl-event[data-event="pu-trial"]')).toHaveAttribute("aria-expanded", "false");

    // Space opens too, and the Close button closes.
    await page.keyboard.press("ArrowRight");
    const nextId = order[target + 1]!;
    await page.keyboard.press(" ");
    await expect(page.locator(`.wz-event-card[data-event="${nextId}"]`)).toBeVisible();
    await page.locator(`.wz-event-card[data-event="${nextId}"]`).getByRole("button", {name: /Close/}).click();
    await expect(page.locator(".wz-event-card")).toHaveCount(0);
    expect(await focusedEvent(page)).toBe(nextId);
    watch.assertClean();
  });

  test("context events say so; the list opens the same card; a click on a mark too", async ({page, baseURL}) => {
    const watch = await open(page, baseURL);
    await page.locator('ol.wz-tl-list button[data-event="pu-verdict"]').click();
    const card = page.locator('.wz-event-card[data-event="pu-verdict"]');
    await expect(card).toBeVisible();
    await expect(card).toContainText("Added context, not in the article");
    await expect(card).toContainText("does not mention this event");
    await page.keyboard.press("Escape");
    await expect(card).toHaveCount(0);
    await expect(page.locator('ol.wz-tl-list button[data-event="pu-verdict"]')).toBeFocused();

    await page.locator('svg g.wz-tl-event[data-event="indictment"]').click();
    const indictment = page.locator('.wz-event-card[data-event="indictment"]');
    await expect(indictment).toBeVisible();
    await expect(indictment.locator('a[href="/source#claim-xi-no-hegemony"]')).toBeVisible();
    watch.assertClean();
  });

  test("no transitions when the reader asks for reduced motion", async ({page, baseURL}) => {
    await page.emulateMedia({reducedMotion: "reduce"});
    await open(page, baseURL);
    const duration = await page.locator("svg g.wz-tl-event .wz-tl-mark").first().evaluate((m) => getComputedStyle(m).transitionDuration);
    expect(duration.split(",").every((d) => parseFloat(d) === 0)).toBe(true);
  });
});

for (const {name, width, height} of [
  {name: "desktop", width: 1280, height: 800},
  {name: "phone", width: 375, height: 667}
]) {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`timeline ${name} ${width}×${height} ${colorScheme}`, () => {
      test.use({viewport: {width, height}, colorScheme});

      test("renders cleanly and accessibly", async ({page, baseURL}) => {
        const watch = await open(page, baseURL);
        await expect(page.locator(".wz-timeline")).toHaveAttribute("data-layout", width < 600 ? "vertical" : "horizontal");
        await noHorizontalOverflow(page);
        await runAxe(page);
        // A card open, then a filter from the URL.
        await page.locator('ol.wz-tl-list button[data-event="wic-2015"]').click();
        await expect(page.locator('.wz-event-card[data-event="wic-2015"]')).toBeVisible();
        await noHorizontalOverflow(page);
        await runAxe(page);
        await page.goto("/timeline?actor=pu-zhiqiang");
        await waitForFramework(page);
        await expect(marks(page)).toHaveCount(PU_EVENTS.length);
        await noHorizontalOverflow(page);
        await runAxe(page);
        watch.assertClean();
      });
    });
  }
}
