import { getTranslations } from "next-intl/server";
import { getHolderId } from "@/lib/auth/holder-cookie";
import { listOpenHolds } from "@/lib/checkout/list-open-holds";
import { Alert } from "../ui/alert";
import { Suspense } from "react";
import { LazyOpenHoldsList } from "./lazy-open-holds";

/** On an event page: the shopper already holds seats for this event, so offer to resume (or release) them. */
export async function ResumeHoldNotice({ eventSlug }: { eventSlug: string }) {
  const { holds, serverNow } = await listOpenHolds({ holderId: await getHolderId() });
  const here = holds.filter((hold) => hold.eventSlug === eventSlug);
  if (here.length === 0) return null;
  const t = await getTranslations("holds");
  return (
    <section aria-labelledby="resume-hold-heading">
      <Alert variant="warning" className="space-y-1 text-base">
        <h2 id="resume-hold-heading" className="font-semibold">
          {t("resumeHeading")}
        </h2>
        <p className="text-sm">{t("resumeBody")}</p>
        {/* Its code (a confirm dialog, toasts) loads only when there is a hold to resume; its own boundary lets the
            rest of the page hydrate meanwhile. */}
        <Suspense>
          <LazyOpenHoldsList holds={here} serverNow={serverNow} />
        </Suspense>
      </Alert>
    </section>
  );
}
