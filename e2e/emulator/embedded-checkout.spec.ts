// Embedded Checkout through the Stripe.js stand-in, on a merchant page of another origin.
import { CARDS, expect, fillCheckoutForm, test, type Emulator } from "./support/fixtures";
import type { MerchantServer } from "./support/merchant-server";

async function createEmbeddedSession(
  emulator: Emulator,
  merchant: MerchantServer,
  redirectOnCompletion: "always" | "if_required" = "if_required",
) {
  return emulator.stripe.checkout.sessions.create({
    mode: "payment",
    ui_mode: "embedded_page",
    line_items: [
      { price_data: { currency: "eur", unit_amount: 4000, product_data: { name: "Festival day pass" } }, quantity: 1 },
    ],
    return_url: `${merchant.url}/orders/return?session_id={CHECKOUT_SESSION_ID}`,
    redirect_on_completion: redirectOnCompletion,
  });
}

test.describe("Embedded Checkout", () => {
  test("pays inside the merchant's page and calls onComplete", async ({ page, emulator, merchant }) => {
    const session = await createEmbeddedSession(emulator, merchant);
    await page.goto(`${merchant.url}/merchant?checkout=${encodeURIComponent(session.client_secret!)}`);

    const checkout = page.getByTitle("Embedded Checkout").contentFrame();
    await expect(checkout.getByText("Festival day pass")).toBeVisible();
    await fillCheckoutForm(checkout, CARDS.succeeds);
    await checkout.getByRole("button", { name: "Pay" }).click();

    await expect(page.getByRole("status").filter({ hasText: "Checkout complete" })).toBeVisible();
    await expect(checkout.getByText("Payment successful")).toBeVisible();
    expect((await emulator.stripe.checkout.sessions.retrieve(session.id)).status).toBe("complete");
  });

  test("sends the shopper to return_url when the session always redirects", async ({ page, emulator, merchant }) => {
    const session = await createEmbeddedSession(emulator, merchant, "always");
    await page.goto(`${merchant.url}/merchant?checkout=${encodeURIComponent(session.client_secret!)}`);

    const checkout = page.getByTitle("Embedded Checkout").contentFrame();
    await fillCheckoutForm(checkout, CARDS.succeeds);
    await checkout.getByRole("button", { name: "Pay" }).click();

    await expect(page).toHaveURL(`${merchant.url}/orders/return?session_id=${session.id}`);
  });

  test("takes the form away on destroy and refuses to mount it again", async ({ page, emulator, merchant }) => {
    const session = await createEmbeddedSession(emulator, merchant);
    await page.goto(`${merchant.url}/merchant?checkout=${encodeURIComponent(session.client_secret!)}`);
    await expect(
      page.getByTitle("Embedded Checkout").contentFrame().getByRole("button", { name: "Pay" }),
    ).toBeVisible();

    await page.getByRole("button", { name: "End hold" }).click();

    await expect(page.getByTitle("Embedded Checkout")).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "Checkout removed" })).toContainText(
      "mounting again fails: This Embedded Checkout instance has been destroyed.",
    );
  });
});
