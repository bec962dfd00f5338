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
