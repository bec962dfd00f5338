// The membership webhook handlers against the Stripe emulator: each event re-reads Stripe, so duplicates and
// late (out-of-order) deliveries converge on Stripe's current state; a deleted subscription's pending
// SetupIntent is canceled; benefits follow the mirror.
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureCatalogPrice } from "../catalog/ensure-catalog-price";
import { getDb } from "../db";
import { startTestEmulator } from "../testing/start-test-emulator";
import { receiveWebhookEvent } from "../webhooks/receive-webhook-event";
import { hasMemberBenefits } from "./has-member-benefits";
import { startTrialSubscription } from "./start-trial-subscription";
import { syncSubscription } from "./sync-subscription";

const emulator = await startTestEmulator();
const day = 24 * 60 * 60;

beforeAll(async () => {
  const product = { name: "Membership" };
  await ensureCatalogPrice({ lookupKey: "membership_monthly", product, currency: "eur", unitAmount: 900, recurring: { interval: "month" } });
});

async function newMember() {
  const id = randomUUID();
  const email = `${id}@example.com`;
  await getDb().user.create({ data: { id, name: "Member", email } });
  const { subscriptionId } = await startTrialSubscription({ user: { id, email }, plan: "membership_monthly" });
  return { userId: id, subscriptionId };
}

async function events(type: string, objectId: string, match: (object: Record<string, unknown>) => boolean = (o) => o.id === objectId) {
  const list = await emulator.stripe.events.list({ type, limit: 100 });
  return list.data.filter((e) => match(e.data.object as unknown as Record<string, unknown>));
}

async function deliver(event: Stripe.Event) {
  const { payload, header } = emulator.sign(event);
  return receiveWebhookEvent(payload, header);
}

const mirrorOf = (id: string) => getDb().memberSubscription.findUniqueOrThrow({ where: { id } });

describe("customer.subscription.created / updated", () => {
  it("mirrors a new trial with its pending SetupIntent, and a duplicate delivery changes nothing", async () => {
    const { userId, subscriptionId } = await newMember();
    await getDb().memberSubscription.delete({ where: { id: subscriptionId } });
    const [created] = await events("customer.subscription.created", subscriptionId);

    expect(await deliver(created!)).toMatchObject({ status: 200 });
    const mirror = await mirrorOf(subscriptionId);
    expect(mirror).toMatchObject({ userId, status: "trialing", priceLookupKey: "membership_monthly" });
    expect(mirror.pendingSetupIntentId).toMatch(/^seti_/);
    expect(await hasMemberBenefits({ userId })).toBe(true);

    expect(await deliver(created!)).toMatchObject({ status: 200 });
    expect(await getDb().memberSubscription.count({ where: { userId } })).toBe(1);
    expect((await mirrorOf(subscriptionId)).syncedAt).toEqual(mirror.syncedAt);
  });

  it("a late created event after the card was set up does not bring the old state back", async () => {
    const { subscriptionId } = await newMember();
    const pending = (await mirrorOf(subscriptionId)).pendingSetupIntentId!;
    await emulator.stripe.setupIntents.confirm(pending, { payment_method: "pm_card_visa" });
    for (const event of await events("customer.subscription.updated", subscriptionId)) await deliver(event);
    const settled = await mirrorOf(subscriptionId);
    expect(settled.pendingSetupIntentId).toBeNull();
    expect(settled.defaultPaymentMethodId).toMatch(/^pm_/);

    // The created event (payload: pending SetupIntent set) arrives last.
    const [created] = await events("customer.subscription.created", subscriptionId);
    expect((created!.data.object as Stripe.Subscription).pending_setup_intent).not.toBeNull();
    await deliver(created!);
    expect((await mirrorOf(subscriptionId)).pendingSetupIntentId).toBeNull();
  });

  it("an older read never overwrites a newer one", async () => {
    const { subscriptionId } = await newMember();
    const before = new Date(Date.now() - 60_000);
    const old = await emulator.stripe.subscriptions.retrieve(subscriptionId);
    await emulator.stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: true });
    expect(await syncSubscription({ subscriptionId })).toBe("synced");
    expect(await syncSubscription({ subscriptionId, subscription: old, readAt: before })).toBe("stale");
    expect((await mirrorOf(subscriptionId)).cancelAtPeriodEnd).toBe(true);
  });
});

describe("setup_intent.setup_failed / succeeded", () => {
  it("keeps the membership waiting for a card after a decline, and settles it when a new card succeeds", async () => {
    const { subscriptionId } = await newMember();
    const pending = (await mirrorOf(subscriptionId)).pendingSetupIntentId!;
    await emulator.stripe.setupIntents.confirm(pending, { payment_method: "pm_card_chargeDeclinedInsufficientFunds" }).catch(() => undefined);
    const [failed] = await events("setup_intent.setup_failed", pending);
    expect(failed).toBeDefined();
    await deliver(failed!);
    expect((await mirrorOf(subscriptionId)).pendingSetupIntentId).toBe(pending);

    await emulator.stripe.setupIntents.confirm(pending, { payment_method: "pm_card_visa" });
    await getDb().memberSubscription.update({ where: { id: subscriptionId }, data: { syncedAt: new Date(0) } });
    const [succeeded] = await events("setup_intent.succeeded", pending);
    await deliver(succeeded!);
    const mirror = await mirrorOf(subscriptionId);
    expect(mirror.pendingSetupIntentId).toBeNull();
    expect(mirror.defaultPaymentMethodId).toMatch(/^pm_/);
  });
});

describe("customer.subscription.deleted", () => {
  it("cancels the subscription's pending SetupIntent and ends the benefits; a duplicate is harmless", async () => {
    const { userId, subscriptionId } = await newMember();
    const pending = (await mirrorOf(subscriptionId)).pendingSetupIntentId!;
    await emulator.stripe.subscriptions.cancel(subscriptionId);
    expect((await emulator.stripe.setupIntents.retrieve(pending)).status).toBe("requires_payment_method");

    const [deleted] = await events("customer.subscription.deleted", subscriptionId);
    expect(await deliver(deleted!)).toMatchObject({ status: 200 });
    expect((await emulator.stripe.setupIntents.retrieve(pending)).status).toBe("canceled");
    expect((await mirrorOf(subscriptionId)).status).toBe("canceled");
    expect(await hasMemberBenefits({ userId })).toBe(false);

    expect(await deliver(deleted!)).toMatchObject({ status: 200 });
    // A late "updated" from before the cancellation does not revive it.
    for (const event of await events("customer.subscription.updated", subscriptionId)) await deliver(event);
    expect((await mirrorOf(subscriptionId)).status).toBe("canceled");
  });
});

describe("invoice.paid / invoice.payment_failed at the trial's end", () => {
  it("turns the trial active when the first invoice is paid, and past_due (no benefits) when it fails", async () => {
    const paying = await newMember();
    const failing = await newMember();
    const payingIntent = (await mirrorOf(paying.subscriptionId)).pendingSetupIntentId!;
    const failingIntent = (await mirrorOf(failing.subscriptionId)).pendingSetupIntentId!;
    await emulator.stripe.setupIntents.confirm(payingIntent, { payment_method: "pm_card_visa" });
    await emulator.stripe.setupIntents.confirm(failingIntent, { payment_method: "pm_card_chargeCustomerFail" });

    const response = await fetch(`${emulator.url}/_emulator/clock/advance`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ seconds: 15 * day }),
    });
    expect(response.ok).toBe(true);

    const bySubscription = (id: string) => (o: Record<string, unknown>) =>
      (o.parent as { subscription_details?: { subscription?: string } } | null)?.subscription_details?.subscription === id;
    const [paid] = await events("invoice.paid", "", bySubscription(paying.subscriptionId)).then((list) => list.filter((e) => (e.data.object as Stripe.Invoice).amount_paid > 0));
    expect(paid).toBeDefined();
    await deliver(paid!);
    expect((await mirrorOf(paying.subscriptionId)).status).toBe("active");
    expect(await hasMemberBenefits({ userId: paying.userId })).toBe(true);

    const [failed] = await events("invoice.payment_failed", "", bySubscription(failing.subscriptionId));
    expect(failed).toBeDefined();
    await deliver(failed!);
    expect((await mirrorOf(failing.subscriptionId)).status).toBe("past_due");
    expect(await hasMemberBenefits({ userId: failing.userId })).toBe(false);
  });
});
