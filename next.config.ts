import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files relative to its own package; keep it (and the DB drivers) unbundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg"],
  poweredByHeader: false,
  experimental: {
    // forbidden() answers 403 for signed-in non-admins on admin pages.
    authInterrupts: true,
    // radix-ui re-exports every primitive from one entry; import only the ones a component names.
    optimizePackageImports: ["radix-ui"],
  },
  // `npm run typecheck` checks the whole repository (emulator and tests too); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Headers for every response (pages get their Content-Security-Policy with a nonce from proxy.ts).
  headers() {
    const isHttps = (process.env.APP_URL ?? "").startsWith("https:");
    return Promise.resolve([
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          ...(isHttps ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
        ],
      },
    ]);
  },
};

// Locale from a cookie or Accept-Language (i18n/request.ts), no locale prefix in the URLs.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default withNextIntl(nextConfig);
