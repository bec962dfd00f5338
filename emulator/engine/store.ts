import { mkdirSync, readFileSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type Stripe from "stripe";
import type { DeliveryRecord } from "./delivery-record";

/** Checkout creation parameters kept for completion (shape owned by resources, stored here as data). */
export interface SessionTerms {
  payment_intent_data?: {
    metadata?: Record<string, string>;
    capture_method?: "automatic" | "automatic_async" | "manual";
    description?: string;
    receipt_email?: string;
    setup_future_usage?: "on_session" | "off_session";
    statement_descriptor?: string;
    statement_descriptor_suffix?: string;
  };
  subscription_data?: {
    trial_period_days?: number;
    trial_end?: number;
    metadata?: Record<string, string>;
    description?: string;
  };
  setup_intent_data?: { metadata?: Record<string, string>; description?: string };
}

/** Stripe objects the emulator keeps, by their `object` value. */
export interface Collections {
  customer: Stripe.Customer;
  product: Stripe.Product;
  price: Stripe.Price;
  "checkout.session": Stripe.Checkout.Session;
  payment_intent: Stripe.PaymentIntent;
  payment_method: Stripe.PaymentMethod;
  setup_intent: Stripe.SetupIntent;
  subscription: Stripe.Subscription;
  invoice: Stripe.Invoice;
  invoice_payment: Stripe.InvoicePayment;
  event: Stripe.Event;
  webhook_endpoint: Stripe.WebhookEndpoint;
  token: Stripe.Token;
  delivery: DeliveryRecord;
  charge: Stripe.Charge;
  refund: Stripe.Refund;
  "test_helpers.test_clock": Stripe.TestHelpers.TestClock;
}
export type ObjectType = keyof Collections;

/** A saved idempotent response. */
export interface IdempotentResult {
  fingerprint: string;
  /** The request that ran; replays name it in `Original-Request`. */
  requestId: string;
  status: number;
  body: string;
  created: number;
}

/**
 * What the emulator knows that Stripe keeps to itself: line items of sessions, which checkout an intent
 * completes, pending timed outcomes, and flags that make timed transitions fire once.
 */
export interface InternalState {
  clockOffsetMs: number;
  sessionLineItems: Record<string, Stripe.LineItem[]>;
  /** session id → creation parameters Stripe keeps but does not show (`payment_intent_data`, …). */
  sessionTerms: Record<string, SessionTerms>;
  /** intent id → the checkout session it completes once it succeeds (after 3-D Secure). */
  intentCheckouts: Record<string, { session: string; email: string | null; name: string | null }>;
  /** session id → delayed payment outcome and when (emulator seconds) it happens. */
  asyncOutcomes: Record<string, { outcome: "succeeded" | "failed"; due: number }>;
  /** subscription id → emulator-only bookkeeping. */
  subscriptionFlags: Record<string, { trialWillEndSent?: boolean }>;
  /** Prices created inline (`price_data`): real prices, but left out of `GET /v1/prices`. */
  inlinePrices: Record<string, true>;
  /** payment method or token id → test card number, which decides how the card behaves. */
  cardNumbers: Record<string, string>;
  /** checkout session id → the intent or subscription an unfinished attempt left, reused on the next try. */
  checkoutAttempts: Record<
    string,
    { payment_intent?: string; setup_intent?: string; subscription?: string; customer?: string }
  >;
  /** Deleted customers: Stripe still answers a retrieve with `{ id, object, deleted: true }`. */
  deletedCustomers: Record<string, true>;
}

const INTERNAL_FILE = "internal.json";
const IDEMPOTENCY_FILE = "idempotency.json";
const MIN_WRITE_DELAY_MS = 150;

function emptyInternal(): InternalState {
  return {
    clockOffsetMs: 0,
    sessionLineItems: {},
    sessionTerms: {},
    intentCheckouts: {},
    asyncOutcomes: {},
    subscriptionFlags: {},
    inlinePrices: {},
    cardNumbers: {},
    checkoutAttempts: {},
    deletedCustomers: {},
  };
}

/**
 * In-memory state, written to `dataDir` as one JSON file per collection. Writes are debounced and atomic
 * (temp file + rename) so request handling never waits for the disk and a crash never leaves half a file.
 */
export class Store {
  private readonly maps = new Map<ObjectType, Map<string, unknown>>();
  readonly internal: InternalState;
  /** Saved responses by idempotency key; kept in their own file because they grow with every POST. */
  readonly idempotency: Record<string, IdempotentResult>;
  private readonly dirty = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private lastWriteMs = 0;

  constructor(private readonly dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.internal = { ...emptyInternal(), ...this.readFile<Partial<InternalState>>(INTERNAL_FILE, {}) };
    this.idempotency = this.readFile<Record<string, IdempotentResult>>(IDEMPOTENCY_FILE, {});
  }

  private map<K extends ObjectType>(type: K): Map<string, Collections[K]> {
    let m = this.maps.get(type);
    if (!m) {
      m = new Map();
      for (const obj of this.readFile<Array<{ id: string }>>(fileOf(type), [])) m.set(obj.id, obj);
      this.maps.set(type, m);
    }
    return m as Map<string, Collections[K]>;
  }

  get<K extends ObjectType>(type: K, id: string): Collections[K] | undefined {
    return this.map(type).get(id);
  }

  /** Inserts or replaces; objects keep their first insertion position, which is list order. */
  put<K extends ObjectType>(type: K, obj: Collections[K] & { id: string }): Collections[K] {
    this.map(type).set(obj.id, obj);
    this.touch(type);
    return obj;
  }

  remove(type: ObjectType, id: string): void {
    this.map(type).delete(id);
    this.touch(type);
  }

  /** All objects of a type, oldest first. */
  all<K extends ObjectType>(type: K): Collections[K][] {
    return [...this.map(type).values()];
  }

  count(type: ObjectType): number {
    return this.map(type).size;
  }

  /** Marks a collection (or the internal state, with no argument) changed after an in-place update. */
  touch(type?: ObjectType): void {
    this.markDirty(type ? fileOf(type) : INTERNAL_FILE);
  }

  touchIdempotency(): void {
    this.markDirty(IDEMPOTENCY_FILE);
  }

  private markDirty(file: string): void {
    this.dirty.add(file);
    // Self-throttling: when state is large and writes are slow, write less often rather than fall behind.
    const delay = Math.max(MIN_WRITE_DELAY_MS, this.lastWriteMs * 5);
    if (!this.timer) this.timer = setTimeout(() => void this.writeDirty(), delay);
  }

  private writeDirty(): Promise<void> {
    this.timer = null;
    const files = [...this.dirty];
    this.dirty.clear();
    const started = Date.now();
    const snapshots = files.map((file) => [file, this.serialize(file)] as const);
    this.writing = this.writing
      .then(async () => {
        for (const [file, text] of snapshots) {
          const target = path.join(this.dataDir, file);
          const temp = `${target}.${process.pid}.tmp`;
          await writeFile(temp, text);
          await rename(temp, target);
        }
        this.lastWriteMs = Date.now() - started;
      })
      // A failed write (disk full, directory removed) must not stop later writes; the next change retries.
      .catch((error: unknown) => {
        for (const [file] of snapshots) this.dirty.add(file);
        console.error("[emulator] could not persist state", error);
      });
    return this.writing;
  }

  /** Writes everything still pending; called on close so nothing is lost. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    await this.writeDirty();
  }

  private serialize(file: string): string {
    if (file === INTERNAL_FILE) return JSON.stringify(this.internal);
    if (file === IDEMPOTENCY_FILE) return JSON.stringify(this.idempotency);
    const type = file.slice(0, -".json".length) as ObjectType;
    return JSON.stringify(this.all(type));
  }

  private readFile<T>(file: string, fallback: T): T {
    try {
      return JSON.parse(readFileSync(path.join(this.dataDir, file), "utf8")) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return fallback;
      throw error;
    }
  }
}

function fileOf(type: ObjectType): string {
  return `${type}.json`;
}
