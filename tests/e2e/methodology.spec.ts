// /methodology: the generated parts follow the data, and the page is clean.
import {expect, test, type Page} from "@playwright/test";
import {noHorizontalOverflow, runAxe, waitForFramework, watchPage} from "./helpers.js";

async function open(page: Page): Promise<void> {
  const response = await page.goto("/methodology");
  expect(response?.status()).toBe(200);
  await waitForFramework(page);
  await page.locator("#method-corrections").waitFor();
}

test.describe("the methodology page", () => {
  test.use({viewport: {width: 1280, height: 800}});

  test("explains the scheme, the axes and the limits", async ({page}) => {
    await open(page);
    const main = page.locator("#observablehq-main");
    for (const text of ["favor", "against", "undercut", "rebut", "evidence", "Under the guise of sovereignty", "Krippendorff", "fewer than 2 claims", "hollow"]) {
      await expect(main).toContainText(text);
    }
    await expect(main).toContainText("No second coder");
    await expect(page.locator("#method-axes")).toContainText("Flonk, Jachtenfuchs & Obendiek");
    await expect(page.locator("#method-axes a").first()).toHaveAttribute("href", /^https:/);
  });

  test("lists the unconfirmed claims, generated from the data", async ({page}) => {
    await open(page);
    const claims = (await (await page.request.get(await hrefOf(page, "claims"))).json()) as {verification: string; quote: string}[];
    const unconfirmed = claims.filter((c) => c.verification !== "confirmed");
    const list = page.locator("#unconfirmed-claims");
    await expect(list.locator("li")).toHaveCount(unconfirmed.length);
    await expect(list).toContainText("As long as they abide by China’s laws");
    await expect(list).toContainText("China is the biggest source of hacking attacks");
    await expect(page.locator("#method-verification tbody tr")).toHaveCount(claims.length);
    await expect(page.locator("#method-corrections tbody tr")).toHaveCount(16);
    await expect(page.locator("#method-verification tbody a").first()).toHaveAttribute("href", /source#claim-/);
  });
});

/** The URL of a table's JSON, as the page loaded it. */
async function hrefOf(page: Page, table: string): Promise<string> {
  const url = await page.evaluate((t) => performance.getEntriesByType("resource").map((e) => e.name).find((n) => n.includes(`/data/wuzhen-2015/${t}.`) && n.endsWith(".json")), table);
  expect(url, `${table}.json was loaded`).toBeTruthy();
  return url!;
}

const viewports = [
  {name: "desktop", width: 1280, height: 800},
  {name: "phone", width: 375, height: 667}
];
for (const {name, width, height} of viewports) {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`/methodology audit, ${name} ${colorScheme}`, () => {
      test.use({viewport: {width, height}, colorScheme});
      test("no axe violations, console errors, foreign requests or overflow", async ({page, baseURL}) => {
        const watch = await watchPage(page, baseURL!);
        await open(page);
        await noHorizontalOverflow(page);
        await runAxe(page);
        watch.assertClean();
      });
    });
  }
}
