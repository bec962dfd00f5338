/**
 * A `?next=` value made safe to redirect to: a same-origin absolute path only ("/account", "/events/x?y=1"),
 * never another origin ("//evil.example", "/\\evil.example", "https://…") or an auth page (no loops).
 */
export function safeNextPath(value: unknown, fallback = "/account"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 512) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  // Control characters (tabs, newlines) are dropped by URL parsers and can turn "/\t/x" into "//x".
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, "http://same.origin");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://same.origin") return fallback;
  if (url.pathname.startsWith("/sign-in") || url.pathname.startsWith("/sign-up")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
