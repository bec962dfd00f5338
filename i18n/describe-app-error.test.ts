import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { AppError, errorStatus, type AppErrorCode } from "@/lib/errors";
import en from "../messages/en.json";
import ja from "../messages/ja.json";
import { describeAppError } from "./describe-app-error";

const english = createTranslator({ locale: "en", messages: en, namespace: "errors" });
const japanese = createTranslator({ locale: "ja", messages: ja, namespace: "errors" });

describe("describeAppError", () => {
  it("says what the domain said, in the shopper's language, with the numbers from the details", () => {
    const notEnough = new AppError("not_enough_seats", "Only 3 left.", { ticketTypeId: "x", available: 3 });
    expect(describeAppError(english, notEnough)).toBe("Only 3 left.");
    expect(describeAppError(japanese, notEnough)).toBe("残りは3枚です。");
    const soldOut = new AppError("sold_out", "Sold out.", { ticketTypeId: "x", available: 0 });
    expect(describeAppError(english, soldOut)).toBe("Sold out.");
    expect(describeAppError(japanese, soldOut)).toBe("完売しました。");
  });

  it("gives membership and presale refusals their own message, whatever the action's overrides", () => {
    const member = new AppError("conflict", "You already have a membership.", { kind: "already_member", subscriptionId: "sub_1" });
    expect(describeAppError(english, member, { conflict: "checkoutChanged" })).toBe("You already have a membership. You can manage it from your account.");
    expect(describeAppError(japanese, member)).toBe("すでにメンバーシップにご加入済みです。アカウントページから管理できます。");
    const presale = new AppError("forbidden", "members only", { kind: "members_only", generalSaleAt: "2026-01-01T00:00:00.000Z" });
    expect(describeAppError(english, presale)).toBe("This presale is for members only. General sale opens later.");
    expect(describeAppError(english, new AppError("not_found", "Membership not found.", { kind: "membership" }))).toBe("We could not find that membership on your account.");
    // An unknown kind falls back to the code's message.
    expect(describeAppError(english, new AppError("not_found", "", { kind: "something_else" }))).toBe(en.errors.notFound);
  });

  it("tells the two limits apart", () => {
    const perOrder = new AppError("limit_exceeded", "Limit 6 per order.", { kind: "seats_per_order", limit: 6 });
    expect(describeAppError(english, perOrder)).toBe("Limit 6 per order.");
    expect(describeAppError(japanese, perOrder)).toBe("1回のご注文につき6枚までです。");
    const holds = new AppError("limit_exceeded", "You already have 3 checkouts in progress.", { kind: "active_holds", limit: 3 });
    expect(describeAppError(english, holds)).toBe("You already have 3 checkouts in progress. Finish or cancel one first.");
    expect(describeAppError(english, new AppError("limit_exceeded", "", { kind: "active_holds", limit: 1 }))).toContain("1 checkout in progress");
    expect(describeAppError(japanese, holds)).toContain("3件");
  });

  it("uses the caller's clearer message where it knows the context, and never the English from lib/", () => {
    const gone = new AppError("not_found", "That ticket type does not exist.");
    expect(describeAppError(japanese, gone, { not_found: "ticketTypeGone" })).toBe(ja.errors.ticketTypeGone);
    expect(describeAppError(english, gone)).toBe(en.errors.notFound);
  });

  it("has a message for every code, also when its details are missing", () => {
    for (const code of Object.keys(errorStatus) as AppErrorCode[]) {
      const error = new AppError(code, "English text from lib/");
      for (const t of [english, japanese]) {
        const message = describeAppError(t, error);
        expect(message, code).not.toBe("English text from lib/");
        expect(message, code).not.toMatch(/^errors\./); // next-intl's fallback for a missing key
        expect(message.length, code).toBeGreaterThan(3);
      }
    }
  });
});

describe("describeAppError: hardening refusals", () => {
  const t = (key: string, values?: Record<string, number>) => `${key}${values ? JSON.stringify(values) : ""}`;
  it("words the address limits, the rate limit, contention and a short stock with what was asked", async () => {
    const { AppError } = await import("@/lib/errors");
    const { describeAppError } = await import("./describe-app-error");
    expect(describeAppError(t as never, new AppError("limit_exceeded", "x", { kind: "rate_limit", limit: 10, retryAfterSeconds: 42 }))).toBe('limitRate{"seconds":42}');
    expect(describeAppError(t as never, new AppError("limit_exceeded", "x", { kind: "client_event_seats", limit: 12, remaining: 2 }))).toBe('limitClientEventSeatsRemaining{"limit":12,"remaining":2}');
    expect(describeAppError(t as never, new AppError("limit_exceeded", "x", { kind: "client_event_seats", limit: 12, remaining: 0 }))).toBe('limitClientEventSeats{"limit":12}');
    expect(describeAppError(t as never, new AppError("conflict", "x", { kind: "contended" }), { conflict: "notOnSale" })).toBe("contended");
    expect(describeAppError(t as never, new AppError("not_enough_seats", "x", { available: 3, requested: 5 }))).toBe('notEnoughSeatsAsked{"available":3,"requested":5}');
  });
});
