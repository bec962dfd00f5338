import { z } from "zod";

// The configuration names are an interface (see ARCHITECTURE.md): keep them.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL (leave unset for the embedded database)")
    .optional(),
  PGLITE_DATA_DIR: z.string().default(".data/pglite"),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^sk_(test|live)_\w+$/, "must be a Stripe secret key (sk_test_… or sk_live_…); leave unset for the emulator")
    .optional(),
  STRIPE_PUBLISHABLE_KEY: z.string().regex(/^pk_(test|live)_\w+$/, "must be a publishable key (pk_…)").optional(),
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_\w+$/, "must be a webhook signing secret (whsec_…)").optional(),
  STRIPE_EMULATOR_URL: z.string().url().default("http://127.0.0.1:12111"),
  // Tests only, honoured only with the emulator: each new Stripe customer gets its own test clock, so a browser
  // test can advance one membership through trial end without moving anyone else's time.
  STRIPE_TEST_CLOCK_FOR_NEW_CUSTOMERS: z.enum(["0", "1"]).default("0"),
  // A Checkout Session lives at most 24 hours, and it must outlive the hold.
  HOLD_MINUTES: z.coerce.number().positive().max(23 * 60).default(10),
  MAX_SEATS_PER_ORDER: z.coerce.number().int().min(1).max(100).default(6),
  MAX_ACTIVE_HOLDS: z.coerce.number().int().min(1).max(100).default(3),
  // Limits a cookie cannot reset: per client address (IPv6 per /64), enforced by the database.
  MAX_SEATS_PER_CLIENT_PER_EVENT: z.coerce.number().int().min(1).max(10_000).default(12),
  RESERVE_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
  RESERVE_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  // How many reverse proxies in front of the app append to X-Forwarded-For (0 = none: the app is reached directly).
  TRUST_PROXY_HEADERS: z.coerce.number().int().min(0).max(10).default(0),
  // Stripe time limits: a shopper waiting on "Reserve", and each call of the sweeper.
  STRIPE_RESERVE_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(8_000),
  STRIPE_SWEEP_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
  SWEEP_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
  APP_URL: z.string().url().default("http://localhost:3000"),
  CHECKOUT_UI_MODE: z.enum(["embedded", "hosted"]).default("embedded"),
  SWEEP_INTERVAL_SECONDS: z.coerce.number().min(0).default(15),
  // Unset: mail waits in the outbox (npm run dev and the e2e server set it to their local SMTP server).
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, "must be an smtp:// or smtps:// URL (e.g. smtps://user:pass@smtp.example.com:465)")
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(/^([^<>@\r\n]+ <[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, 'must be an address or "Name <address>"')
    .default("Box Office <tickets@box-office.localhost>"),
  // Where the local development SMTP server keeps what it received (read by /dev/mail).
  DEV_MAIL_DIR: z.string().default(".data/mail"),
  // "1" serves /dev/* (mail viewer, test helpers, the Embedded Checkout test page) in a production build, for the
  // browser tests; never in production.
  DEV_TOOLS: z.enum(["0", "1"]).default("0"),
  // Signs session cookies. Required in production; in development a random one is kept in .data/.
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
  // Sign-in attempts one client may make per minute (counted in the database, across every server).
  AUTH_SIGN_IN_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(5),
  MEMBERSHIP_TRIAL_DAYS: z.coerce.number().int().min(0).max(730).default(14),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The validated configuration; throws one readable message listing every bad variable. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(withoutEmptyValues(process.env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Box Office cannot start: invalid configuration\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

// `FOO=` in a shell or .env means "unset", not "empty string".
function withoutEmptyValues(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((entry): entry is [string, string] => !!entry[1]));
}
