import type Stripe from "stripe";
import type { DeliveryRecord } from "./delivery-record";
import type { Faults } from "./faults";
import { newId } from "./ids";
import { signPayload } from "./sign-payload";
import type { Store } from "./store";

export interface DeliveryOptions {
  /** Seconds to wait before each retry; its length is the number of retries. */
  retrySchedule: number[];
  /** A receiver slower than this counts as failed (Stripe waits 10 s). */
  timeoutMs: number;
}

/** How long an event held back by an `out_of_order` fault waits for a successor before going anyway. */
const MAX_HOLD_MS = 5000;
const EXCERPT_CHARS = 500;

/**
 * Sends events to webhook endpoints: signed afresh per attempt, retried with backoff, every attempt
 * recorded. Timers run on real time: receivers verify signatures against their own clock.
 */
export class WebhookDispatcher {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inflight = new Set<Promise<void>>();
  private readonly requests = new Set<AbortController>();
  /** endpoint id → deliveries held back until the endpoint's next event has gone. */
  private readonly held = new Map<string, DeliveryRecord[]>();
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly faults: Faults,
    private readonly options: DeliveryOptions,
  ) {}

  /** Endpoints that receive an event of this type. */
  matchingEndpoints(type: string): Stripe.WebhookEndpoint[] {
    return this.store
      .all("webhook_endpoint")
      .filter((e) => e.status === "enabled" && (e.enabled_events.includes("*") || e.enabled_events.includes(type)));
  }

  dispatch(event: Stripe.Event, endpoints: Stripe.WebhookEndpoint[]): void {
    if (endpoints.length === 0) return;
    const fault = this.faults.matchWebhook(event.type);
    for (const endpoint of endpoints) {
      const record = this.newRecord(event, endpoint, fault?.fault ?? null);
      const releaseHeld = () => this.releaseHeld(endpoint.id);
      switch (fault?.fault) {
        case "drop":
          record.state = "dropped";
          record.next_attempt_at = null;
          this.store.put("delivery", record);
          this.settle(event.id);
          break;
        case "delay":
          this.schedule(record, (fault.delay_seconds ?? 5) * 1000);
          break;
        case "duplicate": {
          this.schedule(record, 0, releaseHeld);
          const twin = { ...this.newRecord(event, endpoint, "duplicate"), attempts: [] };
          this.schedule(twin, 50);
          break;
        }
        case "out_of_order":
          this.hold(endpoint.id, record);
          break;
        default:
          this.schedule(record, 0, releaseHeld);
      }
    }
  }

  /** After a restart, pick up deliveries that were still pending. */
  resume(): void {
    for (const record of this.store.all("delivery")) {
      if (record.state !== "pending") continue;
      this.schedule(record, Math.max(0, (record.next_attempt_at ?? Date.now()) - Date.now()));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.requests) controller.abort();
    await Promise.allSettled(this.inflight);
  }

  private newRecord(event: Stripe.Event, endpoint: Stripe.WebhookEndpoint, fault: string | null): DeliveryRecord {
    return {
      id: newId("whdel"),
      object: "delivery",
      event: event.id,
      event_type: event.type,
      endpoint: endpoint.id,
      url: endpoint.url,
      state: "pending",
      fault,
      attempts: [],
      next_attempt_at: Date.now(),
      created: event.created,
    };
  }

  private hold(endpointId: string, record: DeliveryRecord): void {
    record.next_attempt_at = null;
    this.store.put("delivery", record);
    const list = this.held.get(endpointId) ?? [];
    list.push(record);
    this.held.set(endpointId, list);
    this.later(MAX_HOLD_MS, () => this.releaseHeld(endpointId));
  }

  private releaseHeld(endpointId: string): void {
    const list = this.held.get(endpointId);
    if (!list) return;
    this.held.delete(endpointId);
    for (const record of list) this.schedule(record, 0);
  }

  private schedule(record: DeliveryRecord, delayMs: number, afterFirstAttempt?: () => void): void {
    record.next_attempt_at = Date.now() + delayMs;
    this.store.put("delivery", record);
    this.later(delayMs, () => this.track(this.attempt(record).finally(() => afterFirstAttempt?.())));
  }

  private later(delayMs: number, run: () => void): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, delayMs);
    this.timers.add(timer);
  }

  private track(work: Promise<void>): void {
    this.inflight.add(work);
    void work.finally(() => this.inflight.delete(work));
  }

  private async attempt(record: DeliveryRecord): Promise<void> {
    if (this.closed) return;
    const endpoint = this.store.get("webhook_endpoint", record.endpoint);
    const event = this.store.get("event", record.event);
    if (!endpoint || !event || endpoint.status !== "enabled") {
      this.finish(record, "failed");
      return;
    }
    const body = JSON.stringify(event, null, 2);
    // Signed with real time, per attempt: receivers allow 300 s of skew against their own clock.
    const signature = signPayload(endpoint.secret ?? "", body, Math.floor(Date.now() / 1000));
    const started = Date.now();
    const controller = new AbortController();
    this.requests.add(controller);
    const timeout = setTimeout(() => controller.abort(), this.options.timeoutMs);
    let status: number | null = null;
    let excerpt = "";
    let error: string | null = null;
    try {
      const response = await fetch(endpoint.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Stripe-Signature": signature,
          "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
        },
        body,
        signal: controller.signal,
      });
      status = response.status;
      excerpt = (await response.text()).slice(0, EXCERPT_CHARS);
    } catch (e) {
      error = controller.signal.aborted
        ? `Timed out after ${this.options.timeoutMs} ms`
        : String((e as Error).cause ?? e);
    } finally {
      clearTimeout(timeout);
      this.requests.delete(controller);
    }
    // Shutting down mid-request: leave the delivery pending so the next start retries it.
    if (this.closed && status === null) return;
    record.attempts.push({ at: started, status, duration_ms: Date.now() - started, response_excerpt: excerpt, error });
    if (status !== null && status >= 200 && status < 300) {
      this.finish(record, "succeeded");
      return;
    }
    const wait = this.options.retrySchedule[record.attempts.length - 1];
    if (wait === undefined) {
      this.finish(record, "failed");
      return;
    }
    this.schedule(record, wait * 1000);
  }

  private finish(record: DeliveryRecord, state: "succeeded" | "failed"): void {
    record.state = state;
    record.next_attempt_at = null;
    this.store.put("delivery", record);
    // A duplicate is a second copy of a delivery already counted.
    if (record.fault !== "duplicate") this.settle(record.event);
  }

  /** One endpoint fewer still waiting for this event. */
  private settle(eventId: string): void {
    const event = this.store.get("event", eventId);
    if (!event || event.pending_webhooks === 0) return;
    event.pending_webhooks -= 1;
    this.store.touch("event");
  }
}
