// Signing in makes the anonymous shopper's holds (and through them orders) the account's.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { reserveSeats } from "../inventory";
import { createTestEvent } from "../testing/create-test-event";
import { mergeHolderIntoAccount } from "./merge-holder-into-account";

async function createUser() {
  const id = randomUUID();
  await getDb().user.create({ data: { id, name: "Ada", email: `${id}@example.com` } });
  return id;
}

describe("mergeHolderIntoAccount", () => {
  it("adopts the anonymous holder id on first sign-in, so its holds are the account's at once", async () => {
    const { ticketTypeIds: [ticketTypeId] } = await createTestEvent([10]);
    const anonymous = randomUUID();
    const hold = await reserveSeats({ holderId: anonymous, items: [{ ticketTypeId: ticketTypeId!, quantity: 2 }] });
    const userId = await createUser();

    expect(await mergeHolderIntoAccount({ userId, anonymousHolderId: anonymous })).toBe(anonymous);
    expect((await getDb().hold.findUniqueOrThrow({ where: { id: hold.holdId } })).holderId).toBe(anonymous);
  });

  it("moves a later anonymous shopper's holds into the account's holder id", async () => {
    const { ticketTypeIds: [ticketTypeId] } = await createTestEvent([10]);
    const userId = await createUser();
    const accountHolder = await mergeHolderIntoAccount({ userId });
    const anonymous = randomUUID();
    const hold = await reserveSeats({ holderId: anonymous, items: [{ ticketTypeId: ticketTypeId!, quantity: 1 }] });

    expect(await mergeHolderIntoAccount({ userId, anonymousHolderId: anonymous })).toBe(accountHolder);
    expect((await getDb().hold.findUniqueOrThrow({ where: { id: hold.holdId } })).holderId).toBe(accountHolder);
    // Again: nothing more moves, same answer.
    expect(await mergeHolderIntoAccount({ userId, anonymousHolderId: anonymous })).toBe(accountHolder);
  });

  it("never takes another account's holder id (a browser left with someone else's cookie)", async () => {
    const { ticketTypeIds: [ticketTypeId] } = await createTestEvent([10]);
    const alice = await createUser();
    const aliceHolder = await mergeHolderIntoAccount({ userId: alice });
    const hold = await reserveSeats({ holderId: aliceHolder, items: [{ ticketTypeId: ticketTypeId!, quantity: 1 }] });
    const bob = await createUser();

    const bobHolder = await mergeHolderIntoAccount({ userId: bob, anonymousHolderId: aliceHolder });
    expect(bobHolder).not.toBe(aliceHolder);
    expect((await getDb().hold.findUniqueOrThrow({ where: { id: hold.holdId } })).holderId).toBe(aliceHolder);
  });

  it("ignores a malformed cookie value", async () => {
    const userId = await createUser();
    const holder = await mergeHolderIntoAccount({ userId, anonymousHolderId: "x'; drop table hold; --" });
    expect(holder).toMatch(/^[0-9a-f-]{36}$/);
  });
});
