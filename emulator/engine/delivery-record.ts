/** One attempt to deliver an event to an endpoint, as shown at `/_emulator/deliveries` and on the dashboard. */
export interface DeliveryAttempt {
  /** Real time (ms) the attempt started; receivers check signatures against real time, not the emulator clock. */
  at: number;
  status: number | null;
  duration_ms: number;
  response_excerpt: string;
  error: string | null;
}

/** Delivery of one event to one webhook endpoint, across its attempts. */
export interface DeliveryRecord {
  id: string;
  object: "delivery";
  event: string;
  event_type: string;
  endpoint: string;
  url: string;
  state: "pending" | "succeeded" | "failed" | "dropped";
  /** Which fault shaped this delivery, if any (duplicate, out_of_order, delay, drop). */
  fault: string | null;
  attempts: DeliveryAttempt[];
  /** Real time (ms) of the next attempt while pending. */
  next_attempt_at: number | null;
  created: number;
}
