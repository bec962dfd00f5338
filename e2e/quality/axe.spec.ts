// axe-core on every storefront page, in every language: zero violations of WCAG 2.2 A/AA and axe's best
// practices. The embedded Checkout's iframe is checked too (axe goes into frames).
import AxeBuilder from "@axe-core/playwright";
import { test, expect, type BrowserContext, type Page } from "@playwright/test";
import { locales, openAccountPages, openShopperPages, staticPages, visit, type QualityPage } from "./pages";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** One line per problem, so a failure says what to fix without opening the report. */
function describeViolations(violations: Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"]) {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(" ")} — ${n.failureSummary ?? ""}`),
  );
}

async function expectNoViolations(
  context: BrowserContext,
  page: Page,
  target: QualityPage,
  locale: (typeof locales)[number],
) {
  await visit(context, page, target, locale);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(describeViolations(results.violations), `${target.name} (${locale}) ${target.path}`).toEqual([]);
}

test.describe("axe: static pages", () => {
  for (const target of staticPages) {
    for (const locale of locales) {
      test(`${target.name} (${locale})`, async ({ context, page }) => {
        test.setTimeout(120_000);
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
  });
  test.afterAll(async () => account?.context.close());

  for (const locale of locales) {
    test(`account, membership and its card step (${locale})`, async () => {
      test.setTimeout(180_000);
      const page = await account.context.newPage();
      const failures: string[] = [];
      for (const target of account.pages) {
        await visit(account.context, page, target, locale);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        failures.push(...describeViolations(results.violations).map((line) => `${target.name}: ${line}`));
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
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        failures.push(...describeViolations(results.violations).map((line) => `${target.name}: ${line}`));
      }
      await page.close();
      expect(failures).toEqual([]);
    });
  }
});
