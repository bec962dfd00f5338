import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getStripeScriptUrl } from "@/lib/checkout/get-stripe-script-url";
import { getEnv } from "@/lib/env";
import "./globals.css";

export function generateMetadata(): Metadata {
  return {
    // Absolute URLs for Open Graph images and canonical links come from the configured address.
    metadataBase: new URL(getEnv().APP_URL),
    title: { default: "Box Office", template: "%s · Box Office" },
    description: "Tickets for concerts, talks and festivals — seats held while you pay.",
    openGraph: { siteName: "Box Office", type: "website" },
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  // Offline, the emulator serves a Stripe.js stand-in; loading it before any client code runs defines
  // window.Stripe, which @stripe/stripe-js then uses. With real keys nothing is added here.
  const standIn = getStripeScriptUrl();
  return (
    <html lang="en">
      <head>
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- window.Stripe must exist before hydration */}
        {standIn && <script src={standIn} />}
      </head>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
