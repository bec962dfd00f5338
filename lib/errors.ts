/** Error codes the domain can raise; each maps to one HTTP status at the edge. */
export const errorStatus = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  sold_out: 409,
  not_enough_seats: 409,
  limit_exceeded: 429,
  hold_expired: 410,
  payment_provider_error: 502,
  internal: 500,
} as const;

export type AppErrorCode = keyof typeof errorStatus;

/** The one error type of the domain: a code for programs, a message for people, details for both. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: AppErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
