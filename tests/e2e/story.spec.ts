// The scrollytelling story: what a reader does with it, at desktop and phone
// sizes. The graphic's state is read from the DOM: the active view
// (data-view with data-active) and the caption (the step's words).
import {expect, test, type Page} from "@playwright/test";
import {STEPS} from "../../src/story-steps.js";
import {noHorizontalOverflow, runAxe, waitForFramework, watchPage} from "./helpers.js";

const SIZES = [
  {name: "desktop", viewport: {width: 1280, height: 800}},
  {name: "phone", viewport: {width: 375, height: 667}}
] as const;

async function graphicState(page: Page) {
  return page.evaluate(() => {
    const view = document.querySelector("#story-graphic .wz-story-view[data-active]")?.getAttribute("data-view") ?? null;
    const caption = document.querySelector("#story-graphic .wz-story-caption small")?.textContent ?? null;
    const active = document.querySelector("[data-step][data-active]")?.getAttribute("data-step") ?? null;
    return {view, caption, active: active === null ? null : Number(active)};
  });
}

/** The scrolly is running: the graphic is in its slot. */
async function scrollyReady(page: Page) {
  await waitForFramework(page);
  await expect(page.locator("#story-graphic")).toBeVisible();
}

async function expectStep(page: Page, n: number) {
  await expect.poll(() => graphicState(page)).toEqual({view: STEPS[n - 1]!.view, caption: STEPS[n - 1]!.caption, active: n});
}

/** Records every step that becomes active, to prove that nothing in between was played. */
async function recordActivations(page: Page) {
  await page.addInitScript(() => {
    const seen: number[] = [];
    (window as unknown as {__steps: number[]}).__steps = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        if (el.hasAttribute("data-active") && el.dataset.step) seen.push(Number(el.dataset.step));
      }
    }).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-active"]});
  });
}

for (const {name, viewport} of SIZES) {
  test.describe(`story, ${name}`, () => {
    test.use({viewport});

    test("scrolling through every step sets the graphic to each step's state", async ({page, baseURL}) => {
      const watch = await watchPage(page, baseURL!);
      await page.goto("/");
      await waitForFramework(page);
      await expect(page.locator("#story-graphic")).toBeVisible();
      for (let n = 1; n <= STEPS.length; n++) {
        await page.locator(`[data-step="${n}"] h2`).evaluate((h) => h.scrollIntoView({block: "center"}));
        await expectStep(page, n);
        await expect(page).toHaveURL(new RegExp(`[?&]step=${n}(&|$)`));
      }
      await noHorizontalOverflow(page);
      watch.assertClean();
    });

    test("?step=N opens that step's graphic without playing the steps before it", async ({page}) => {
      await recordActivations(page);
      await page.goto("/?step=7");
      await waitForFramework(page);
      await expectStep(page, 7);
      const seen = await page.evaluate(() => (window as unknown as {__steps: number[]}).__steps);
      expect(seen.filter((s) => s < 7)).toEqual([]);
    });

    test("a reload in the middle of the story lands on the same step", async ({page}) => {
      await page.goto("/");
      await waitForFramework(page);
      await page.locator('[data-step="6"] h2').evaluate((h) => h.scrollIntoView({block: "center"}));
      await expectStep(page, 6);
      await page.reload();
      await waitForFramework(page);
      await expectStep(page, 6);
    });

    test("a fast scroll from top to bottom lands on the last state", async ({page}) => {
      await recordActivations(page);
      await page.goto("/");
      await scrollyReady(page);
      await page.evaluate(() => window.scrollTo({top: document.documentElement.scrollHeight, behavior: "instant"}));
      await expectStep(page, STEPS.length);
      // Position, not sequence: the steps in between were never played.
      const seen = await page.evaluate(() => (window as unknown as {__steps: number[]}).__steps);
      expect(seen.filter((s) => s > 1 && s < STEPS.length)).toEqual([]);
    });

    test("Back and Forward follow the steps the reader stopped at", async ({page}) => {
      await page.goto("/");
      await waitForFramework(page);
      await page.locator('[data-step="3"] h2').evaluate((h) => h.scrollIntoView({block: "center"}));
      await expectStep(page, 3);
      await page.waitForTimeout(1000); // settle on step 3
      await page.locator('[data-step="8"] h2').evaluate((h) => h.scrollIntoView({block: "center"}));
      await expectStep(page, 8);
      await page.waitForTimeout(1000);
      await page.goBack();
      await expectStep(page, 3);
      await page.goForward();
      await expectStep(page, 8);
    });

    test("reduced motion turns the transitions off", async ({page}) => {
      await page.emulateMedia({reducedMotion: "reduce"});
      await page.goto("/?step=2");
      await waitForFramework(page);
      const durations = await page.locator("#story-graphic .wz-story-view").evaluateAll((views) => views.map((v) => getComputedStyle(v).transitionDuration));
      for (const d of durations) expect(d.split(",").every((x) => parseFloat(x) === 0)).toBe(true);
    });

    for (const scheme of ["light", "dark"] as const) {
      test(`axe finds no violations (${scheme}), at the top and mid-story`, async ({page}) => {
        await page.emulateMedia({colorScheme: scheme});
        await page.goto("/");
        await waitForFramework(page);
        await runAxe(page);
        await page.goto("/?step=4");
        await waitForFramework(page);
        await expectStep(page, 4);
        await runAxe(page);
        await noHorizontalOverflow(page);
      });
    }
  });
}

test.describe("linear reading", () => {
  test("?linear reads in one column, each step followed by its picture", async ({page}) => {
    await page.goto("/?linear");
    await waitForFramework(page);
    await expect(page.locator("#story-graphic")).toHaveCount(0);
    const pictures = page.locator(".story-picture img");
    await expect(pictures).toHaveCount(STEPS.length);
    for (const img of await pictures.all()) {
      await img.scrollIntoViewIfNeeded();
      await expect(img).toBeVisible();
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
      expect(await img.getAttribute("alt")).toBeTruthy();
    }
  });

  test("without JavaScript every step and picture is there", async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false, viewport: {width: 375, height: 667}});
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("[data-step]")).toHaveCount(STEPS.length);
    await expect(page.locator(".story-picture img").first()).toBeVisible();
    await context.close();
  });

  test("print shows the pictures, not the sticky graphic", async ({page}) => {
    await page.goto("/");
    await waitForFramework(page);
    await page.emulateMedia({media: "print"});
    await expect(page.locator(".story-graphic-slot")).toBeHidden();
    await expect(page.locator(".story-picture img").first()).toBeVisible();
  });
});

test("the actor filter after the story narrows the explorer links", async ({page}) => {
  await page.goto("/");
  await waitForFramework(page);
  const box = page.locator("#explore-actors input[value=amnesty]");
  await box.focus();
  await page.keyboard.press("Space");
  await expect(page.locator("#explore-links a[data-explore]").first()).toHaveAttribute("href", /\?actor=amnesty$/);
  await expect(page).toHaveURL(/actor=amnesty/);
});

test("the story page carries schema.org Claim items", async ({page}) => {
  await page.goto("/");
  await waitForFramework(page);
  const ld = await page.locator('script[type="application/ld+json"]').first().textContent();
  const data = JSON.parse(ld ?? "{}");
  const text = JSON.stringify(data);
  expect(text).toContain('"@type":"Claim"');
  expect(text).toContain("Freedom is what order is meant for");
});
