import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/i18n/set-locale-action";
import { cn } from "../ui/cn";

// Each language is named in itself, so a shopper who cannot read the current one still finds theirs.
const languageNames = { en: "English", ja: "日本語" } as const;

/** Buttons that switch the storefront's language and remember it (a cookie); works without JavaScript too. */
export async function LocaleSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("localeSwitcher")]);
  return (
    // The group is a div: axe (aria-allowed-role) forbids role="group" on a form element.
    <form action={setLocaleAction}>
      <div role="group" aria-label={t("label")} className="flex items-center gap-1 text-sm">
        {Object.entries(languageNames).map(([code, name]) => (
          <button
            key={code}
            type="submit"
            name="locale"
            value={code}
            lang={code}
            aria-pressed={code === locale}
            className={cn(
              "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-2 py-1 text-stone-600 hover:bg-stone-100 hover:text-stone-900 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none",
              code === locale && "bg-stone-900 text-white hover:bg-stone-900 hover:text-white",
            )}
          >
            {name}
          </button>
        ))}
      </div>
    </form>
  );
}
