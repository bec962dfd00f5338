import { randomUUID } from "node:crypto";
import { getDb } from "../db";
import { getStripe } from "../stripe/get-stripe";

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
  const customer = await getStripe().customers.create(
    { email: options.email, name: options.name, metadata: { user_id: userId } },
    { idempotencyKey: `box-office-customer-${userId}` },
  );
  await db.member.updateMany({ where: { userId, stripeCustomerId: null }, data: { stripeCustomerId: customer.id } });
  return (await db.member.findUniqueOrThrow({ where: { userId } })).stripeCustomerId ?? customer.id;
}
