// The emulator's hosted Checkout page (the session's `url`), driven as a shopper would drive Stripe's.
import type Stripe from "stripe";
import { CARDS, challengeFrame, expect, fillCheckoutForm, test, type Emulator } from "./support/fixtures";
import type { MerchantServer } from "./support/merchant-server";

async function createTicketSession(emulator: Emulator, merchant: MerchantServer, currency = "usd", unitAmount = 2500) {
  return emulator.stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [
      {
        price_data: { currency, unit_amount: unitAmount, product_data: { name: "General admission" } },
        quantity: 2,
      },
    ],
    success_url: `${merchant.url}/orders/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${merchant.url}/events/night-at-the-opera`,
  });
}

test.describe("hosted Checkout page", () => {
  test("shows the order and pays with 4242, then returns to the success URL with the session id", async ({
    page,
    emulator,
    merchant,
  }, testInfo) => {
    const session = await createTicketSession(emulator, merchant);
    await page.goto(session.url!);

    const summary = page.getByRole("region", { name: "Order summary" });
    await expect(page.getByRole("link", { name: "Back to Box Office" })).toBeVisible();
    await expect(summary.getByText("General admission")).toBeVisible();
    await expect(summary.getByText("Qty 2")).toBeVisible();
    await expect(summary.getByText("$50.00").first()).toBeVisible();
    await testInfo.attach("hosted-page", { body: await page.screenshot(), contentType: "image/png" });

    await fillCheckoutForm(page, CARDS.succeeds);
    await page.getByRole("button", { name: "Pay" }).click();

    await expect(page).toHaveURL(`${merchant.url}/orders/success?session_id=${session.id}`);
    const paid = await emulator.stripe.checkout.sessions.retrieve(session.id);
    expect(paid.status).toBe("complete");
    expect(paid.payment_status).toBe("paid");
  });

  test("shows zero-decimal currencies in whole units", async ({ page, emulator, merchant }) => {
    const session = await createTicketSession(emulator, merchant, "jpy", 6000);
    await page.goto(session.url!);

    await expect(page.getByText("¥12,000").first()).toBeVisible();
    await expect(page.getByText("¥6,000 each")).toBeVisible();
  });

  test("shows a declined card inline as Stripe words it, then accepts 4242", async ({ page, emulator, merchant }) => {
    const session = await createTicketSession(emulator, merchant);
    await page.goto(session.url!);

    await fillCheckoutForm(page, CARDS.declined);
    await page.getByRole("button", { name: "Pay" }).click();
    await expect(page.getByText("Your card was declined.")).toBeVisible();
    await expect(page).toHaveURL(session.url!);

    await page.getByLabel("Card number").fill(CARDS.succeeds);
    await page.getByRole("button", { name: "Pay" }).click();
    await expect(page).toHaveURL(`${merchant.url}/orders/success?session_id=${session.id}`);
  });

  test("completes the payment after the shopper completes the 3-D Secure challenge", async ({
    page,
    emulator,
    merchant,
  }, testInfo) => {
    const session = await createTicketSession(emulator, merchant);
    await page.goto(session.url!);

    await fillCheckoutForm(page, CARDS.threeDSecure);
    await page.getByRole("button", { name: "Pay" }).click();
    const challenge = challengeFrame(page);
    await expect(challenge.getByRole("heading", { name: "3D Secure 2 Test Page" })).toBeVisible();
    await testInfo.attach("3ds-challenge", { body: await page.screenshot(), contentType: "image/png" });
    await challenge.getByRole("button", { name: "Complete" }).click();

    await expect(page).toHaveURL(`${merchant.url}/orders/success?session_id=${session.id}`);
    expect((await emulator.stripe.checkout.sessions.retrieve(session.id)).status).toBe("complete");
  });

  test("keeps the session open and says why when the shopper fails the 3-D Secure challenge", async ({
    page,
    emulator,
    merchant,
  }) => {
    const session = await createTicketSession(emulator, merchant);
    await page.goto(session.url!);

    await fillCheckoutForm(page, CARDS.threeDSecure);
    await page.getByRole("button", { name: "Pay" }).click();
    await challengeFrame(page).getByRole("button", { name: "Fail" }).click();

    await expect(page.getByText("We are unable to authenticate your payment method.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Pay" })).toBeEnabled();
    expect((await emulator.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
  });

  test("shows the decline of a card that passes 3-D Secure and is then declined (3178)", async ({
    page,
    emulator,
    merchant,
  }) => {
    const session = await createTicketSession(emulator, merchant);
    await page.goto(session.url!);

    await fillCheckoutForm(page, CARDS.authenticatedThenDeclined);
    await page.getByRole("button", { name: "Pay" }).click();
    await challengeFrame(page).getByRole("button", { name: "Complete" }).click();

    await expect(page.getByText("Your card has insufficient funds.")).toBeVisible();
    expect((await emulator.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
  });

  test("shows an expired session as expired, with no payment form", async ({ page, emulator, merchant }) => {
    const session = await createTicketSession(emulator, merchant);
    await emulator.stripe.checkout.sessions.expire(session.id);
    await page.goto(session.url!);

    await expect(page.getByRole("heading", { name: "This checkout session has expired" })).toBeVisible();
    await expect(page.getByLabel("Card number")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Pay" })).toHaveCount(0);
  });

  test("refuses to pay a session expired while the page was open, with a clear message", async ({
    page,
    emulator,
    merchant,
  }) => {
    const session = await createTicketSession(emulator, merchant);
    await page.goto(session.url!);
    await fillCheckoutForm(page, CARDS.succeeds);
    await emulator.stripe.checkout.sessions.expire(session.id);

    await page.getByRole("button", { name: "Pay" }).click();

    await expect(page.getByText("This Checkout Session is no longer active.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Pay" })).toBeDisabled();
  });

  test("shows a subscription's free trial and what it costs afterwards", async ({ page, emulator, merchant }) => {
    const session = await emulator.stripe.checkout.sessions.create({
      mode: "subscription",
      line_items: [
        {
          price_data: {
            currency: "eur",
            unit_amount: 900,
            recurring: { interval: "month" },
            product_data: { name: "Membership" },
          },
          quantity: 1,
        },
      ],
      subscription_data: { trial_period_days: 30 },
      success_url: `${merchant.url}/members/welcome?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${merchant.url}/members`,
    });
    await page.goto(session.url!);

    const summary = page.getByRole("region", { name: "Order summary" });
    await expect(summary.getByText("30 days free").first()).toBeVisible();
    await expect(summary.getByText(/^Then €9\.00 \/ month starting /)).toBeVisible();
    await expect(summary.getByText("Billed monthly")).toBeVisible();
    await expect(summary.getByText("Total due today")).toBeVisible();
    await expect(page.getByRole("button", { name: "Start trial" })).toBeVisible();
  });

  test("charges a setup fee today with a trial, on one first invoice with both lines", async ({
    page,
    emulator,
    merchant,
  }) => {
    const plan = await emulator.stripe.prices.create({
      currency: "usd",
      unit_amount: 1200,
      recurring: { interval: "month" },
      product_data: { name: "Membership" },
    });
    const fee = await emulator.stripe.prices.create({
      currency: "usd",
      unit_amount: 500,
      product_data: { name: "Setup fee" },
    });
    const session = await emulator.stripe.checkout.sessions.create({
      mode: "subscription",
      line_items: [
        { price: plan.id, quantity: 1 },
        { price: fee.id, quantity: 1 },
      ],
      subscription_data: { trial_period_days: 14 },
      success_url: `${merchant.url}/members/welcome?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${merchant.url}/members`,
    });
    await page.goto(session.url!);

    const summary = page.getByRole("region", { name: "Order summary" });
    await expect(summary.getByText("14 days free").first()).toBeVisible();
    await expect(summary.getByText("Setup fee")).toBeVisible();
    await expect(summary.getByText("$5.00").last()).toBeVisible();
    await fillCheckoutForm(page, CARDS.succeeds, "member@example.com");
    await page.getByRole("button", { name: "Start trial" }).click();
    await expect(page).toHaveURL(/\/members\/welcome\?session_id=cs_test_/);

    const done = await emulator.stripe.checkout.sessions.retrieve(session.id, {
      expand: ["subscription.latest_invoice"],
    });
    expect(done.payment_status).toBe("paid");
    const sub = done.subscription as Stripe.Subscription;
    expect(sub.status).toBe("trialing");
    const invoice = sub.latest_invoice as Stripe.Invoice;
    expect(invoice.lines.data.map((line) => line.amount)).toEqual([0, 500]);
    expect(invoice.amount_paid).toBe(500);
  });
});
