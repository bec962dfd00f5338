import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";

import type { useTranslations } from "next-intl";

type Translate = ReturnType<typeof useTranslations<"auth.errors">>;

export type AuthErrorLike = { code?: string; status?: number; message?: string };

/** Better Auth's error (code + HTTP status) as a sentence a shopper can act on, in their language. */
export function describeAuthError(t: Translate, error: AuthErrorLike): string {
  if (error.status === 429) return t("rateLimited");
  switch (error.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return t("invalidCredentials");
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return t("userExists");
    case "PASSWORD_TOO_SHORT":
      return t("passwordTooShort", { min: PASSWORD_MIN_LENGTH });
    case "PASSWORD_TOO_LONG":
      return t("passwordTooLong", { max: PASSWORD_MAX_LENGTH });
    case "INVALID_EMAIL":
      return t("invalidEmail");
    default:
      return t("generic");
  }
}
