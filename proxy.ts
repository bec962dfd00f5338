// Runs before every page request: a fresh CSP nonce per response; server-action requests from other origins are
// refused with 403 and undecodable ones with 400 (not the framework's 500).
import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy } from "./lib/security/build-content-security-policy";
import { isReadableActionBody } from "./lib/security/is-readable-action-body";

export async function proxy(request: NextRequest) {
  const isAction = request.method === "POST" && request.headers.has("next-action");
  if (isAction) {
    if (!isSameOrigin(request)) return new NextResponse("This request came from another site and was refused.", { status: 403 });
    // Next hands the proxy its own copy of the body (the action reads another), so it is read here as it is.
    if (!(await isReadableActionBody(request))) return new NextResponse("This request could not be read.", { status: 400 });
  }
  const nonce = btoa(crypto.randomUUID());
  const isEmulated = !process.env.STRIPE_SECRET_KEY;
  const csp = buildContentSecurityPolicy({
    nonce,
    stripeOrigin: isEmulated ? new URL(process.env.STRIPE_EMULATOR_URL || "http://127.0.0.1:12111").origin : null,
    isDev: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  // An action's answer is a small form state (a flash sale's "held" or "sold out"): setting up gzip for each one
  // cost more CPU than it saved bytes (issue 12's profiles), so actions are answered uncompressed.
  if (isAction) requestHeaders.delete("accept-encoding");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

// Browsers send Origin on every POST; a server action posted from elsewhere is cross-site request forgery.
function isSameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true; // Next.js checks again; non-browser clients without Origin get its own answer.
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|images/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
