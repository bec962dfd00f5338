import { randomUUID } from "node:crypto";
import { getDb } from "../db";
import { getEnv } from "../env";
import { getStripe, isStripeEmulated } from "../stripe/get-stripe";

/**
 * The account's Stripe Customer, created once and stored. Concurrent first calls agree on one customer: the
 * create carries an idempotency key per account, and the stored id is only ever set when still empty.
 */
export async function ensureStripeCustomer(options: { userId: string; email: string; name?: string }): Promise<string> {
  const db = getDb();
  const { userId } = options;
  await db.member.upsert({ where: { userId }, create: { userId, holderId: randomUUID() }, update: {} });
  const member = await db.member.findUniqueOrThrow({ where: { userId } });
  if (member.stripeCustomerId) return member.stripeCustomerId;
  const testClock = await createTestClockForTests(userId);
  const customer = await getStripe().customers.create(
    { email: options.email, name: options.name, metadata: { user_id: userId }, ...(testClock ? { test_clock: testClock } : {}) },
    { idempotencyKey: `box-office-customer-${userId}` },
  );
  await db.member.updateMany({ where: { userId, stripeCustomerId: null }, data: { stripeCustomerId: customer.id } });
  return (await db.member.findUniqueOrThrow({ where: { userId } })).stripeCustomerId ?? customer.id;
}

/** Browser tests of trial end: a clock of the customer's own (emulator only; never with a real Stripe key). */
async function createTestClockForTests(userId: string): Promise<string | undefined> {
  if (getEnv().STRIPE_TEST_CLOCK_FOR_NEW_CUSTOMERS !== "1" || !isStripeEmulated()) return undefined;
  const clock = await getStripe().testHelpers.testClocks.create(
    { frozen_time: Math.floor(Date.now() / 1000), name: `member ${userId}` },
    { idempotencyKey: `box-office-test-clock-${userId}` },
  );
  return clock.id;
}
