import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Toaster } from "@/components/ui/toast";
import { getStripeScriptUrl } from "@/lib/checkout/get-stripe-script-url";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return {
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  // Offline, the emulator serves a Stripe.js stand-in; loading it before any client code runs defines
  // window.Stripe, which @stripe/stripe-js then uses. With real keys nothing is added here.
  const standIn = getStripeScriptUrl();
  return (
    <html lang={locale}>
      <head>
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- window.Stripe must exist before hydration */}
        {standIn && <script src={standIn} />}
      </head>
      <body className="min-h-screen font-sans">
        {/* Passes the locale, time zone, formats and messages on to client components. */}
        <NextIntlClientProvider>
          {children}
          <Toaster />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
