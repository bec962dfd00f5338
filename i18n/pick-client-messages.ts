import type messages from "../messages/en.json";

type Messages = typeof messages;
type Namespace = keyof Messages;

/**
 * The message groups client components read (`useTranslations` in the browser). Every page carries the
 * messages it hands to NextIntlClientProvider in its HTML, and hydration decodes them, so server-only texts
 * (e-mails, legal pages, metadata, page bodies rendered on the server) stay out. `pick-client-messages.test.ts`
 * fails when a component reads a group that is missing here.
 */
export const CLIENT_NAMESPACES = [
  "common",
  "errorPage",
  "eventCard",
  "stock",
  "ticketPicker",
  "countdown",
  "checkout",
  "holds",
  "errors",
  "ui",
  "auth",
  "membership",
  "lostLink",
  "devUi",
  "devEmbeddedCheckout",
] as const satisfies readonly Namespace[];

/** Admin pages add the console's own group (the largest; shoppers never need it). */
export const ADMIN_CLIENT_NAMESPACES = [...CLIENT_NAMESPACES, "admin"] as const satisfies readonly Namespace[];

/** Only the given groups of the request's messages, for a NextIntlClientProvider. */
export function pickClientMessages(all: Messages, namespaces: readonly Namespace[]): Partial<Messages> {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]]));
}
