import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { getStripeScriptUrl } from "@/lib/checkout/get-stripe-script-url";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Box Office", template: "%s · Box Office" },
  description: "Tickets for concerts, talks and festivals — seats held while you pay.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Offline, the emulator serves a Stripe.js stand-in; loading it before any client code runs defines
  // window.Stripe, which @stripe/stripe-js then uses. With real keys nothing is added here.
  const standIn = getStripeScriptUrl();
  // proxy.ts puts this response's CSP nonce here; every script needs it.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en">
      <head>
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- window.Stripe must exist before hydration */}
        {standIn && <script src={standIn} nonce={nonce} />}
      </head>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
