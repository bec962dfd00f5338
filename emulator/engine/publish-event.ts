import type Stripe from "stripe";
import { API_VERSION, type Engine } from "./engine";
import { newId } from "./ids";
import { snapshot } from "./snapshot";

/** The API request an event came from; both null for events Stripe raises by itself (timers). */
export interface EventRequest {
  id: string | null;
  idempotency_key: string | null;
}

export const AUTOMATIC: EventRequest = { id: null, idempotency_key: null };

/**
 * Records an event with a snapshot of the object as it is now and hands it to webhook delivery.
 * `previous` lists the changed fields' old values (`data.previous_attributes`).
 */
export function publishEvent(
  engine: Engine,
  type: Stripe.Event.Type,
  object: { id: string },
  request: EventRequest,
  previous?: Record<string, unknown>,
): Stripe.Event {
  const endpoints = engine.webhooks.matchingEndpoints(type);
  const data: Stripe.Event.Data = { object: snapshot(object) };
  if (previous && Object.keys(previous).length > 0) data.previous_attributes = snapshot(previous);
  const event = {
    id: newId("evt"),
    object: "event",
    api_version: API_VERSION,
    created: engine.clock.now(),
    data,
    livemode: false,
    pending_webhooks: endpoints.length,
    request: { ...request },
    type,
  } as Stripe.Event;
  engine.store.put("event", event);
  engine.webhooks.dispatch(event, endpoints);
  return event;
}

/** Old values of the fields that differ between two versions of an object (top level only). */
export function changedFields(before: object, after: object): Record<string, unknown> {
  const previous: Record<string, unknown> = {};
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) previous[key] = a[key] ?? null;
  }
  return previous;
}
