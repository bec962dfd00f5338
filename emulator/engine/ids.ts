import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Random base62 string; Stripe ids and secrets use the same alphabet. */
export function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i]! % ALPHABET.length];
  return out;
}

/** A Stripe-shaped id such as `prod_…` or `cs_test_…`. */
export function newId(prefix: string, length = 24): string {
  return `${prefix}_${randomToken(length)}`;
}

/** Client secrets are `<id>_secret_<token>`, as Stripe's are. */
export function newClientSecret(id: string): string {
  return `${id}_secret_${randomToken(24)}`;
}
