"use client";

import { useTranslations } from "next-intl";

/** "Members pay €36.00", beside a ticket type that has a member price, for shoppers who are not members. */
export function MembersPay({ price }: { price: string }) {
  const t = useTranslations("membership.presale");
  return <p className="text-sm text-violet-800">{t("membersPay", { price })}</p>;
}
