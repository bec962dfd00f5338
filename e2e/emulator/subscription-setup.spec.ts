// A trial subscription's pending SetupIntent finished in the browser, every branch of the deferred-payment
// guide: requires_action → confirmCardSetup(client_secret) → Complete; Fail → requires_payment_method → a new
// card; and the first invoice at trial end charged to the card that was set up (test clock).
import type { Page } from "@playwright/test";
import type Stripe from "stripe";
import { CARDS, challengeFrame, expect, test, type Emulator } from "./support/fixtures";
import type { MerchantServer } from "./support/merchant-server";

const DAY = 24 * 60 * 60;

/** Customer on a test clock with the 3155 card as default, and a 7-day trial created as the guide does. */
async function startTrial(emulator: Emulator) {
  const start = Math.floor(Date.now() / 1000);
  const clock = await emulator.stripe.testHelpers.testClocks.create({ frozen_time: start });
  const customer = await emulator.stripe.customers.create({ email: "member@example.com", test_clock: clock.id });
  const pm = await emulator.stripe.paymentMethods.attach("pm_card_authenticationRequiredOnSetup", {
    customer: customer.id,
  });
  await emulator.stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: pm.id } });
  const price = await emulator.stripe.prices.create({
    currency: "usd",
    unit_amount: 1200,
    recurring: { interval: "month" },
    product_data: { name: "Membership" },
  });
  const sub = await emulator.stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price: price.id }],
    trial_period_days: 7,
    payment_settings: { save_default_payment_method: "on_subscription" },
    expand: ["pending_setup_intent"],
  });
  const si = sub.pending_setup_intent as Stripe.SetupIntent;
  return { clock, customer, sub, si, start };
}

async function openPage(page: Page, merchant: MerchantServer, si: Stripe.SetupIntent) {
  await page.goto(`${merchant.url}/merchant?setup=${encodeURIComponent(si.client_secret!)}`);
}

test.describe("a trial's pending SetupIntent in the browser", () => {
  test("requires_action → confirmCardSetup → Complete clears pending_setup_intent; trial end pays", async ({
    page,
    emulator,
    merchant,
  }) => {
    const { clock, sub, si, start } = await startTrial(emulator);
    expect(sub.status).toBe("trialing");
    expect(si.status).toBe("requires_action");
    await openPage(page, merchant, si);

    await page.getByRole("button", { name: "Authenticate saved card" }).click();
    await challengeFrame(page).getByRole("button", { name: "Complete" }).click();
    await expect(page.getByRole("status")).toHaveText("Card saved: SetupIntent succeeded");
    const settled = await emulator.stripe.subscriptions.retrieve(sub.id);
    expect(settled.pending_setup_intent).toBeNull();

    await emulator.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: start + 7 * DAY + 2 * 60 * 60 });
    await expect
      .poll(async () => (await emulator.stripe.testHelpers.testClocks.retrieve(clock.id)).status)
      .toBe("ready");
    const active = await emulator.stripe.subscriptions.retrieve(sub.id, { expand: ["latest_invoice"] });
    expect(active.status).toBe("active");
    expect(active.latest_invoice as Stripe.Invoice).toMatchObject({ status: "paid", amount_paid: 1200 });
  });

  test("Fail → requires_payment_method → a new 4242 card succeeds and becomes usable", async ({
    page,
    emulator,
    merchant,
  }) => {
    const { customer, sub, si } = await startTrial(emulator);
    await openPage(page, merchant, si);

    await page.getByRole("button", { name: "Authenticate saved card" }).click();
    await challengeFrame(page).getByRole("button", { name: "Fail" }).click();
    await expect(page.getByRole("status")).toContainText("setup_intent_authentication_failure");
    expect((await emulator.stripe.setupIntents.retrieve(si.id)).status).toBe("requires_payment_method");

    const cardFrame = page.getByTitle("Secure card payment input frame").contentFrame();
    await cardFrame.getByLabel("Card number").fill(CARDS.succeeds);
    await cardFrame.getByLabel("Expiration date").fill("12 / 34");
    await cardFrame.getByLabel("CVC").fill("123");
    await page.getByRole("button", { name: "Save card" }).click();
    await expect(page.getByRole("status")).toHaveText("Card saved: SetupIntent succeeded");

    const done = await emulator.stripe.setupIntents.retrieve(si.id);
    const settled = await emulator.stripe.subscriptions.retrieve(sub.id);
    expect(settled.pending_setup_intent).toBeNull();
    // As the guide says, the app then makes the new card the default (here: the subscription's).
    const updated = await emulator.stripe.subscriptions.update(sub.id, {
      default_payment_method: done.payment_method as string,
    });
    expect(updated.default_payment_method).toBe(done.payment_method);
    const cards = await emulator.stripe.customers.listPaymentMethods(customer.id);
    expect(cards.data.map((pm) => pm.card?.last4).sort()).toEqual(["3155", "4242"]);
  });
});
