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
  // A Checkout Session lives at most 24 hours, and it must outlive the hold.
  HOLD_MINUTES: z.coerce.number().positive().max(23 * 60).default(10),
  MAX_SEATS_PER_ORDER: z.coerce.number().int().min(1).max(100).default(6),
  MAX_ACTIVE_HOLDS: z.coerce.number().int().min(1).max(100).default(3),
  APP_URL: z.string().url().default("http://localhost:3000"),
  CHECKOUT_UI_MODE: z.enum(["embedded", "hosted"]).default("embedded"),
  SWEEP_INTERVAL_SECONDS: z.coerce.number().min(0).default(15),
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
