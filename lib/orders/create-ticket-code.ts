import { randomBytes } from "node:crypto";

// Crockford base32 without look-alikes: easy to read out at a door, 50 bits of randomness.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A unique-enough, unguessable ticket code like "K7QM-3XD9-TB". */
export function createTicketCode(): string {
  const bytes = randomBytes(10);
  const chars = Array.from(bytes, (byte) => ALPHABET[byte % 32]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 10)}`;
}

/** An order link token: 128 bits, URL-safe. */
export function createOrderToken(): string {
  return randomBytes(16).toString("base64url");
}
