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
  // "1" serves /dev/* (mail viewer, test helpers) in a production build, for the browser tests; never in production.
  DEV_TOOLS: z.enum(["0", "1"]).default("0"),
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
