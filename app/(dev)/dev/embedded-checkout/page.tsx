import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { EmbeddedCheckoutProbe } from "@/components/checkout/embedded-checkout-probe";
import { createTestEmbeddedSession } from "@/lib/checkout/create-test-embedded-session";
import { isAppError } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devEmbeddedCheckout"))("metaTitle"), robots: { index: false } };
}

// A small route for the emulator's browser tests: Embedded Checkout with onComplete, as an app would use it.
export default async function EmbeddedCheckoutTestPage() {
  await connection();
  const session = await createTestEmbeddedSession().catch((error: unknown) => {
    if (isAppError(error, "not_found")) notFound();
    throw error;
  });
  const t = await getTranslations("devEmbeddedCheckout");
  return (
    <main className="mx-auto max-w-2xl space-y-4 p-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-stone-600" data-session-id={session.sessionId}>
        {t("session", { id: session.sessionId })}
      </p>
      <EmbeddedCheckoutProbe publishableKey={session.publishableKey} clientSecret={session.clientSecret} />
    </main>
  );
}
