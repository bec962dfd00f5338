import { getTranslations } from "next-intl/server";
import { setCurrencyAction } from "@/i18n/set-currency-action";
import { cn } from "../ui/cn";

/** Buttons that choose the currency prices are shown and charged in, remembered across pages (a cookie). */
export async function CurrencySwitcher({ currencies, current, returnTo }: { currencies: string[]; current: string; returnTo: string }) {
  const t = await getTranslations("event");
  return (
    <form action={setCurrencyAction}>
      <input type="hidden" name="returnTo" value={returnTo} />
      <div role="group" aria-label={t("currencyLabel")} className="flex items-center gap-1 text-sm">
        {currencies.map((code) => (
          <button
            key={code}
            type="submit"
            name="currency"
            value={code}
            aria-pressed={code === current}
            className={cn(
              "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-2 font-medium text-stone-700 hover:bg-stone-100 hover:text-stone-900 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none",
              code === current && "bg-stone-900 text-white hover:bg-stone-900 hover:text-white",
            )}
          >
            {code.toUpperCase()}
          </button>
        ))}
      </div>
    </form>
  );
}
