import { getTranslations } from "next-intl/server";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export default async function CheckoutNotFound() {
  const t = await getTranslations("notFoundPages");
  return (
    <NotFoundMessage
      title={t("checkoutTitle")}
      body={t("checkoutBody")}
      links={[
        { href: "/", label: t("toEvents") },
        { href: "/orders/lost", label: t("findTickets") },
      ]}
    />
  );
}
