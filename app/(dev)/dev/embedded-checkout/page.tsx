import { notFound } from "next/navigation";
import { connection } from "next/server";
import { EmbeddedCheckoutProbe } from "@/components/checkout/embedded-checkout-probe";
import { createTestEmbeddedSession } from "@/lib/checkout/create-test-embedded-session";
import { isAppError } from "@/lib/errors";

export const metadata = { title: "Embedded Checkout test", robots: { index: false } };

// A small route for the emulator's browser tests: Embedded Checkout with onComplete, as an app would use it.
export default async function EmbeddedCheckoutTestPage() {
  await connection();
  const session = await createTestEmbeddedSession().catch((error: unknown) => {
    if (isAppError(error, "not_found")) notFound();
    throw error;
  });
  return (
    <main className="mx-auto max-w-2xl space-y-4 p-8">
      <h1 className="text-2xl font-bold">Embedded Checkout test</h1>
      <p className="text-sm text-stone-600" data-session-id={session.sessionId}>
        Session {session.sessionId}
      </p>
      <EmbeddedCheckoutProbe publishableKey={session.publishableKey} clientSecret={session.clientSecret} />
    </main>
  );
}
