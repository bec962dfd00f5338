/**
 * Decodes Stripe's form encoding (`line_items[0][price_data][currency]=usd`, `expand[]=x`) into nested
 * objects and arrays. Objects whose keys are all indexes become arrays, in index order.
 */
export function parseForm(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  if (!text) return root;
  for (const pair of text.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? "" : decode(pair.slice(eq + 1));
    assign(root, splitKey(key), value);
  }
  return arraysFromIndexes(root) as Record<string, unknown>;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, " "));
  } catch {
    return part;
  }
}

/** `a[b][]` → `["a", "b", ""]`; an empty segment means "append". */
function splitKey(key: string): string[] {
  const open = key.indexOf("[");
  if (open <= 0) return [key];
  const parts = [key.slice(0, open)];
  for (const m of key.slice(open).matchAll(/\[([^\]]*)\]/g)) parts.push(m[1]!);
  return parts;
}

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

function assign(target: Record<string, unknown>, parts: string[], value: string): void {
  if (parts.some((p) => FORBIDDEN.has(p))) return;
  let node = target;
  for (let i = 0; i < parts.length; i++) {
    const last = i === parts.length - 1;
    let part = parts[i]!;
    // `x[]` appends: the next free index among the keys so far.
    if (part === "") part = String(Object.keys(node).length);
    if (last) {
      node[part] = value;
      return;
    }
    const next = node[part];
    if (next === null || typeof next !== "object") node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
}

function arraysFromIndexes(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  for (const key of keys) obj[key] = arraysFromIndexes(obj[key]);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => obj[String(k)]);
  }
  return obj;
}
