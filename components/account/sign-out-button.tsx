"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("auth");
  const router = useRouter();
  return (
    <Button
      variant="link"
      size="sm"
      className="h-11 px-0"
      onClick={async () => {
        // The auth client (better-auth's) is fetched on the click: the header is on every page, signing out is rare.
        const { authClient } = await import("@/lib/auth/auth-client");
        await authClient.signOut();
        router.replace("/");
        router.refresh();
      }}
    >
      {t("signOut")}
    </Button>
  );
}
