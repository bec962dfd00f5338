// @stripe/react-stripe-js on the stand-in, in React StrictMode: the components Box Office's pages use must
// work unchanged against the emulator.
import { CARDS, challengeFrame, expect, fillCheckoutForm, test } from "./support/fixtures";

test.describe("@stripe/react-stripe-js on the stand-in", () => {
  // Bundling the React page takes a few seconds: do it before the tests' clocks start.
  test.beforeAll(async ({ merchant }) => {
    const response = await fetch(`${merchant.url}/react-page.js`);
    expect(response.ok).toBe(true);
  });

  test("CardElement and confirmCardSetup save a card after 3-D Secure", async ({ page, emulator, merchant }) => {
    const customer = await emulator.stripe.customers.create({ email: "member@example.com" });
    const setupIntent = await emulator.stripe.setupIntents.create({ customer: customer.id });
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "warning" || message.type() === "error") warnings.push(message.text());
    });
    await page.goto(`${merchant.url}/react?setup=${encodeURIComponent(setupIntent.client_secret!)}`);

    // StrictMode mounts, destroys and re-creates the Element: exactly one card iframe must remain.
    await expect(page.getByTitle("Secure card payment input frame")).toHaveCount(1);
    const card = page.getByTitle("Secure card payment input frame").contentFrame();
    await card.getByLabel("Card number").fill(CARDS.authenticateOnSetup);
    await card.getByLabel("Expiration date").fill("12 / 34");
    await card.getByLabel("CVC").fill("123");
    await page.getByRole("button", { name: "Save card" }).click();
    await challengeFrame(page).getByRole("button", { name: "Complete" }).click();

    await expect(page.getByRole("status")).toHaveText("Card saved: SetupIntent succeeded");
    expect(warnings.filter((text) => /Stripe\.js|stripe-js/i.test(text))).toEqual([]);
  });

  test("EmbeddedCheckoutProvider pays, calls onComplete, and unmounts cleanly when the hold ends", async ({
    page,
    emulator,
    merchant,
  }) => {
    const create = () =>
      emulator.stripe.checkout.sessions.create({
        mode: "payment",
        ui_mode: "embedded_page",
        line_items: [
          { price_data: { currency: "usd", unit_amount: 3000, product_data: { name: "Balcony seat" } }, quantity: 1 },
        ],
        return_url: `${merchant.url}/orders/return?session_id={CHECKOUT_SESSION_ID}`,
        redirect_on_completion: "if_required",
      });

    const paid = await create();
    await page.goto(`${merchant.url}/react?checkout=${encodeURIComponent(paid.client_secret!)}`);
    await expect(page.getByTitle("Embedded Checkout")).toHaveCount(1);
    await fillCheckoutForm(page.getByTitle("Embedded Checkout").contentFrame(), CARDS.succeeds);
    await page.getByTitle("Embedded Checkout").contentFrame().getByRole("button", { name: "Pay" }).click();
    await expect(page.getByRole("status")).toHaveText("Checkout complete");

    const held = await create();
    await page.goto(`${merchant.url}/react?checkout=${encodeURIComponent(held.client_secret!)}`);
    await expect(
      page.getByTitle("Embedded Checkout").contentFrame().getByRole("button", { name: "Pay" }),
    ).toBeVisible();
    await page.getByRole("button", { name: "End hold" }).click();
    await expect(page.getByTitle("Embedded Checkout")).toHaveCount(0);
    await expect(page.getByRole("status")).toHaveText("Your seats went back on sale");
  });
});
