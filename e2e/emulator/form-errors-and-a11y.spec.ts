// The Checkout form's messages and accessibility: errors that clear as the shopper fixes the field (as Stripe's
// do), readable small print, and an embedded form that adds no landmark of its own to the merchant's page.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { CARDS, expect, fillCheckoutForm, test, type Emulator } from "./support/fixtures";
import type { MerchantServer } from "./support/merchant-server";

async function createSession(emulator: Emulator, merchant: MerchantServer, embedded: boolean) {
  return emulator.stripe.checkout.sessions.create({
    mode: "payment",
    ...(embedded
      ? {
          ui_mode: "embedded_page" as const,
          return_url: `${merchant.url}/orders/return?session_id={CHECKOUT_SESSION_ID}`,
        }
      : {
          success_url: `${merchant.url}/orders/success?session_id={CHECKOUT_SESSION_ID}`,
          cancel_url: `${merchant.url}/events/night-at-the-opera`,
        }),
    line_items: [
      { price_data: { currency: "eur", unit_amount: 4000, product_data: { name: "Festival day pass" } }, quantity: 1 },
    ],
  });
}

/** Opens the hosted Checkout page of a new session. */
async function openHostedCheckout(page: Page, emulator: Emulator, merchant: MerchantServer) {
  const session = await createSession(emulator, merchant, false);
  await page.goto(session.url!);
}

const fieldError = (page: Page, id: string) => page.locator(`#${id}`);

test.describe("Checkout form errors", () => {
  test("errors shown on Pay clear as each field becomes valid, without pressing Pay again", async ({
    page,
    emulator,
    merchant,
  }) => {
    await openHostedCheckout(page, emulator, merchant);
    await page.getByRole("button", { name: "Pay" }).click();

    const email = page.getByLabel("Email");
    const name = page.getByLabel("Cardholder name");
    await expect(fieldError(page, "email-error")).toHaveText("Required");
    await expect(fieldError(page, "name-error")).toHaveText("Required");
    await expect(fieldError(page, "card-error")).toHaveText("Your card number is incomplete.");
    await expect(email).toHaveAttribute("aria-invalid", "");
    await expect(page.getByLabel("Card number")).toHaveAttribute("aria-invalid", "");

    // Half an address is still wrong: the message stays until the address is whole.
    await email.fill("ada@example");
    await expect(fieldError(page, "email-error")).toHaveText("Required");
    await email.fill("ada@example.com");
    await expect(fieldError(page, "email-error")).toBeHidden();
    await expect(email).not.toHaveAttribute("aria-invalid");

    await name.fill("Ada Lovelace");
    await expect(fieldError(page, "name-error")).toBeHidden();

    await page.getByLabel("Card number").fill(CARDS.succeeds);
    await page.getByLabel("Expiration").fill("12 / 34");
    await page.getByLabel("CVC").fill("123");
    await expect(fieldError(page, "card-error")).toBeHidden();
    await expect(page.getByLabel("Card number")).not.toHaveAttribute("aria-invalid");
  });

  test("leaving a field re-validates it; an untouched empty field stays quiet", async ({
    page,
    emulator,
    merchant,
  }) => {
    await openHostedCheckout(page, emulator, merchant);
    const email = page.getByLabel("Email");

    await email.focus();
    await page.getByLabel("Cardholder name").focus();
    await expect(fieldError(page, "email-error")).toBeHidden();

    await email.fill("ada@");
    await page.getByLabel("Cardholder name").focus();
    await expect(fieldError(page, "email-error")).toHaveText("Your email address is invalid.");
    await email.fill("ada@example.com");
    await expect(fieldError(page, "email-error")).toBeHidden();

    // A half-typed card number is called incomplete once the shopper leaves the card box, not while in it.
    await page.getByLabel("Card number").fill("4242 4242");
    await expect(fieldError(page, "card-error")).toBeHidden();
    await page.getByLabel("Cardholder name").focus();
    await expect(fieldError(page, "card-error")).toHaveText("Your card number is incomplete.");
    await page.getByLabel("Card number").fill("4242 4242");
    await expect(fieldError(page, "card-error")).toBeHidden();
  });

  test("a decline stays on screen when the shopper only moves focus, and goes once the card changes", async ({
    page,
    emulator,
    merchant,
  }) => {
    await openHostedCheckout(page, emulator, merchant);
    await fillCheckoutForm(page, CARDS.declined, "ada@example.com");
    await page.getByRole("button", { name: "Pay" }).click();
    await expect(fieldError(page, "card-error")).toHaveText("Your card was declined.");

    await page.getByLabel("Cardholder name").focus();
    await expect(fieldError(page, "card-error")).toHaveText("Your card was declined.");
    await page.getByLabel("Card number").fill("");
    await expect(fieldError(page, "card-error")).toBeHidden();
  });
});

test.describe("Checkout form accessibility", () => {
  // axe walks every node (and frame) of the page: slow on a busy machine, not a sign of a problem.
  test.describe.configure({ timeout: 120_000 });
  test("the hosted page has no axe violations, its test-mode hint included, before and after errors", async ({
    page,
    emulator,
    merchant,
  }) => {
    await openHostedCheckout(page, emulator, merchant);
    const hint = page.getByText("Test mode — try 4242");
    await expect(hint).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await page.getByRole("button", { name: "Pay" }).click();
    await expect(fieldError(page, "email-error")).toHaveText("Required");
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    // Checked on its own too, so a future palette change cannot pass by the rule being skipped.
    const contrast = await new AxeBuilder({ page }).include(".test-hint").withRules(["color-contrast"]).analyze();
    expect(contrast.passes.map((rule) => rule.id)).toContain("color-contrast");
  });

  test("the embedded form adds no second main landmark to the merchant's page", async ({
    page,
    emulator,
    merchant,
  }) => {
    const session = await createSession(emulator, merchant, true);
    await page.goto(`${merchant.url}/merchant?checkout=${encodeURIComponent(session.client_secret!)}`);
    const checkout = page.getByTitle("Embedded Checkout").contentFrame();
    await expect(checkout.getByRole("button", { name: "Pay" })).toBeVisible();

    await expect(checkout.getByRole("main")).toHaveCount(0);
    await expect(page.getByRole("main")).toHaveCount(1);
    const results = await new AxeBuilder({ page })
      .withRules(["landmark-no-duplicate-main", "landmark-unique"])
      .analyze();
    expect(results.violations).toEqual([]);
  });

  test("the hosted page keeps its one main landmark", async ({ page, emulator, merchant }) => {
    await openHostedCheckout(page, emulator, merchant);
    await expect(page.getByRole("button", { name: "Pay" })).toBeVisible();
    await expect(page.getByRole("main")).toHaveCount(1);
  });
});
