import { isIP } from "node:net";

/**
 * The key that address limits count by: an IPv4 address as is, an IPv6 address by its /64 (one customer's
 * network: a client can change the low 64 bits at will), IPv4-mapped IPv6 as IPv4. Null when not an address.
 */
export function toClientKey(address: string | null | undefined): string | null {
  const value = address?.trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!value) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) return toClientKey(mapped[1]);
  const version = isIP(value);
  if (version === 4) return value;
  if (version !== 6) return null;
  const [head = "", tail = ""] = value.toLowerCase().split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = value.includes("::") ? (tail ? tail.split(":") : []) : [];
  // An embedded IPv4 tail (::1.2.3.4) is two groups; only the first four groups matter for the /64.
  const missing = 8 - headGroups.length - tailGroups.length - tailGroups.filter((g) => g.includes(".")).length;
  const groups = value.includes("::") ? [...headGroups, ...Array<string>(Math.max(0, missing)).fill("0"), ...tailGroups] : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
