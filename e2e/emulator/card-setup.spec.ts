// The Stripe.js stand-in on a merchant page of another origin: a card Element and confirmCardSetup, as the
// membership page uses them to finish a subscription's pending SetupIntent.
import { CARDS, challengeFrame, expect, test, type Emulator } from "./support/fixtures";
import type { Page } from "@playwright/test";
import type { MerchantServer } from "./support/merchant-server";

async function openSetupPage(page: Page, emulator: Emulator, merchant: MerchantServer) {
  const customer = await emulator.stripe.customers.create({ email: "member@example.com" });
  const setupIntent = await emulator.stripe.setupIntents.create({ customer: customer.id });
  await page.goto(`${merchant.url}/merchant?setup=${encodeURIComponent(setupIntent.client_secret!)}`);
  return setupIntent;
}

async function saveCard(page: Page, card: string) {
  const cardFrame = page.getByTitle("Secure card payment input frame").contentFrame();
  await cardFrame.getByLabel("Card number").fill(card);
  await cardFrame.getByLabel("Expiration date").fill("12 / 34");
  await cardFrame.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: "Save card" }).click();
}

test.describe("confirmCardSetup with the card Element", () => {
  test("succeeds after the member completes the 3-D Secure challenge (3155)", async ({
    page,
    emulator,
    merchant,
  }, testInfo) => {
    const setupIntent = await openSetupPage(page, emulator, merchant);

    await saveCard(page, CARDS.authenticateOnSetup);
    const challenge = challengeFrame(page);
    await expect(challenge.getByRole("heading", { name: "3D Secure 2 Test Page" })).toBeVisible();
    await testInfo.attach("3ds-modal-on-merchant-page", { body: await page.screenshot(), contentType: "image/png" });
    await challenge.getByRole("button", { name: "Complete" }).click();

    await expect(page.getByRole("status")).toHaveText("Card saved: SetupIntent succeeded");
    const saved = await emulator.stripe.setupIntents.retrieve(setupIntent.id);
    expect(saved.status).toBe("succeeded");
    expect(saved.payment_method).toMatch(/^pm_/);
  });

  test("returns Stripe's authentication error when the member fails the challenge", async ({
    page,
    emulator,
    merchant,
  }) => {
    const setupIntent = await openSetupPage(page, emulator, merchant);

    await saveCard(page, CARDS.authenticateOnSetup);
    await challengeFrame(page).getByRole("button", { name: "Fail" }).click();

    await expect(page.getByRole("status")).toHaveText(
      "Error setup_intent_authentication_failure: We are unable to authenticate your payment method. " +
        "Please choose a different payment method and try again. (intent requires_payment_method)",
    );
    const failed = await emulator.stripe.setupIntents.retrieve(setupIntent.id);
    expect(failed.status).toBe("requires_payment_method");
    expect(failed.last_setup_error?.code).toBe("setup_intent_authentication_failure");
  });

  test("returns the decline for a card that cannot be set up (9995)", async ({ page, emulator, merchant }) => {
    const setupIntent = await openSetupPage(page, emulator, merchant);

    await saveCard(page, CARDS.insufficientFunds);

    await expect(page.getByRole("status")).toHaveText(
      "Error card_declined: Your card has insufficient funds. (intent requires_payment_method)",
    );
    expect((await emulator.stripe.setupIntents.retrieve(setupIntent.id)).status).toBe("requires_payment_method");
  });

  test("keeps card numbers inside the emulator's iframe", async ({ page, emulator, merchant }) => {
    await openSetupPage(page, emulator, merchant);
    const cardFrame = page.getByTitle("Secure card payment input frame").contentFrame();
    await cardFrame.getByLabel("Card number").fill(CARDS.succeeds);

    // The merchant page cannot reach into the iframe: it is on the emulator's origin.
    const readable = await page.evaluate(() => {
      try {
        return Boolean(document.querySelector("iframe")?.contentDocument);
      } catch {
        return false;
      }
    });
    expect(readable).toBe(false);
    expect(new URL(emulator.url).origin).not.toBe(new URL(merchant.url).origin);
  });
});
