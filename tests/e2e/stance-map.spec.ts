// The /stance-map explorer in Chromium, against the built site (`npm run
// build` first): the actor filter by keyboard and in the URL (reload, Back),
// unknown ids, a cell's quotes and a dot's "why here?" by keyboard, arrows on
// demand, and axe, overflow, console and network checks at desktop and phone
// sizes in light and dark.
import {expect, test, type Page} from "@playwright/test";
import {noHorizontalOverflow, runAxe, waitForFramework, watchPage} from "./helpers.js";

const PATH = "/stance-map";

/** Presses Tab until the focused element matches `selector` (fails after `max` presses). */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Framework has settled and the explorer's views are on the page. */
async function ready(page: Page): Promise<void> {
  await waitForFramework(page);
  await page.locator("#view").waitFor({state: "attached"});
  await page.locator("#claims").waitFor({state: "attached"});
}

/** axe no longer reports duplicate ids (WCAG 4.1.1 is obsolete), but labels that point at an id still break. */
async function noDuplicateIds(page: Page): Promise<void> {
  const dupes = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const node of document.querySelectorAll("[id]")) seen.set(node.id, (seen.get(node.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  expect(dupes, "duplicate ids").toEqual([]);
}

const actorParam = (page: Page) => new URL(page.url()).searchParams.get("actor");
const gridRows = (page: Page) => page.locator("#grid [data-actor]:is(tr, li)").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-actor")));

test.describe("the stance map page", () => {
  test.use({viewport: {width: 1280, height: 800}});

  test("choose actors by keyboard; the URL follows; reload and Back restore it", async ({page, baseURL}) => {
    const watch = await watchPage(page, baseURL!);
    await page.goto(PATH);
    await ready(page);
    expect(actorParam(page)).toBeNull();
    await expect.poll(async () => (await gridRows(page)).length).toBeGreaterThan(2);
    const everyone = (await gridRows(page)).length;

    await tabTo(page, '#stance-filter input[type="checkbox"]');
    const first = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press("Space");
    await expect.poll(() => actorParam(page)).toBe(first);
    expect(await gridRows(page)).toEqual([first]);

    await page.keyboard.press("Tab");
    const second = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    expect(second).not.toBe(first);
    await page.keyboard.press("Space");
    await expect.poll(() => actorParam(page)?.split(",").sort()).toEqual([first, second].sort());

    await page.reload();
    await ready(page);
    expect(actorParam(page)?.split(",").sort()).toEqual([first, second].sort());
    await expect(page.locator(`#stance-filter input[value="${first}"]`)).toBeChecked();
    await expect(page.locator(`#stance-filter input[value="${second}"]`)).toBeChecked();
    expect((await gridRows(page)).sort()).toEqual([first, second].sort());

    await page.goBack();
    await expect.poll(() => actorParam(page)).toBe(first);
    await expect(page.locator(`#stance-filter input[value="${second}"]`)).not.toBeChecked();
    await expect.poll(() => gridRows(page)).toEqual([first]);

    await page.goBack();
    await expect.poll(() => actorParam(page)).toBeNull();
    await expect.poll(async () => (await gridRows(page)).length).toBe(everyone);

    await page.goForward();
    await expect.poll(() => actorParam(page)).toBe(first);
    await expect.poll(() => gridRows(page)).toEqual([first]);
    watch.assertClean();
  });

  test("an unknown id in the URL shows a notice, as text, and the page still works", async ({page, baseURL}) => {
    const watch = await watchPage(page, baseURL!);
    await page.goto(PATH);
    await ready(page);
    const known = await page.locator('#stance-filter input[type="checkbox"]').first().getAttribute("value");
    await page.goto(`${PATH}?actor=no-such-actor,${known},%3Cb%3Ebold%3C%2Fb%3E`);
    await ready(page);
    const notice = page.locator(".wz-notice").filter({hasText: "no-such-actor"});
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("<b>bold</b>");
    expect(await notice.locator("b").count()).toBe(0);
    expect(await gridRows(page)).toEqual([known]);
    await expect(page.locator(`#stance-filter input[value="${known}"]`)).toBeChecked();
    watch.assertClean();
  });

  test("a cell's quotes open by keyboard and close with Escape", async ({page, baseURL}) => {
    const watch = await watchPage(page, baseURL!);
    await page.goto(PATH);
    await ready(page);
    await tabTo(page, "#grid .wz-sg-cell");
    const cell = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell);
    // Arrow keys move along the row.
    await page.keyboard.press("ArrowRight");
    const next = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell);
    expect(next).not.toBe(cell);
    expect(next?.split("|")[0]).toBe(cell?.split("|")[0]);
    await page.keyboard.press("Enter");
    const panel = page.locator("#grid-panel");
    await expect(panel).toBeVisible();
    await expect(panel).toBeFocused();
    expect(await panel.locator(".wz-claim-card").count()).toBeGreaterThan(0);
    await expect(page.locator(`[data-cell="${next}"]`)).toHaveAttribute("aria-expanded", "true");
    // It stays while the reader moves on (and hovers it), until dismissed.
    await panel.hover();
    await page.keyboard.press("Tab");
    await expect(panel).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await expect(page.locator(`[data-cell="${next}"]`)).toBeFocused();
    // And the Close button closes it too.
    await page.keyboard.press("Space");
    await expect(panel).toBeVisible();
    await panel.getByRole("button", {name: "Close", exact: true}).click();
    await expect(panel).toBeHidden();
    watch.assertClean();
  });

  test("the map: switch by keyboard, a dot opens why here?, Escape closes it", async ({page, baseURL}) => {
    const watch = await watchPage(page, baseURL!);
    await page.goto(PATH);
    await ready(page);
    await tabTo(page, '#view button[data-view="map"]');
    await page.keyboard.press("Enter");
    await expect(page.locator("#map")).toBeVisible();
    await expect(page.locator("#grid")).toBeHidden();
    expect(new URL(page.url()).searchParams.get("view")).toBe("map");
    await tabTo(page, "#map .wz-sm-dot");
    await page.keyboard.press("Enter");
    const panel = page.locator("#map-panel");
    await expect(panel).toBeVisible();
    await expect(panel.locator(".wz-sm-panel-title")).toContainText("Why here?");
    expect(await panel.locator("li[data-claim]").count()).toBeGreaterThan(1);
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await expect(page.locator("#map .wz-sm-dot").first()).toBeFocused();
    // A strip entry opens its claims too; a reload keeps the map.
    await page.locator("#map .wz-sm-entry").first().click();
    await expect(panel.locator(".wz-sm-panel-title")).toContainText("Why in the strip?");
    await page.reload();
    await ready(page);
    await expect(page.locator("#map")).toBeVisible();
    watch.assertClean();
  });

  test("counterclaim arrows are drawn on demand only, with a text list", async ({page, baseURL}) => {
    const watch = await watchPage(page, baseURL!);
    await page.goto(PATH);
    await ready(page);
    expect(await page.locator("#grid .wz-arrow").count()).toBe(0);
    const toggle = page.locator("#counterclaim-list button[data-counterclaim]").first();
    const id = await toggle.getAttribute("data-counterclaim");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator(`#grid .wz-arrow[data-counterclaim="${id}"]`)).toHaveCount(1);
    await expect(page.locator("#grid-arrows-caption li")).toHaveCount(1);
    await page.locator('#view button[data-view="map"]').click();
    await expect(page.locator(`#map .wz-arrow[data-counterclaim="${id}"]`)).toHaveCount(1);
    await page.locator("#counterclaim-list").getByRole("button", {name: "Clear arrows"}).click();
    await expect(page.locator("#map .wz-arrow")).toHaveCount(0);
    watch.assertClean();
  });
});

const sizes = [
  {name: "desktop", width: 1280, height: 800},
  {name: "phone", width: 375, height: 667}
];
for (const {name, width, height} of sizes) {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`${name} ${width}×${height}, ${colorScheme}`, () => {
      test.use({viewport: {width, height}, colorScheme});
      test("axe finds nothing, nothing overflows, nothing leaves the origin", async ({page, baseURL}) => {
        const watch = await watchPage(page, baseURL!);
        await page.goto(PATH);
        await ready(page);
        await noHorizontalOverflow(page);
        await noDuplicateIds(page);
        await runAxe(page);
        // With a cell open and an arrow drawn.
        await page.locator("#grid .wz-sg-cell").first().click();
        await page.locator("#counterclaim-list button[data-counterclaim]").first().click();
        await noHorizontalOverflow(page);
        await noDuplicateIds(page);
        await runAxe(page);
        // The map, with "why here?" open and a filter.
        await page.goto(`${PATH}?view=map&actor=${await page.locator('#stance-filter input[type="checkbox"]').first().getAttribute("value")}`);
        await ready(page);
        await page.locator("#map [data-anchor]").first().click();
        await page.locator("#counterclaim-list button[data-counterclaim]").first().click();
        await noHorizontalOverflow(page);
        await noDuplicateIds(page);
        await runAxe(page);
        watch.assertClean();
      });
    });
  }
}
