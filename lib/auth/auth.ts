import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { getDb } from "../db";
import { getEnv } from "../env";
import { getAuthSecret } from "./get-auth-secret";
import { HOLDER_COOKIE } from "./holder-id";
import { mergeHolderIntoAccount } from "./merge-holder-into-account";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";

const SIGNED_IN_PATHS = new Set(["/sign-in/email", "/sign-up/email"]);

function createAuth() {
  const env = getEnv();
  const secure = env.APP_URL.startsWith("https:");
  return betterAuth({
    appName: "Box Office",
    baseURL: env.APP_URL,
    secret: getAuthSecret(),
    // Origin/CSRF checks stay on: only our own origin may post to the auth endpoints.
    trustedOrigins: [new URL(env.APP_URL).origin],
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    advanced: { useSecureCookies: secure },
    // Counted in the database so the limit holds across every server instance.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: env.AUTH_SIGN_IN_PER_MINUTE },
        "/sign-up/email": { window: 60, max: Math.max(env.AUTH_SIGN_IN_PER_MINUTE, 5) },
      },
    },
    plugins: [admin({ defaultRole: "member", adminRoles: ["admin"] }), nextCookies()],
    hooks: {
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/sign-out") {
          // The next shopper on this browser starts anonymous, not with this account's holds.
          ctx.setCookie(HOLDER_COOKIE, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure });
          return;
        }
        const session = ctx.context.newSession;
        if (!SIGNED_IN_PATHS.has(ctx.path) || !session) return;
        const holderId = await mergeHolderIntoAccount({ userId: session.user.id, anonymousHolderId: ctx.getCookie(HOLDER_COOKIE) ?? undefined });
        ctx.setCookie(HOLDER_COOKIE, holderId, { path: "/", maxAge: 60 * 60 * 24 * 30, httpOnly: true, sameSite: "lax", secure });
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { boxOfficeAuth?: Auth };

/** The configured Better Auth instance, created on first use (never at build time: it needs the secret). */
export function getAuth(): Auth {
  globalForAuth.boxOfficeAuth ??= createAuth();
  return globalForAuth.boxOfficeAuth;
}
