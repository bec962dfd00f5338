import { useEffect, useSyncExternalStore } from "react";
import type { CheckoutView } from "@/lib/checkout/get-checkout-view";
import type { OpenHold } from "@/lib/checkout/list-open-holds";
import { createStore } from "../ui/create-store";

// The header's list of checkouts in progress is rendered with the shop layout, which a client navigation keeps:
// after "Reserve", the picker goes to the new hold's page without re-rendering the layout (so a hold costs one
// page render, not two). The checkout page announces its hold here and the header adds it — only holds made
// after the header's own list was read, which is authoritative once it is newer (a refresh or a full load).

/** A hold shown by a checkout page in this tab; `createdAt` is on the database's clock (ms). */
export type AnnouncedHold = OpenHold & { createdAt: number };

const NONE: readonly AnnouncedHold[] = [];
const announced = createStore(NONE);

/** The checkout page's part: its hold is in progress while it is active, not over and not awaiting a payment. */
export function useAnnounceOpenHold(view: CheckoutView, isInProgress: boolean): void {
  useEffect(() => {
    const current = announced.get();
    const others = current.filter((other) => other.holdId !== view.holdId);
    if (isInProgress && view.event) announced.set([...others, toAnnouncedHold(view, view.event)]);
    else if (others.length !== current.length) announced.set(others);
  }, [view, isInProgress]);
}

/** The header's part: `holds` as the server listed them at `serverNow`, plus the holds announced since. */
export function useOpenHoldsWithAnnounced(holds: OpenHold[], serverNow: number): OpenHold[] {
  const extra = useSyncExternalStore(announced.subscribe, announced.get, () => NONE).filter(
    (hold) => hold.createdAt > serverNow && !holds.some((listed) => listed.holdId === hold.holdId),
  );
  if (extra.length === 0) return holds;
  return [...holds, ...extra.map(({ createdAt: _createdAt, ...hold }) => hold)].sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
}

function toAnnouncedHold(view: CheckoutView, event: NonNullable<CheckoutView["event"]>): AnnouncedHold {
  return {
    holdId: view.holdId,
    expiresAt: view.expiresAt,
    eventName: event.name,
    eventSlug: event.slug,
    lines: view.lines.map((line) => ({ name: line.name, quantity: line.quantity })),
    createdAt: Date.parse(view.createdAt),
  };
}
