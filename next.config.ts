import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files relative to its own package; keep it (and the DB drivers) unbundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg"],
  poweredByHeader: false,
  // `npm run typecheck` checks the whole repository (emulator and tests too); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Headers for every response (pages get their Content-Security-Policy with a nonce from proxy.ts).
  // eslint-disable-next-line @typescript-eslint/require-await -- Next.js expects headers() to return a promise
  async headers() {
    const isHttps = (process.env.APP_URL ?? "").startsWith("https:");
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          ...(isHttps ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
        ],
      },
    ];
  },
};

export default nextConfig;
