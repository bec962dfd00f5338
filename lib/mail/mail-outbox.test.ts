import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../db";
import { reserveSeats } from "../inventory";
import { recordPaidOrder } from "../orders/record-paid-order";
import { createTestEvent } from "../testing/create-test-event";
import { listReceivedMail } from "./dev/list-received-mail";
import { startDevSmtpServer, type DevSmtpServer } from "./dev/start-dev-smtp-server";
import { enqueueMail } from "./enqueue-mail";
import { getMailTransport } from "./get-mail-transport";
import { sendDueMail } from "./send-due-mail";

let smtp: DevSmtpServer;
let mailDir: string;

beforeAll(async () => {
  mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "box-office-mail-"));
  smtp = await startDevSmtpServer({ port: 0, dir: mailDir });
});

afterAll(async () => {
  await smtp.stop();
  fs.rmSync(mailDir, { recursive: true, force: true });
});

// Sends what is due, leaving rows other tests queued alone (each test drains everything due anyway).
const send = (url = smtp.url, limit = 20) => sendDueMail({ transport: getMailTransport(url), limit });
const received = () => listReceivedMail({ dir: mailDir, limit: 1000 });
const outboxFor = (orderId: string) => getDb().mailOutbox.findMany({ where: { orderId } });

async function paidOrder({ email = `${randomUUID()}@example.com`, seats = 2, locale, when }: { email?: string | null; seats?: number; locale?: string; when?: { startsAt: Date; timeZone: string } } = {}) {
  const { eventId, ticketTypeIds } = await createTestEvent([10]);
  if (when) await getDb().event.update({ where: { id: eventId }, data: when });
  const hold = await reserveSeats({ holderId: randomUUID(), items: [{ ticketTypeId: ticketTypeIds[0]!, quantity: seats }] });
  const checkoutSessionId = `cs_test_${randomUUID().replace(/-/g, "")}`;
  const session = { checkoutSessionId, holdId: hold.holdId, email, amountTotal: 5000, currency: "eur", locale };
  const { token } = await recordPaidOrder(session);
  const order = await getDb().order.findUniqueOrThrow({ where: { token } });
  return { order, email, session };
}

describe("mail outbox", () => {
  it("queues one confirmation with the order, in its transaction, and none again when fulfilment repeats", async () => {
    const { order, email, session } = await paidOrder({ locale: "ja" });
    expect(await outboxFor(order.id)).toMatchObject([{ kind: "order_confirmation", toAddress: email, locale: "ja", sentAt: null }]);
    await recordPaidOrder(session);
    expect(await outboxFor(order.id)).toHaveLength(1);

    const { order: silent } = await paidOrder({ email: null });
    expect(await outboxFor(silent.id)).toHaveLength(0);

    // A transaction that fails after queueing leaves no mail behind (the outbox row shares its fate).
    const address = `${randomUUID()}@example.com`;
    await expect(
      getDb().$transaction(async (tx) => {
        await enqueueMail({ kind: "order_links", toAddress: address }, tx);
        throw new Error("order insert failed");
      }),
    ).rejects.toThrow("order insert failed");
    expect(await getDb().mailOutbox.count({ where: { toAddress: address } })).toBe(0);
  });

  it("sends the confirmation over SMTP with HTML, plain text, the order link, QR codes and a calendar file — once", async () => {
    const { order, email } = await paidOrder({ seats: 2 });
    await send();
    const mails = (await received()).filter((mail) => mail.to === email);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    const tickets = await getDb().ticket.findMany({ where: { orderId: order.id } });
    expect(mail.subject).toMatch(/^Your tickets for Test /);
    expect(mail.html).toContain(`/orders/${order.token}`);
    expect(mail.text).toContain(`/orders/${order.token}`);
    // Once, with the button's words: not again as the address HTML spells out under the button.
    expect(mail.text?.split(`/orders/${order.token}`)).toHaveLength(2);
    expect(mail.html?.split(`/orders/${order.token}`).length).toBeGreaterThan(2);
    for (const ticket of tickets) {
      expect(mail.text).toContain(ticket.code);
      expect(mail.html).toContain(`data:image/png;base64,`);
    }
    expect(mail.attachments.filter((a) => a.contentType === "image/png")).toHaveLength(2);
    expect(mail.attachments.map((a) => a.filename)).toContain("event.ics");
    expect((await outboxFor(order.id))[0]!.sentAt).toBeInstanceOf(Date);

    await send();
    expect((await received()).filter((m) => m.to === email)).toHaveLength(1);
  });

  it("writes the confirmation in the shopper's language", async () => {
    const { email } = await paidOrder({ locale: "ja-JP" });
    await send();
    const mail = (await received()).find((m) => m.to === email)!;
    expect(mail.subject).toContain("のチケット");
    expect(mail.text).toContain("注文番号");
  });

  it("gives the start in the venue's time with the zone label the event page shows, in either language", async () => {
    const when = { startsAt: new Date("2031-06-01T17:30:00Z"), timeZone: "Europe/Berlin" };
    const english = await paidOrder({ when });
    const japanese = await paidOrder({ when, locale: "ja" });
    await send();
    const mails = await received();
    expect(mails.find((m) => m.to === english.email)!.text).toContain("Sun, Jun 1, 2031, 19:30 GMT+2");
    expect(mails.find((m) => m.to === japanese.email)!.text).toContain("2031年6月1日(日) 19:30 GMT+2");
  });

  it("keeps a mail after an SMTP failure and retries it after the back-off, sending it once", async () => {
    const { order, email } = await paidOrder();
    const down = await startDevSmtpServer({ port: 0, dir: mailDir });
    await down.stop();
    const failed = await send(down.url);
    expect(failed.failed).toBeGreaterThanOrEqual(1);
    const [row] = await outboxFor(order.id);
    expect(row).toMatchObject({ attempts: 1, sentAt: null, failedAt: null });
    expect(row!.lastError).toBeTruthy();
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    // Not due yet: a working server does not get it early.
    await send();
    expect((await received()).filter((m) => m.to === email)).toHaveLength(0);

    await getDb().mailOutbox.update({ where: { id: row!.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    await send();
    expect((await received()).filter((m) => m.to === email)).toHaveLength(1);
    expect((await outboxFor(order.id))[0]).toMatchObject({ attempts: 2, lastError: null });
  });

  it("sends an address's order links only when it has orders, and nothing for an unknown address", async () => {
    const email = `${randomUUID()}@example.com`;
    const first = await paidOrder({ email });
    const second = await paidOrder({ email: email.toUpperCase() });
    await send();
    const unknown = `${randomUUID()}@example.com`;
    await enqueueMail({ kind: "order_links", toAddress: email });
    await enqueueMail({ kind: "order_links", toAddress: unknown });
    const outcome = await send();
    expect(outcome.skipped).toBe(1);
    const links = (await received()).filter((m) => m.to === email && m.subject === "Your Box Office orders");
    expect(links).toHaveLength(1);
    expect(links[0]!.text).toContain(`/orders/${first.order.token}`);
    expect(links[0]!.text).toContain(`/orders/${second.order.token}`);
    expect(links[0]!.text?.split(`/orders/${first.order.token}`)).toHaveLength(2);
    expect((await received()).filter((m) => m.to === unknown)).toHaveLength(0);
  });

  it.runIf(process.env.TEST_DATABASE_KIND === "postgres")(
    "gives each mail to exactly one of several concurrent senders (and a naive claim would send duplicates)",
    async () => {
      await send(); // nothing left over from other tests
      const addresses = Array.from({ length: 40 }, () => `${randomUUID()}@concurrent.example`);
      for (const toAddress of addresses) await enqueueMail({ kind: "order_links", toAddress });
      // Negative control: reading due rows without claiming them hands the same rows to every reader.
      const naive = await Promise.all(
        Array.from({ length: 6 }, () =>
          getDb().$queryRaw<{ id: string }[]>`SELECT id FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= now() LIMIT 5`,
        ),
      );
      const naiveIds = naive.flat().map((r) => r.id);
      expect(naiveIds).toHaveLength(30);
      expect(new Set(naiveIds).size).toBeLessThan(naiveIds.length);

      // No orders behind these addresses: each claimed row is handled as nothing-to-send, counted per sender.
      const outcomes = await Promise.all(Array.from({ length: 6 }, () => send(smtp.url, 5)));
      const handled = outcomes.reduce((sum, o) => sum + o.sent + o.skipped + o.failed, 0);
      const rows = await getDb().mailOutbox.findMany({ where: { toAddress: { in: addresses } } });
      expect(handled).toBe(30);
      expect(rows.every((row) => row.attempts <= 1)).toBe(true);
      expect(rows.filter((row) => row.attempts === 1 && row.sentAt)).toHaveLength(30);
    },
  );
});
