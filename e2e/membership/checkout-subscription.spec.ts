// Flow B: the membership through Embedded Checkout in mode=subscription — plan + one-time setup fee, with a trial.
import { expect, test } from "@playwright/test";
import { signUp } from "../fixtures/account";
import { CARDS, fillCheckoutForm } from "../fixtures/checkout-form";

test("Checkout subscription: trial plus setup fee, back on /account with both lines on the invoice", async ({ page }) => {
  test.setTimeout(120_000);
  const email = await signUp(page, undefined, "/membership");
  await page.getByRole("radio", { name: /Monthly/ }).check();
  await expect(page.getByText("Checkout adds a one-time setup fee of €15.00, charged today.")).toBeVisible();
  await page.getByRole("button", { name: "Subscribe with Checkout" }).click();
  const form = page.locator("#checkout iframe").contentFrame();
  await fillCheckoutForm(form, CARDS.succeeds, email);
  await form.getByRole("button", { name: /Start trial|Subscribe/ }).click();
  await expect(page).toHaveURL(/\/account\?membership_session=cs_/, { timeout: 30_000 });
  await expect(page.getByTestId("membership-status")).toHaveText(/Free trial/);
  const invoices = page.getByRole("table", { name: "Invoices" });
  await expect(invoices).toContainText("€15.00");
  await expect(invoices.getByRole("row")).toHaveCount(2);
  await expect(invoices.getByRole("cell").filter({ hasText: /Setup fee|setup fee/ })).toBeVisible();
});

test("Checkout subscription in Japanese: the session has the shopper's locale, so Stripe's form is Japanese", async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  await signUp(page, undefined, "/membership");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "ja", url: baseURL! }]);
  await page.reload();
  await page.getByRole("radio", { name: /月額プラン/ }).check();
  await page.getByRole("button", { name: "Checkout で申し込む" }).click();
  const form = page.locator("#checkout iframe").contentFrame();
  await expect(form.getByRole("button", { name: "無料トライアルを開始" })).toBeVisible({ timeout: 20_000 });
  await expect(form.locator("html")).toHaveAttribute("lang", "ja");
  await expect(form.getByText("本日のお支払い額")).toBeVisible();
});
