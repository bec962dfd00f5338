// axe-core on every storefront page, in every language: zero violations of WCAG 2.2 A/AA and axe's best
// practices. The embedded Checkout's iframe and the card Element's are checked too (axe goes into frames).
import AxeBuilder from "@axe-core/playwright";
import { test, expect, type BrowserContext, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { CARDS, CHECKOUT_LABELS, challengeFrame, fillCheckoutForm } from "../fixtures/checkout-form";
import { embeddedFormReady, locales, openAccountPages, openShopperPages, reserve, staticPages, visit, type QualityPage } from "./pages";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

// axe-core goes into every document of a context as it is created (frames from other origins included), minified.
// AxeBuilder would otherwise evaluate the 1.5 MB unminified build in each frame on every check, giving a frame one
// second: on a busy machine the embedded Checkout's frame missed it and was silently left unchecked (and when it
// made it, its `header` showed up as a second banner landmark: the flaky landmark-unique). AxeBuilder is handed a
// check that axe is present instead of the source.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const AXE_IS_PRESENT = `if (typeof window.axe === "undefined") throw new Error("axe-core is missing: injectAxe(context) first");`;

async function injectAxe(context: BrowserContext) {
  await context.addInitScript({ content: AXE_SOURCE });
}

/** One line per problem, so a failure says what to fix without opening the report. */
function describeViolations(violations: Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"]) {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(" ")} — ${n.failureSummary ?? ""}`),
  );
}

/** Checks the page as it is; a page with a framed form must have had that frame checked too. */
async function findViolations(page: Page, target: QualityPage): Promise<string[]> {
  let builder = new AxeBuilder({ page, axeSource: AXE_IS_PRESENT }).withTags(TAGS);
  // A page without frames is checked by one axe.run in the page (about 1 s). The per-frame path, which frames from
  // other origins need, runs axe in each frame and merges the results in a new blank page: 7–10 s a check here.
  if (page.frames().length === 1) builder = builder.setLegacyMode(true);
  const results = await builder.analyze();
  if (target.hasFrame) {
    // A node inside a frame has a target path of one selector per document: more than one, or more than the depth.
    const depth = target.frameDepth ?? 1;
    const checkedInFrame = [...results.passes, ...results.violations].some((rule) => rule.nodes.some((node) => node.target.length > depth));
    expect(checkedInFrame, `${target.name}: axe checked nothing inside its frame`).toBe(true);
  }
  return describeViolations(results.violations);
}

async function expectNoViolations(
  context: BrowserContext,
  page: Page,
  target: QualityPage,
  locale: (typeof locales)[number],
) {
  await visit(context, page, target, locale);
  expect(await findViolations(page, target), `${target.name} (${locale}) ${target.path}`).toEqual([]);
}

test.describe("axe: static pages", () => {
  for (const target of staticPages) {
    for (const locale of locales) {
      test(`${target.name} (${locale})`, async ({ context, page }) => {
        test.setTimeout(120_000);
        await injectAxe(context);
        await expectNoViolations(context, page, target, locale);
      });
    }
  }
});

test.describe("axe: a signed-in account", () => {
  test.describe.configure({ mode: "serial" });
  let account: Awaited<ReturnType<typeof openAccountPages>>;
  test.beforeAll(async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    account = await openAccountPages(browser, baseURL!);
    await injectAxe(account.context);
  });
  test.afterAll(async () => account?.context.close());

  for (const locale of locales) {
    test(`account, membership and its card step (${locale})`, async () => {
      test.setTimeout(180_000);
      const page = await account.context.newPage();
      const failures: string[] = [];
      for (const target of account.pages) {
        await visit(account.context, page, target, locale);
        failures.push(...(await findViolations(page, target)).map((line) => `${target.name}: ${line}`));
      }
      await page.close();
      expect(failures).toEqual([]);
    });
  }
});

test.describe("axe: a shopper's checkout and tickets", () => {
  test.describe.configure({ mode: "serial" });
  let shopper: Awaited<ReturnType<typeof openShopperPages>>;
  test.beforeAll(async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    shopper = await openShopperPages(browser, baseURL!);
    await injectAxe(shopper.context);
  });
  test.afterAll(async () => shopper?.context.close());

  // The list exists only after beforeAll, so one test walks it; every page and language is still reported.
  for (const locale of locales) {
    test(`checkout (hosted and embedded) and tickets (${locale})`, async () => {
      test.setTimeout(240_000);
      const page = await shopper.context.newPage();
      const failures: string[] = [];
      for (const target of shopper.pages) {
        await visit(shopper.context, page, target, locale);
        failures.push(...(await findViolations(page, target)).map((line) => `${target.name}: ${line}`));
      }
      await page.close();
      expect(failures).toEqual([]);
    });
  }
});

// The emulator's 3-D Secure challenge opens in a modal over the embedded form, in a frame within its frame: the
// page as a shopper then has it must still have one main and one banner. The challenge speaks the session's
// language, so it is checked in each (reserved in that language, the session has that locale).
for (const locale of locales) {
  test(`axe: the 3-D Secure challenge over the embedded form (${locale})`, async ({ context, page }) => {
    test.setTimeout(120_000);
    await injectAxe(context);
    const path = await reserve(page, "embedded", locale);
    await embeddedFormReady(page);
    const form = page.locator("#checkout iframe").contentFrame();
    await fillCheckoutForm(form, CARDS.threeDSecure);
    await form.getByRole("button", { name: CHECKOUT_LABELS.pay }).click();
    const challenge = challengeFrame(form);
    await expect(challenge.getByRole("button", { name: CHECKOUT_LABELS.challengeComplete })).toBeVisible({ timeout: 20_000 });
    await expect(challenge.locator("html")).toHaveAttribute("lang", locale);
    // The challenge is a frame inside the form's frame: it must have been checked itself, not just the form.
    expect(await findViolations(page, { name: "3-D Secure challenge", path, hasFrame: true, frameDepth: 2 })).toEqual([]);
  });
}
