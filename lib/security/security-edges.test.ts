import { describe, expect, it, vi } from "vitest";
import { parseReserveForm } from "../checkout/parse-reserve-form";
import { buildContentSecurityPolicy } from "./build-content-security-policy";
import { isReadableActionBody } from "./is-readable-action-body";

const ID = "0b6f2e8e-5a4e-4b0a-9d7e-1f2a3b4c5d6e";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe("reserve form parsing", () => {
  it.each(["0x3", " 2 ", "1e1", "2.0", "+2", "-1", "", "101", "٣"])("refuses the quantity %j, naming the field", (quantity) => {
    expect(parseReserveForm(form({ [`quantity.${ID}`]: quantity }))).toEqual({ problem: { key: "errorQuantity", fields: [ID] } });
  });

  it("accepts plain digits and drops zeros", () => {
    expect(parseReserveForm(form({ [`quantity.${ID}`]: "2", "quantity.1b6f2e8e-5a4e-4b0a-9d7e-1f2a3b4c5d6e": "0" }))).toEqual({ data: { items: [{ ticketTypeId: ID, quantity: 2 }], currency: undefined, uiMode: undefined } });
  });

  it("names what is wrong with a bad currency, too many kinds, a bad id or no choice — never a validator's wording", () => {
    expect(parseReserveForm(form({ [`quantity.${ID}`]: "1", currency: "EURO" }))).toEqual({ problem: { key: "errorCurrency" } });
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`quantity.${ID.slice(0, -2)}${String(i).padStart(2, "0")}`, "1"]));
    expect(parseReserveForm(form(many))).toEqual({ problem: { key: "errorTooManyKinds", values: { max: 20 } } });
    expect(parseReserveForm(form({ [`quantity.${ID}`]: "0" }))).toEqual({ problem: { key: "errorNoneChosen" } });
    expect(parseReserveForm(form({ "quantity.not-a-uuid": "1" }))).toEqual({ problem: { key: "errorTicketType" } });
    expect(parseReserveForm(form({ [`quantity.${ID}`]: "1", uiMode: "popup" }))).toEqual({ problem: { key: "errorCheckoutOption" } });
  });

  it("answers arguments that are not a form at all", () => {
    expect(parseReserveForm(2 as never)).toEqual({ problem: { key: "errorUnreadable" } });
  });
});

describe("server-action bodies", () => {
  const post = (type: string, body: string) => new Request("http://x/", { method: "POST", headers: { "content-type": type }, body });
  it("accepts what React sends and refuses what it cannot decode", async () => {
    expect(await isReadableActionBody(post("text/plain;charset=UTF-8", '["$K1"]'))).toBe(true);
    expect(await isReadableActionBody(post("text/plain", "not json{"))).toBe(false);
    expect(await isReadableActionBody(post("text/plain", '{"a":1}'))).toBe(false);
    expect(await isReadableActionBody(post("multipart/form-data; boundary=xyz", "broken"))).toBe(false);
    expect(await isReadableActionBody(post("application/json", "[]"))).toBe(false);
  });
});

describe("Content-Security-Policy", () => {
  it("allows scripts only with the nonce, Stripe's (or the emulator's) frames, and no framing of the shop", () => {
    const real = buildContentSecurityPolicy({ nonce: "abc", stripeOrigin: null, isDev: false });
    expect(real).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(real).toContain("frame-src https://js.stripe.com");
    expect(real).toContain("frame-ancestors 'none'");
    expect(real).not.toContain("unsafe-eval");
    const offline = buildContentSecurityPolicy({ nonce: "abc", stripeOrigin: "http://127.0.0.1:12111", isDev: false });
    expect(offline).toContain("frame-src http://127.0.0.1:12111");
    expect(offline).toContain("connect-src 'self' http://127.0.0.1:12111");
  });
});

describe("the Embedded Checkout test page", () => {
  it("is absent from production builds: no session is created", async () => {
    const { createTestEmbeddedSession } = await import("../checkout/create-test-embedded-session");
    const { isAppError } = await import("../errors");
    vi.stubEnv("NODE_ENV", "production");
    try {
      await expect(createTestEmbeddedSession()).rejects.toSatisfy((error) => isAppError(error, "not_found"));
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
