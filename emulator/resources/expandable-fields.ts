import { invalidRequest } from "../engine/stripe-error";

/**
 * What `expand[]` may name, per object type: field → the type it expands into. `list:T` is a list of T
 * (reached through `data`), `*` a field Stripe can expand that the emulator never fills (anything below it
 * is accepted). Checked before a request runs, as Stripe does, so a bad expansion changes nothing.
 */
const EXPANDABLE: Record<string, Record<string, string>> = {
  product: { default_price: "price", tax_code: "*" },
  price: { product: "product", currency_options: "*", tiers: "*" },
  "checkout.session": {
    customer: "customer",
    payment_intent: "payment_intent",
    setup_intent: "setup_intent",
    subscription: "subscription",
    invoice: "invoice",
    line_items: "list:item",
    payment_link: "*",
    discounts: "*",
  },
  item: { price: "price" },
  refund: { charge: "charge", payment_intent: "payment_intent", balance_transaction: "*" },
  charge: { payment_intent: "payment_intent", customer: "customer", balance_transaction: "*" },
  customer: {
    invoice_settings: "customer_invoice_settings",
    default_source: "*",
    subscriptions: "list:subscription",
    sources: "*",
    tax_ids: "*",
    tax: "*",
    cash_balance: "*",
    invoice_credit_balance: "*",
    test_clock: "test_helpers.test_clock",
  },
  customer_invoice_settings: { default_payment_method: "payment_method" },
  payment_intent: {
    customer: "customer",
    payment_method: "payment_method",
    latest_charge: "*",
    application: "*",
    on_behalf_of: "*",
    review: "*",
    source: "*",
    payment_record: "*",
  },
  payment_method: { customer: "customer" },
  setup_intent: {
    customer: "customer",
    payment_method: "payment_method",
    latest_attempt: "*",
    mandate: "*",
    single_use_mandate: "*",
    application: "*",
    on_behalf_of: "*",
  },
  subscription: {
    customer: "customer",
    default_payment_method: "payment_method",
    latest_invoice: "invoice",
    pending_setup_intent: "setup_intent",
    items: "list:subscription_item",
    schedule: "*",
    default_source: "*",
    discounts: "*",
    application: "*",
    on_behalf_of: "*",
    test_clock: "test_helpers.test_clock",
  },
  subscription_item: { price: "price", plan: "plan" },
  plan: { product: "product" },
  invoice: {
    customer: "customer",
    default_payment_method: "payment_method",
    payments: "list:invoice_payment",
    confirmation_secret: "*",
    lines: "*",
    parent: "*",
    account_tax_ids: "*",
    default_source: "*",
    discounts: "*",
    latest_revision: "*",
    on_behalf_of: "*",
    test_clock: "test_helpers.test_clock",
    application: "*",
  },
  invoice_payment: { invoice: "invoice", payment: "invoice_payment_payment" },
  invoice_payment_payment: { payment_intent: "payment_intent", charge: "*", payment_record: "*" },
  event: { data: "*" },
  webhook_endpoint: {},
  token: {},
  "test_helpers.test_clock": {},
};

const MAX_DEPTH = 4;

/** Refuses expansions the response type does not allow. `type` may be `list:T`. */
export function checkExpandable(type: string, paths: readonly string[]): void {
  for (const path of paths) {
    const parts = path.split(".");
    if (parts.length > MAX_DEPTH) {
      throw invalidRequest(
        `You cannot expand more than ${MAX_DEPTH} levels of a property. Property: ${path}`,
        "expand",
      );
    }
    let current = type;
    for (const part of parts) {
      if (current === "*") break;
      if (current.startsWith("list:")) {
        if (part !== "data") throw cannotExpand(part);
        current = current.slice("list:".length);
        continue;
      }
      const next = EXPANDABLE[current]?.[part];
      if (!next) throw cannotExpand(part);
      current = next;
    }
  }
}

function cannotExpand(field: string) {
  return invalidRequest(`This property cannot be expanded (${field}).`, "expand");
}
