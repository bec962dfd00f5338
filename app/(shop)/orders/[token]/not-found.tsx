import { getTranslations } from "next-intl/server";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export default async function OrderNotFound() {
  const t = await getTranslations("notFoundPages");
  return (
    <NotFoundMessage
      title={t("orderTitle")}
      body={t("orderBody")}
      links={[
        { href: "/orders/lost", label: t("findTickets") },
        { href: "/", label: t("toEvents") },
      ]}
    />
  );
}
