import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { isAppError } from "../errors";
import { requestOrderLinks } from "./request-order-links";

const queuedFor = (email: string) => getDb().mailOutbox.count({ where: { kind: "order_links", toAddress: email } });
const codeOf = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (isAppError(error) ? error.code : "other"));

describe("requestOrderLinks", () => {
  it("answers an unknown address exactly as a known one and queues the mail for the sender to decide", async () => {
    const email = `${randomUUID()}@example.com`;
    expect(await codeOf(requestOrderLinks({ email: ` ${email.toUpperCase()} `, clientKey: randomUUID() }))).toBe("ok");
    expect(await queuedFor(email)).toBe(1);
  });

  it("refuses an invalid address and queues nothing", async () => {
    expect(await codeOf(requestOrderLinks({ email: "not-an-address", clientKey: randomUUID() }))).toBe("invalid_input");
    expect(await getDb().mailOutbox.count({ where: { toAddress: "not-an-address" } })).toBe(0);
  });

  it("limits requests per address, whichever client asks", async () => {
    const email = `${randomUUID()}@example.com`;
    for (let i = 0; i < 3; i++) expect(await codeOf(requestOrderLinks({ email, clientKey: randomUUID() }))).toBe("ok");
    expect(await codeOf(requestOrderLinks({ email, clientKey: randomUUID() }))).toBe("limit_exceeded");
    expect(await queuedFor(email)).toBe(3);
  });

  it("limits requests per client, whichever addresses it tries", async () => {
    const clientKey = randomUUID();
    const outcomes = [];
    for (let i = 0; i < 22; i++) outcomes.push(await codeOf(requestOrderLinks({ email: `${randomUUID()}@example.com`, clientKey })));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(20);
    expect(outcomes.slice(20)).toEqual(["limit_exceeded", "limit_exceeded"]);
  });
});
