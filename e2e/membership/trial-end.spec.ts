// Time-driven membership lifecycle in the browser: the shortHold server gives each new Stripe customer a test
// clock of its own (STRIPE_TEST_CLOCK_FOR_NEW_CUSTOMERS=1), so a spec can move one membership past trial end
// without moving anyone else's time. Stripe's state is read back through the emulator's API, the app's through
// the pages a member sees (which only know what the webhooks told the app).
import { expect, test, type Page } from "@playwright/test";
import { servers } from "../../playwright.config";
import { becomeMember, enterCard, expectSetUp, signUp, startTrial } from "../fixtures/account";

test.use({ baseURL: `http://localhost:${servers.shortHold.port}` });

const emulator = `http://127.0.0.1:${servers.shortHold.emulatorPort}`;

async function stripeApi<T = Record<string, unknown>>(method: string, path: string, params: Record<string, string> = {}): Promise<T> {
  const body = method === "GET" ? undefined : new URLSearchParams(params).toString();
  const response = await fetch(`${emulator}${path}`, {
    method,
    headers: { Authorization: "Bearer sk_test_emulator", "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
  expect(response.ok, `${method} ${path}: ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

type Subscription = { status: string; trial_end: number; test_clock: string | null; latest_invoice: string | null; pending_setup_intent: string | null };

/** Advances the subscription's own test clock past trial end and the hour its first invoice stays a draft. */
async function advancePastTrialEnd(subscriptionId: string) {
  const subscription = await stripeApi<Subscription>("GET", `/v1/subscriptions/${subscriptionId}`);
  expect(subscription.test_clock, "the customer is on a test clock").toMatch(/^clock_/);
  const clock = subscription.test_clock!;
  await stripeApi("POST", `/v1/test_helpers/test_clocks/${clock}/advance`, { frozen_time: String(subscription.trial_end + 2 * 3600) });
  await expect
    .poll(async () => (await stripeApi<{ status: string }>("GET", `/v1/test_helpers/test_clocks/${clock}`)).status, { timeout: 30_000 })
    .toBe("ready");
}

async function expectAccountStatus(page: Page, status: string) {
  // The mirror follows webhooks: reload until the status arrives (the assertion is on what the member sees).
  await expect(async () => {
    await page.goto("/account");
    await expect(page.getByTestId("membership-status")).toHaveText(status, { timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
}

test.describe("membership over time (test clocks)", () => {
  test.describe.configure({ timeout: 180_000 });

  test("trial end with 4242: the first invoice is paid and /account shows the membership active", async ({ page }) => {
    const { subscriptionId } = await becomeMember(page);
    await expectAccountStatus(page, "Free trial");
    await advancePastTrialEnd(subscriptionId);
    const subscription = await stripeApi<Subscription>("GET", `/v1/subscriptions/${subscriptionId}`);
    expect(subscription.status).toBe("active");
    const invoice = await stripeApi<{ status: string; amount_paid: number }>("GET", `/v1/invoices/${subscription.latest_invoice}`);
    expect(invoice.status).toBe("paid");
    expect(invoice.amount_paid).toBeGreaterThan(0);
    await expectAccountStatus(page, "Active");
  });

  test("trial end with a card that fails off session (0341): the invoice fails and /account shows past_due", async ({ page }) => {
    await signUp(page, undefined, "/membership");
    const subscriptionId = await startTrial(page);
    await enterCard(page, "4000 0000 0000 0341");
    await page.getByRole("button", { name: "Save card" }).click();
    await expectSetUp(page);
    await advancePastTrialEnd(subscriptionId);
    const subscription = await stripeApi<Subscription>("GET", `/v1/subscriptions/${subscriptionId}`);
    expect(subscription.status).toBe("past_due");
    const invoice = await stripeApi<{ status: string }>("GET", `/v1/invoices/${subscription.latest_invoice}`);
    expect(invoice.status).toBe("open");
    await expectAccountStatus(page, "Payment failed — update your card");
  });

  test("a deleted subscription: its pending SetupIntent is canceled and the presale is closed to the account", async ({ page }) => {
    await signUp(page, undefined, "/membership");
    const subscriptionId = await startTrial(page);
    // No card saved: the trial runs with a pending SetupIntent waiting for one.
    const before = await stripeApi<Subscription>("GET", `/v1/subscriptions/${subscriptionId}`);
    expect(before.pending_setup_intent).toMatch(/^seti_/);
    await page.goto("/events/members-presale-night");
    await expect(page.getByRole("status", { name: "Presale" })).toContainText("You are a member: buy now");

    await stripeApi("DELETE", `/v1/subscriptions/${subscriptionId}`);
    await expect
      .poll(async () => (await stripeApi<{ status: string }>("GET", `/v1/setup_intents/${before.pending_setup_intent}`)).status, { timeout: 30_000 })
      .toBe("canceled");
    await expectAccountStatus(page, "Canceled");
    await page.goto("/events/members-presale-night");
    await expect(page.getByRole("status", { name: "Presale" })).toContainText("Tickets are for members only until general sale opens.");
    await expect(page.getByText("(member price)")).toHaveCount(0);
  });
});
