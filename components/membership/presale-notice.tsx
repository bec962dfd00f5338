import Link from "next/link";
import type { EventSaleView } from "@/lib/memberships/get-event-sale-view";
import { SaleCountdown } from "./sale-countdown";

const when = (date: Date) =>
  new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }).format(date) + " UTC";

/** The presale banner of an event page: members buy now (with a countdown), others see when general sale opens. */
export function PresaleNotice({ view, serverNow, signedIn, returnTo }: { view: EventSaleView; serverNow: number; signedIn: boolean; returnTo: string }) {
  const { sale } = view;
  if (sale.phase === "presale") {
    return (
      <div role="status" aria-label="Presale" className="space-y-1 rounded-md border border-violet-200 bg-violet-50 p-4 text-violet-950">
        <p className="font-semibold">Members&apos; presale</p>
        <p>
          {view.isMember ? "You are a member: buy now, before everyone else. " : "Tickets are for members only until general sale opens. "}
          Presale ends in <SaleCountdown deadline={sale.generalSaleAt.toISOString()} serverNow={serverNow} label="Time left in the presale" />.
        </p>
        {!view.isMember && (
          <p>
            General sale opens {when(sale.generalSaleAt)}.{" "}
            {signedIn ? (
              <Link href="/membership" className="font-medium underline">
                Become a member to buy now
              </Link>
            ) : (
              <Link href={`/sign-in?next=${encodeURIComponent(returnTo)}`} className="font-medium underline">
                Members: sign in to buy
              </Link>
            )}
          </p>
        )}
      </div>
    );
  }
  if (sale.phase === "not_yet") {
    return (
      <div role="status" aria-label="Sale opens" className="rounded-md bg-stone-100 p-4">
        Tickets go on sale {when(sale.opensAt)} — in <SaleCountdown deadline={sale.opensAt.toISOString()} serverNow={serverNow} label="Time until tickets go on sale" />.
      </div>
    );
  }
  return null;
}
