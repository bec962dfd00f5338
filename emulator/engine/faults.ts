import { z } from "zod";
import { newId } from "./ids";

/**
 * Faults on demand. API rules make chosen requests fail (500, 429, a hang) or slow down; webhook rules
 * distort the delivery of chosen events. Rules live in memory only: they belong to the test that set them.
 */
const common = {
  /** How many matches the rule applies to; omitted = every match. */
  count: z.number().int().positive().optional(),
  /** Chance each match is affected; omitted = always. */
  probability: z.number().min(0).max(1).optional(),
};

export const faultRuleInput = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("api"),
    method: z.string().toUpperCase().optional(),
    /** Path with `*` wildcards, e.g. `/v1/checkout/sessions*`. */
    path: z.string().min(1),
    fault: z.enum(["error", "rate_limit", "timeout", "latency"]),
    /** For `error`: the HTTP status (5xx). */
    status: z.number().int().min(500).max(599).optional(),
    latency_ms: z.number().int().min(0).optional(),
    /** `after`: the request runs, then the response is replaced (Stripe did the work, the caller never heard). */
    phase: z.enum(["before", "after"]).optional(),
    ...common,
  }),
  z.strictObject({
    kind: z.literal("webhook"),
    /** Event type with `*` wildcards. */
    event_type: z.string().min(1),
    fault: z.enum(["duplicate", "out_of_order", "delay", "drop"]),
    delay_seconds: z.number().min(0).optional(),
    ...common,
  }),
]);

export type FaultRuleInput = z.infer<typeof faultRuleInput>;
export type FaultRule = FaultRuleInput & { id: string; matched: number };
export type ApiFault = Extract<FaultRule, { kind: "api" }>;
export type WebhookFault = Extract<FaultRule, { kind: "webhook" }>;

export class Faults {
  private rules: FaultRule[] = [];

  add(input: FaultRuleInput): FaultRule {
    const rule = { ...input, id: newId("fault", 14), matched: 0 };
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return this.rules;
  }

  clear(id?: string): void {
    this.rules = id ? this.rules.filter((r) => r.id !== id) : [];
  }

  matchApi(method: string, path: string): ApiFault | null {
    return this.take(
      (r): r is ApiFault => r.kind === "api" && (!r.method || r.method === method) && glob(r.path).test(path),
    );
  }

  matchWebhook(eventType: string): WebhookFault | null {
    return this.take((r): r is WebhookFault => r.kind === "webhook" && glob(r.event_type).test(eventType));
  }

  /** First applicable rule; consumes one of its `count` and retires it when used up. */
  private take<T extends FaultRule>(applies: (r: FaultRule) => r is T): T | null {
    for (const rule of this.rules) {
      if (!applies(rule)) continue;
      if (rule.probability !== undefined && Math.random() >= rule.probability) continue;
      rule.matched++;
      if (rule.count !== undefined && rule.matched >= rule.count) this.clear(rule.id);
      return rule;
    }
    return null;
  }
}

function glob(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}
