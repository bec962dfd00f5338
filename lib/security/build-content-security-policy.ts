/**
 * The page's Content-Security-Policy. Scripts run only with this response's nonce ('strict-dynamic' lets the
 * trusted ones load Stripe.js), Stripe's frames and API are allowed (or the emulator's, which stands in for them
 * offline), and no other site may frame the shop.
 */
export function buildContentSecurityPolicy({ nonce, stripeOrigin, isDev }: { nonce: string; stripeOrigin: string | null; isDev: boolean }): string {
  const stripe = stripeOrigin ? [stripeOrigin] : ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com", "https://checkout.stripe.com"];
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' ${stripe.join(" ")}${isDev ? " 'unsafe-eval'" : ""}`,
    // Stripe.js and React set inline styles on the elements they render.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${stripeOrigin ?? "https://*.stripe.com"}`,
    "font-src 'self' data:",
    `connect-src 'self' ${stripeOrigin ?? "https://api.stripe.com https://*.stripe.com"}${isDev ? " ws: wss:" : ""}`,
    `frame-src ${stripe.join(" ")}`,
    `form-action 'self' ${stripeOrigin ?? "https://checkout.stripe.com"}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ];
  return directives.join("; ");
}
