import type { Engine } from "../engine/engine";
import { INCLUDABLE_FIELDS } from "../engine/snapshot";
import type { ObjectType } from "../engine/store";
import { invalidRequest } from "../engine/stripe-error";
import { paginate } from "./paginate";

type Tree = { [field: string]: Tree };

/** Id prefixes of the objects a string field can be expanded into (longest first where they overlap). */
const PREFIXES: Array<[string, ObjectType]> = [
  ["cs_", "checkout.session"],
  ["prod_", "product"],
  ["price_", "price"],
  ["cus_", "customer"],
  ["pi_", "payment_intent"],
  ["pm_", "payment_method"],
  ["seti_", "setup_intent"],
  ["sub_", "subscription"],
  ["inpay_", "invoice_payment"],
  ["in_", "invoice"],
  ["evt_", "event"],
  ["we_", "webhook_endpoint"],
  ["tok_", "token"],
  ["clock_", "test_helpers.test_clock"],
];

/**
 * Shapes a response as Stripe does: ids named in `expand[]` become objects (nested with dots, lists
 * through `data`), includable fields appear only when expanded, everything else stays as stored.
 * Works on copies; stored objects are never touched. Paths were checked (`checkExpandable`) before the
 * request ran; the checks here only catch what the static table cannot know.
 */
export function renderResponse(engine: Engine, value: unknown, expand: readonly string[]): unknown {
  const tree: Tree = {};
  for (const path of expand) {
    let node = tree;
    for (const part of path.split(".")) node = node[part] ??= {};
  }
  return render(engine, value, tree);
}

function render(engine: Engine, value: unknown, tree: Tree): unknown {
  if (Array.isArray(value)) return value.map((v) => render(engine, v, tree));
  if (value === null || typeof value !== "object") return value;
  const source = value as Record<string, unknown>;
  const type = typeof source.object === "string" ? source.object : "";
  const hidden = INCLUDABLE_FIELDS[type] ?? [];
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(source)) {
    if (!hidden.includes(key) || key in tree) out[key] = v;
  }
  for (const field of Object.keys(tree)) {
    if (type === "list" && field === "data") continue;
    if (hidden.includes(field)) {
      out[field] = includable(engine, type, field, source);
      continue;
    }
    const v = source[field];
    const idType = typeof v === "string" ? typeOfId(v) : null;
    if (idType) out[field] = engine.store.get(idType, v as string) ?? v;
    else if (v === undefined || (v !== null && typeof v !== "object")) {
      throw invalidRequest(`This property cannot be expanded (${field}).`, "expand");
    }
  }
  for (const [key, v] of Object.entries(out)) {
    if (v !== null && typeof v === "object") out[key] = render(engine, v, tree[key] ?? {});
  }
  return out;
}

function typeOfId(id: string): ObjectType | null {
  return PREFIXES.find(([prefix]) => id.startsWith(prefix))?.[1] ?? null;
}

/** Values of includable fields, built on demand. */
function includable(engine: Engine, type: string, field: string, source: Record<string, unknown>): unknown {
  const id = String(source.id);
  if (type === "checkout.session" && field === "line_items") {
    const items = engine.store.internal.sessionLineItems[id] ?? [];
    return paginate([...items].reverse(), {}, `/v1/checkout/sessions/${id}/line_items`);
  }
  if (type === "invoice" && field === "payments") {
    const payments = engine.store.all("invoice_payment").filter((p) => p.invoice === id);
    return paginate(payments, {}, `/v1/invoice_payments?invoice=${id}`);
  }
  return source[field] ?? null;
}
