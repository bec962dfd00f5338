import { expect, test } from "@playwright/test";
import { CARDS, fillCheckoutForm } from "../fixtures/checkout-form";

test.describe("Embedded Checkout in the app (Stripe.js stand-in through @stripe/react-stripe-js)", () => {
  test("pays in the embedded form and calls onComplete", async ({ page }) => {
    await page.goto("/dev/embedded-checkout");
    const form = page.locator("#checkout iframe").contentFrame();
    await fillCheckoutForm(form, CARDS.succeeds);
    await form.getByRole("button", { name: "Pay" }).click();
    await expect(page.getByRole("status")).toHaveText("Payment complete (onComplete called)");
    await expect(page).toHaveURL(/\/dev\/embedded-checkout$/);
  });

  test("unmounting removes the form cleanly", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("/dev/embedded-checkout");
    await expect(page.locator("#checkout iframe")).toBeVisible();
    await page.getByRole("button", { name: "Remove the form" }).click();
    await expect(page.getByText("The form was removed.")).toBeVisible();
    await expect(page.locator("iframe")).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
