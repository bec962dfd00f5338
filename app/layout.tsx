import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { STRIPE_STAND_IN_META } from "@/components/stripe/stand-in-meta-name";
import { LazyToaster } from "@/components/ui/lazy-toaster";
import { CLIENT_NAMESPACES, pickClientMessages } from "@/i18n/pick-client-messages";
import { getStripeScriptUrl } from "@/lib/checkout/get-stripe-script-url";
import { getEnv } from "@/lib/env";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return {
    // Absolute URLs for Open Graph images and canonical links come from the configured address.
    metadataBase: new URL(getEnv().APP_URL),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    openGraph: { siteName: t("siteName"), type: "website" },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  // Offline, the emulator serves a Stripe.js stand-in. Only pages that take a payment load it (loadStripeOnce,
  // before @stripe/stripe-js looks for window.Stripe); the rest must not wait for it. With real keys: nothing.
  const standIn = getStripeScriptUrl();
  return (
    <html lang={locale}>
      <head>{standIn && <meta name={STRIPE_STAND_IN_META} content={standIn} />}</head>
      <body className="min-h-screen font-sans">
        {/* Passes the locale, time zone, formats and the messages client components read on to them. */}
        <NextIntlClientProvider messages={pickClientMessages(messages, CLIENT_NAMESPACES)}>
          {children}
          <LazyToaster />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
