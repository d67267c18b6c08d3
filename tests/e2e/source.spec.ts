// /source: the article verbatim, highlights by actor, [sic] notes, deep links,
// claim cards by click and keyboard, the actor filter, and a clean audit.
import {expect, test, type Page} from "@playwright/test";
import {readFileSync} from "node:fs";
import {splitParagraphs} from "../../loaders/spans.js";
import {noHorizontalOverflow, runAxe, waitForFramework, watchPage} from "./helpers.js";

const ARTICLE = readFileSync(new URL("../../data/wuzhen-2015/article/000_977253bdb82da9ef.txt", import.meta.url), "utf8");

async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await waitForFramework(page);
  await page.locator(".wz-st-text").waitFor();
}

test.describe("the source reader", () => {
  test.use({viewport: {width: 1280, height: 800}});

  test("renders every paragraph verbatim, [sic] buttons aside", async ({page}) => {
    await open(page, "/source");
    const rendered = await page.$$eval(".wz-st-para p", (ps) =>
      ps.map((p) => {
        const clone = p.cloneNode(true) as HTMLElement;
        clone.querySelectorAll(".wz-st-sic").forEach((n) => n.remove());
        return clone.textContent;
      })
    );
    const expected = splitParagraphs(ARTICLE).map((p) => ARTICLE.slice(p.start, p.end));
    expect(rendered).toEqual(expected);
    expect(rendered[0]).toBe("Share");
    expect(rendered[1]).toBe("Every country should govern its own Internet: China’s Xi");
    expect(rendered.join("\n")).toContain("Russian Federation里巴巴");
    await expect(page.locator('.wz-st-text [lang="zh"]').first()).toHaveText("里巴巴");
  });

  test("shows the header: title, outlet, composite note, sha256", async ({page}) => {
    await open(page, "/source");
    const header = page.locator(".wz-st-header");
    await expect(header).toContainText("Every country should govern its own Internet: China’s Xi");
    await expect(header).toContainText("lidtime.com");
    await expect(header).toContainText("content-farm composite");
    await expect(header).toContainText("afde318f87a867c3e9faf76bb0a045e9e175631b0be01bde28cf23d15e13cdbe");
  });

  test("highlights every claim, each with one focusable handle, and names every actor's style", async ({page}) => {
    await open(page, "/source");
    const handles = await page.$$eval(".wz-st-handle", (els) => els.map((e) => ({id: e.id, role: e.getAttribute("role"), tab: e.getAttribute("tabindex")})));
    expect(handles.length).toBe(29);
    for (const h of handles) {
      expect(h.id).toMatch(/^claim-[a-z0-9-]+$/);
      expect(h.role).toBe("button");
      expect(h.tab).toBe("0");
    }
    // Colour is never alone: each actor's underline style differs from the others'.
    const legend = await page.$$eval(".wz-st-legend li[data-actor] .wz-st-claim", (els) =>
      els.map((e) => {
        const s = getComputedStyle(e);
        return `${s.textDecorationStyle} ${s.textDecorationThickness} ${s.backgroundColor}`;
      })
    );
    expect(legend.length).toBe(10);
    expect(new Set(legend).size).toBe(legend.length);
    for (const style of legend) expect(style).toMatch(/^(solid|dashed|dotted|double|wavy) /);
    await expect(page.locator(".wz-st-legend")).toContainText("Xi Jinping");
    await expect(page.locator(".wz-st-legend")).toContainText("solid underline");
  });

  test("a deep link focuses the claim's span and scrolls it into view", async ({page}) => {
    await open(page, "/source#claim-xi-freedom-order");
    await page.waitForFunction(() => document.activeElement?.id === "claim-xi-freedom-order");
    const box = await page.locator("#claim-xi-freedom-order").boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    await expect(page.locator("#claim-xi-freedom-order")).toHaveText("Freedom is what order is meant for, and order is the guarantee of freedom");
  });

  test("an event deep link focuses the first words of its mention", async ({page}) => {
    await open(page, "/source#event-indictment");
    await page.waitForFunction(() => document.activeElement?.id === "event-indictment");
    await expect(page.locator("#event-indictment")).toBeInViewport();
  });

  test("a click opens the claim card; Escape closes it and returns focus", async ({page}) => {
    await open(page, "/source");
    const handle = page.locator("#claim-xi-freedom-order");
    await handle.click();
    const card = page.locator('.wz-st-detail:not([hidden]) article[data-claim="xi-freedom-order"]');
    await expect(card).toBeVisible();
    await expect(card).toContainText("Freedom is what order is meant for");
    await expect(handle).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Escape");
    await expect(card).toHaveCount(0);
    await expect(handle).toBeFocused();
    await expect(handle).toHaveAttribute("aria-expanded", "false");
  });

  test("Enter opens the card from the keyboard; Close closes it and returns focus", async ({page}) => {
    await open(page, "/source");
    const handle = page.locator("#claim-amnesty-guise");
    await handle.focus();
    await page.keyboard.press("Enter");
    const panel = page.locator(".wz-st-detail:not([hidden])");
    await expect(panel.locator('article[data-claim="amnesty-guise"]')).toBeVisible();
    await expect(panel).toBeFocused();
    await panel.getByRole("button", {name: "Close"}).click();
    await expect(page.locator(".wz-st-detail:not([hidden])")).toHaveCount(0);
    await expect(handle).toBeFocused();
  });

  test("a click on the middle of a claim also opens its card", async ({page}) => {
    await open(page, "/source");
    // The claim is split by the [sic] note on its first words; its second piece is not the handle.
    const piece = page.locator('.wz-st-claim[data-claim="xi-abide-by-laws"]:not(:has(.wz-st-handle))').first();
    await piece.click();
    await expect(page.locator('.wz-st-detail:not([hidden]) article[data-claim="xi-abide-by-laws"]')).toBeVisible();
  });

  test("[sic] opens the correction: what it means, its kind and note", async ({page}) => {
    await open(page, "/source");
    const sic = page.locator('.wz-st-sic button[data-correction="imb"]');
    await expect(sic).toHaveText(/^\[sic\]/);
    await sic.click();
    const panel = page.locator(".wz-st-detail:not([hidden])");
    await expect(panel).toContainText("Means");
    await expect(panel).toContainText("IBM");
    await expect(panel).toContainText("typo");
    await expect(sic).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Escape");
    await expect(sic).toBeFocused();
    // A factual correction shows its citation.
    await page.locator('.wz-st-sic button[data-correction="russia-officials"]').click();
    await expect(page.locator(".wz-st-detail:not([hidden]) a")).toHaveCount(1);
  });

  test("the actor filter dims the other actors' highlights and keeps the text readable", async ({page}) => {
    await open(page, "/source");
    await page.locator("#source-filter").getByRole("checkbox", {name: /Amnesty International/}).check();
    await expect(page).toHaveURL(/\?actor=amnesty/);
    const xi = page.locator('.wz-st-claim[data-actor="xi"]').first();
    const amnesty = page.locator('.wz-st-claim[data-actor="amnesty"]').first();
    await expect(xi).toHaveClass(/is-dimmed/);
    await expect(amnesty).not.toHaveClass(/is-dimmed/);
    const styles = await xi.evaluate((e) => ({bg: getComputedStyle(e).backgroundColor, line: getComputedStyle(e).textDecorationLine, color: getComputedStyle(e).color}));
    expect(styles.bg).toBe("rgba(0, 0, 0, 0)");
    expect(styles.line).toBe("none");
    await expect(page.locator("#claim-xi-freedom-order")).toHaveAttribute("tabindex", "-1");
    await expect(page.locator("#claim-amnesty-guise")).toHaveAttribute("tabindex", "0");
    await expect(page.locator(".wz-st-status")).toContainText("Highlighting 2 of 29 claims");
    // Back restores everything.
    await page.goBack();
    await expect(xi).not.toHaveClass(/is-dimmed/);
  });

  test("?actor= on load dims the others", async ({page}) => {
    await open(page, "/source?actor=xi");
    await expect(page.locator('.wz-st-claim[data-actor="amnesty"]').first()).toHaveClass(/is-dimmed/);
    await expect(page.locator('.wz-st-claim[data-actor="xi"]').first()).not.toHaveClass(/is-dimmed/);
  });
});

const viewports = [
  {name: "desktop", width: 1280, height: 800},
  {name: "phone", width: 375, height: 667}
];
for (const {name, width, height} of viewports) {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`/source audit, ${name} ${colorScheme}`, () => {
      test.use({viewport: {width, height}, colorScheme});
      test("no axe violations, console errors, foreign requests or overflow", async ({page, baseURL}) => {
        const watch = await watchPage(page, baseURL!);
        await open(page, "/source");
        await noHorizontalOverflow(page);
        await runAxe(page);
        // With a card open, a note open and a filter on, too.
        await page.locator("#claim-xi-no-hegemony").click();
        await runAxe(page);
        await page.locator('.wz-st-sic button[data-correction="alibaba-garble"]').click();
        await runAxe(page);
        await page.keyboard.press("Escape");
        await page.locator("#source-filter").getByRole("checkbox", {name: /Amnesty International/}).check();
        await runAxe(page);
        await noHorizontalOverflow(page);
        watch.assertClean();
      });
    });
  }
}

test("the story page carries schema.org Claim JSON-LD", async ({page}) => {
  await page.goto("/");
  await waitForFramework(page);
  await page.waitForFunction(() => document.head.querySelector('script[type="application/ld+json"]'));
  const data = JSON.parse(await page.locator('head script[type="application/ld+json"]').first().evaluate((s) => s.textContent ?? ""));
  expect(data["@context"]).toBe("https://schema.org");
  expect(data["@graph"].length).toBe(29);
  const first = data["@graph"][0];
  expect(first["@type"]).toBe("Claim");
  expect(first.author.name).toBeTruthy();
  expect(first.appearance.url).toMatch(/^https?:/);
  expect(first.firstAppearance).toBeTruthy();
  expect(first.url).toMatch(/\/source#claim-/);
});
