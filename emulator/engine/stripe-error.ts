/**
 * An error the API answers with, in Stripe's shape. `saveIdempotent` says whether the idempotency layer
 * keeps it: Stripe replays errors of requests that ran (a declined card), never of requests that failed
 * validation.
 */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: "invalid_request_error" | "card_error" | "idempotency_error" | "api_error",
    message: string,
    readonly details: {
      code?: string;
      param?: string;
      decline_code?: string;
      /** Extra members of the error object, e.g. the `payment_intent` a card error belongs to. */
      extra?: Record<string, unknown>;
    } = {},
    readonly saveIdempotent = false,
  ) {
    super(message);
  }

  toJSON(): { error: Record<string, unknown> } {
    const { code, param, decline_code, extra } = this.details;
    const error: Record<string, unknown> = { type: this.type, message: this.message };
    if (code) error.code = code;
    if (code) error.doc_url = `https://stripe.com/docs/error-codes/${code.replace(/_/g, "-")}`;
    if (param) error.param = param;
    if (decline_code) error.decline_code = decline_code;
    return { error: { ...error, ...extra } };
  }
}

export function invalidRequest(message: string, param?: string, code?: string): StripeApiError {
  return new StripeApiError(400, "invalid_request_error", message, { param, code });
}

/** A referenced object that does not exist: 404 on its own URL, 400 with `param` inside another request. */
export function noSuch(label: string, id: string, param?: string): StripeApiError {
  return new StripeApiError(param ? 400 : 404, "invalid_request_error", `No such ${label}: '${id}'`, {
    code: "resource_missing",
    param: param ?? "id",
  });
}
