// Event times in the venue's zone with its label; yen first for a Japanese shopper; the currency a shopper
// picks is remembered across pages, and its amounts are the price's own currency options.
import { expect, test } from "@playwright/test";

const orchestra = "Midnight Orchestra — Live at the Harbour";

test("event times are the venue's wall clock, labelled with its zone", async ({ page }) => {
  await page.goto("/");
  // Seeded at 20:00 in Rotterdam (Europe/Amsterdam: GMT+1 in winter, GMT+2 in summer), not in UTC.
  await expect(page.getByRole("article").filter({ hasText: orchestra })).toContainText(/20:00 GMT\+[12]/);
  await page.goto("/events/midnight-orchestra");
  await expect(page.locator("article header")).toContainText(/20:00 GMT\+[12] · Harbour Hall, Rotterdam/);
  await page.goto("/events/future-web-talks"); // 09:00 in Berlin
  await expect(page.locator("article header")).toContainText(/09:00 GMT\+[12]/);
});

test("a chosen currency is remembered on every page, from the price's own options", async ({ page }) => {
  await page.goto("/events/midnight-orchestra");
  const switcher = page.getByRole("group", { name: "Currency" });
  await expect(switcher.getByRole("button", { name: "EUR" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("listitem", { name: "VIP" })).toContainText("€129.00");

  await switcher.getByRole("button", { name: "USD" }).click();
  await expect(switcher.getByRole("button", { name: "USD" })).toHaveAttribute("aria-pressed", "true");
  // The admin's option for 129.00 EUR is 139.32 USD (as seeded), shown as it is: no conversion, no rounding.
  await expect(page.getByRole("listitem", { name: "VIP" })).toContainText("$139.32");
  // The subtotal from Standing (hundreds of seats): the two VIP seats left are raced for by other specs.
  await page.getByRole("button", { name: "Add one Standing ticket" }).click();
  await expect(page.getByTestId("subtotal")).toHaveText("$42.12");

  await page.goto("/");
  await expect(page.getByRole("article").filter({ hasText: orchestra })).toContainText(/from \$\d+\.\d\d/);
  await page.goto("/events/comedy-cellar-night");
  await expect(page.getByRole("group", { name: "Currency" }).getByRole("button", { name: "USD" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("listitem", { name: "Bar stool" })).toContainText("$19.44");
  await page.reload();
  await expect(page.getByRole("listitem", { name: "Bar stool" })).toContainText("$19.44");
});

test.describe("a Japanese shopper", () => {
  test.use({ locale: "ja-JP" });

  test("gets Japanese dates and yen first", async ({ page }) => {
    await page.goto("/");
    const card = page.getByRole("article").filter({ hasText: orchestra });
    await expect(card).toContainText(/\d{4}年\d{1,2}月\d{1,2}日\(.\) 20:00 GMT\+[12]/);
    await expect(card).toContainText(/￥[\d,]+から|￥[\d,]+/);
    await page.goto("/events/midnight-orchestra");
    const switcher = page.getByRole("group", { name: "通貨" });
    await expect(switcher.getByRole("button").first()).toHaveText("JPY");
    await expect(switcher.getByRole("button", { name: "JPY" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("listitem", { name: "VIP" })).toContainText("￥20,600");
    await page.getByRole("button", { name: "Standingを1枚増やす" }).click();
    await expect(page.getByTestId("subtotal")).toHaveText("￥6,200");
    // A choice of euros sticks, in Japanese too.
    await switcher.getByRole("button", { name: "EUR" }).click();
    await expect(page.getByRole("listitem", { name: "VIP" })).toContainText("€129.00");
    await page.goto("/events/comedy-cellar-night");
    await expect(page.getByRole("listitem", { name: "Bar stool" })).toContainText("€18.00");
  });
});
