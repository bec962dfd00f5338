// Two (or twenty) door scanners racing on one ticket: exactly one admits it. Negative control: a naive
// read-then-write check-in, under the same load on a real PostgreSQL, admits the same ticket more than once.
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { buyTestTickets } from "../testing/buy-test-tickets";
import { createPricedTestEvent } from "../testing/create-priced-test-event";
import { startTestEmulator } from "../testing/start-test-emulator";
import { checkInTicket } from "./check-in-ticket";

const emulator = await startTestEmulator();
const staff = { id: "door", email: "door@example.com" };
const SCANNERS = 20;

/** What a check-in without the conditional UPDATE would do: read, decide, write. */
async function naiveCheckIn(code: string): Promise<boolean> {
  const db = getDb();
  const ticket = await db.ticket.findUnique({ where: { code } });
  if (!ticket || ticket.checkedInAt) return false;
  await new Promise((resolve) => setTimeout(resolve, 5));
  await db.ticket.update({ where: { id: ticket.id }, data: { checkedInAt: new Date(), checkedInBy: "naive" } });
  return true;
}

describe("check-in under concurrency", () => {
  it("admits a ticket exactly once when many scanners submit it at the same moment", async () => {
    const { eventId, ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 2, amount: 1000 }]);
    const order = await buyTestTickets(emulator, id!, 2);
    const code = order.tickets[0]!.code;
    const results = await Promise.all(Array.from({ length: SCANNERS }, () => checkInTicket({ code, eventId, staff })));
    expect(results.filter((r) => r.outcome === "admitted")).toHaveLength(1);
    expect(results.filter((r) => r.outcome === "already_used")).toHaveLength(SCANNERS - 1);
    expect(await getDb().auditLog.count({ where: { action: "ticket.check_in", subject: code } })).toBe(1);

    // Negative control on the second ticket.
    const other = order.tickets[1]!.code;
    const naive = await Promise.all(Array.from({ length: SCANNERS }, () => naiveCheckIn(other)));
    const admittedNaively = naive.filter(Boolean).length;
    console.log(`naive check-in admitted one ticket ${admittedNaively} times out of ${SCANNERS} scans`);
    expect(admittedNaively).toBeGreaterThan(1);
  });
});
