// /data: every table, its downloads (fetched and parsed back), search, the
// actor filter, the data dictionary, and a clean audit.
import {expect, test, type Page} from "@playwright/test";
import {parseCsv, parseCsvObjects} from "../../loaders/csv.js";
import {noHorizontalOverflow, runAxe, waitForFramework, watchPage} from "./helpers.js";

const TABLES = ["actors", "claims", "counterclaims", "stances", "positions", "events", "corrections"];

async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await waitForFramework(page);
  await page.locator(".wz-dt-section").nth(TABLES.length - 1).waitFor();
}

async function fetchJson(page: Page, name: string): Promise<Record<string, unknown>[]> {
  const href = await page.locator(`#${name}-section a[data-format="json"]`).getAttribute("href");
  const response = await page.request.get(new URL(href!, page.url()).href);
  expect(response.ok()).toBe(true);
  return (await response.json()) as Record<string, unknown>[];
}

test.describe("the data page", () => {
  test.use({viewport: {width: 1280, height: 800}});

  test("every table is there, with its row count shown", async ({page}) => {
    await open(page, "/data");
    for (const name of TABLES) {
      const section = page.locator(`#${name}-section`);
      await expect(section).toHaveCount(1);
      const rows = await fetchJson(page, name);
      const table = page.locator(`#${name}-data`);
      await expect(table.locator("caption")).toHaveText(`${name[0]!.toUpperCase()}${name.slice(1)}: ${rows.length} rows`);
      await expect(table.locator("tbody tr")).toHaveCount(rows.length);
      await expect(table.locator("thead th[scope=col]")).toHaveCount(Object.keys(rows[0]!).length);
      await expect(table.locator("tbody th[scope=row]")).toHaveCount(rows.length);
      await expect(table.locator(".wz-dt-scroll")).toHaveAttribute("tabindex", "0");
      await expect(table.locator(".wz-dt-scroll")).toHaveAttribute("aria-label", /.+/);
    }
  });

  test("each CSV and JSON download parses and has the table's row count", async ({page}) => {
    await open(page, "/data");
    for (const name of TABLES) {
      const section = page.locator(`#${name}-section`);
      const shown = Number(await section.getAttribute("data-rows"));
      await expect(page.locator(`#${name}-data caption`)).toContainText(`${shown} rows`);
      const csvLink = section.locator('a[data-format="csv"]');
      const jsonLink = section.locator('a[data-format="json"]');
      await expect(csvLink).toHaveAttribute("download", `wuzhen-2015-${name}.csv`);
      await expect(jsonLink).toHaveAttribute("download", `wuzhen-2015-${name}.json`);
      const csvResponse = await page.request.get(new URL((await csvLink.getAttribute("href"))!, page.url()).href);
      expect(csvResponse.ok(), `${name}.csv`).toBe(true);
      const csvText = await csvResponse.text();
      expect(csvText.endsWith("\r\n")).toBe(true);
      const records = parseCsv(csvText);
      const objects = parseCsvObjects(csvText);
      const json = await fetchJson(page, name);
      expect(objects.length, `${name}.csv rows`).toBe(shown);
      expect(json.length, `${name}.json rows`).toBe(shown);
      expect(records[0], `${name}.csv header`).toEqual(Object.keys(json[0]!));
      // Every cell reads back: text as is, numbers and booleans as written, lists and objects as JSON.
      json.forEach((row, i) => {
        for (const [key, value] of Object.entries(row)) {
          const cell = objects[i]![key]!;
          if (value === null) expect(cell).toBe("");
          else if (typeof value === "object") expect(JSON.parse(cell)).toEqual(value);
          else expect(cell).toBe(String(value));
        }
      });
    }
  });

  test("the actor filter narrows tables with actor columns and leaves the others complete", async ({page}) => {
    await open(page, "/data?actor=xi");
    const claims = await fetchJson(page, "claims");
    const counterclaims = await fetchJson(page, "counterclaims");
    const events = await fetchJson(page, "events");
    const corrections = await fetchJson(page, "corrections");
    await expect(page.locator("#claims-data tbody tr")).toHaveCount(claims.filter((c) => c.actor === "xi").length);
    await expect(page.locator("#counterclaims-data tbody tr")).toHaveCount(counterclaims.filter((c) => c.from_actor === "xi" || c.to_actor === "xi").length);
    await expect(page.locator("#events-data tbody tr")).toHaveCount(events.filter((e) => (e.actors as string[]).includes("xi")).length);
    await expect(page.locator("#actors-data tbody tr")).toHaveCount(1);
    await expect(page.locator("#corrections-data tbody tr")).toHaveCount(corrections.length);
    await expect(page.locator("#corrections-data .wz-dt-status")).toContainText("no actor column");
    await expect(page.locator("#claims-data .wz-dt-status")).toContainText(`Showing ${claims.filter((c) => c.actor === "xi").length} of ${claims.length}`);
    // Clearing the filter restores every row.
    await page.locator("#data-filter").getByRole("button", {name: "Show all actors"}).click();
    await expect(page.locator("#claims-data tbody tr")).toHaveCount(claims.length);
  });

  test("search narrows a table", async ({page}) => {
    await open(page, "/data");
    const claims = await fetchJson(page, "claims");
    const query = "under the guise of";
    const expected = claims.filter((c) => Object.values(c).some((v) => (typeof v === "object" ? JSON.stringify(v) : String(v)).toLowerCase().includes(query)));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(claims.length);
    const search = page.locator("#claims-data-search");
    await search.fill(query);
    await expect(page.locator("#claims-data tbody tr")).toHaveCount(expected.length);
    await expect(page.locator("#claims-data tbody tr").first()).toContainText("Under the guise of sovereignty");
    await expect(page.locator("#claims-data .wz-dt-status")).toContainText(`Showing ${expected.length} of ${claims.length}`);
    await search.fill("no such words anywhere");
    await expect(page.locator("#claims-data tbody")).toContainText("No rows match.");
  });

  test("sorting a column sets aria-sort and reorders rows", async ({page}) => {
    await open(page, "/data");
    const header = page.locator('#actors-data thead th[data-key="n_claims"]');
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "descending");
    await expect(page.locator("#actors-data tbody tr").first().locator("th")).toHaveText("xi");
  });

  test("the data dictionary lists every column of every table", async ({page}) => {
    await open(page, "/data");
    for (const name of TABLES) {
      const json = await fetchJson(page, name);
      const section = page.locator(`#${name}-section`);
      await section.locator("summary").click();
      // textContent: tables off screen skip rendering (content-visibility), so innerText would be empty there.
      const fields = (await section.locator(".wz-dt-dict tbody th").allTextContents()).map((t) => t.trim());
      expect(fields, name).toEqual(Object.keys(json[0]!));
    }
    // The annotation files too.
    await expect(page.locator("#file-claims-table")).toContainText("verification.status");
  });
});

const viewports = [
  {name: "desktop", width: 1280, height: 800},
  {name: "phone", width: 375, height: 667}
];
for (const {name, width, height} of viewports) {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`/data audit, ${name} ${colorScheme}`, () => {
      test.use({viewport: {width, height}, colorScheme});
      test("no axe violations, console errors, foreign requests or overflow", async ({page, baseURL}) => {
        const watch = await watchPage(page, baseURL!);
        await open(page, "/data");
        for (const summary of await page.locator(".wz-dt-dict summary").all()) await summary.click();
        await noHorizontalOverflow(page);
        await runAxe(page);
        watch.assertClean();
      });
    });
  }
}
