import { getTranslations } from "next-intl/server";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export default async function EventNotFound() {
  const t = await getTranslations("notFoundPages");
  return (
    <NotFoundMessage
      title={t("eventTitle")}
      body={t("eventBody")}
      links={[{ href: "/", label: t("toEvents") }]}
    />
  );
}
