import { z } from "zod";
import { invalidRequest } from "../engine/stripe-error";

/**
 * Parameter schemas for form-encoded Stripe requests. Every value arrives as a string (or a nested
 * object/array of them), so these helpers parse and convert. Messages may contain `{param}`, replaced by
 * the bracketed parameter name when the error is raised.
 */

export const str = (max = 5000) =>
  z.string({ error: "Invalid string: {param}" }).max(max, { error: `{param} must be at most ${max} characters` });

export const int = (range: { min?: number; max?: number } = {}) =>
  z
    .string({ error: "Invalid integer: {param}" })
    .refine((v) => /^-?\d+$/.test(v), {
      error: (iss) => `Invalid integer: ${String(iss.input)}`,
      params: { code: "parameter_invalid_integer" },
    })
    .transform(Number)
    .refine((n) => range.min === undefined || n >= range.min, {
      error: `{param} must be greater than or equal to ${range.min}`,
    })
    .refine((n) => range.max === undefined || n <= range.max, {
      error: `{param} must be less than or equal to ${range.max}`,
    });

export const bool = () =>
  z.enum(["true", "false"], { error: (iss) => `Invalid boolean: ${String(iss.input)}` }).transform((v) => v === "true");

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `Invalid {param}: must be one of ${listWords(values)}` });

/** Stripe's metadata: ≤ 50 keys, keys ≤ 40 chars, values ≤ 500 chars; "" clears it all. */
export const metadata = () =>
  z
    .preprocess(
      (v) => (Array.isArray(v) ? Object.fromEntries(v.map((x, i) => [String(i), x])) : v),
      z.union([z.literal(""), z.record(z.string().max(40), z.string().max(500))], { error: "Invalid hash" }),
    )
    .transform((v) => (v === "" ? {} : v))
    .refine((v) => Object.keys(v).length <= 50, { error: "Metadata can have at most 50 keys" });

export const list = <T extends z.ZodType>(item: T, max = 100) =>
  z.array(item, { error: "Invalid array" }).max(max, { error: `{param} can have at most ${max} elements` });

export const obj = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, { error: "Invalid hash" });

/** A timestamp filter: exact or a range. */
export const range = () =>
  z.union([int(), obj({ gt: int().optional(), gte: int().optional(), lt: int().optional(), lte: int().optional() })]);

export type RangeFilter = z.output<ReturnType<typeof range>>;

export function inRange(value: number, filter: RangeFilter | undefined): boolean {
  if (filter === undefined) return true;
  if (typeof filter === "number") return value === filter;
  return (
    (filter.gt === undefined || value > filter.gt) &&
    (filter.gte === undefined || value >= filter.gte) &&
    (filter.lt === undefined || value < filter.lt) &&
    (filter.lte === undefined || value <= filter.lte)
  );
}

export const paginationShape = {
  limit: int({ min: 1, max: 100 }).optional(),
  starting_after: str().optional(),
  ending_before: str().optional(),
};

/** Parses request parameters, raising Stripe's error for the first problem: unknown, missing, invalid. */
export function parseParams<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues;
  const unknown = issues.find((i) => i.code === "unrecognized_keys");
  if (unknown && unknown.code === "unrecognized_keys") {
    const param = formatParam([...unknown.path, unknown.keys[0]!]);
    throw invalidRequest(`Received unknown parameter: ${param}`, param, "parameter_unknown");
  }
  const missing = issues.find((i) => i.code === "invalid_type" && i.input === undefined);
  if (missing) {
    const param = formatParam(missing.path);
    throw invalidRequest(`Missing required param: ${param}.`, param, "parameter_missing");
  }
  const first = issues[0]!;
  const param = formatParam(first.path);
  const code = first.code === "custom" ? (first.params?.code as string | undefined) : undefined;
  const message = first.code === "invalid_union" ? `Invalid value for ${param}.` : first.message;
  throw invalidRequest(message.replaceAll("{param}", param), param, code ?? "parameter_invalid");
}

/** `["line_items", 0, "price"]` → `line_items[0][price]`. */
export function formatParam(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  return (head ?? "") + rest.map((p) => `[${p}]`).join("");
}

function listWords(values: readonly string[]): string {
  return values.length < 2 ? values.join("") : `${values.slice(0, -1).join(", ")}, or ${values.at(-1)}`;
}

/** Stripe's "Emptyable" parameters: an empty string unsets the field (→ null). */
export const emptyable = <T extends z.ZodType>(schema: T) => z.union([z.literal("").transform(() => null), schema]);
