import { getFormatter, getTranslations } from "next-intl/server";
import { formatMoney } from "@/i18n/format-money";
import type { CheckoutView } from "@/lib/checkout/get-checkout-view";

/** Beside the payment form: the event (name, date and time, venue), each line with its price, and the total. */
export async function OrderSummary({ view }: { view: CheckoutView }) {
  const [t, format] = await Promise.all([getTranslations("checkout"), getFormatter()]);
  const money = (amount: number | null) => (amount !== null && view.currency ? formatMoney(format, amount, view.currency) : null);
  const total = money(view.total);
  return (
    <section aria-labelledby="summary-heading" className="space-y-3">
      <h2 id="summary-heading" className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
        {t("summaryHeading")}
      </h2>
      <div>
        <p className="text-lg font-semibold">{view.event?.name}</p>
        {view.event && (
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-stone-700">
            <dt className="text-stone-600">{t("when")}</dt>
            <dd>{format.dateTime(new Date(view.event.startsAt), "event", { timeZone: view.event.timeZone })}</dd>
            <dt className="text-stone-600">{t("venue")}</dt>
            <dd>{view.event.venue}</dd>
          </dl>
        )}
      </div>
      <ul className="space-y-2 border-t border-stone-200 pt-3">
        {view.lines.map((line) => {
          const unit = money(line.unitAmount);
          return (
            <li key={line.name} className="flex items-start justify-between gap-4">
              <span>
                <span>{t("line", { quantity: line.quantity, name: line.name })}</span>
                {unit && <span className="block text-sm text-stone-600">{t("each", { price: unit })}</span>}
              </span>
              {money(line.amount) && <span className="tabular-nums">{money(line.amount)}</span>}
            </li>
          );
        })}
      </ul>
      {total && (
        <p className="flex justify-between border-t border-stone-200 pt-3 text-lg font-semibold">
          <span>{t("total")}</span>
          <span className="tabular-nums">{total}</span>
        </p>
      )}
    </section>
  );
}
