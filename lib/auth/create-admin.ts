import { randomBytes } from "node:crypto";
import { z } from "zod";
import { getDb } from "../db";
import { AppError } from "../errors";
import { getAuth } from "./auth";

export type CreateAdminResult = { email: string; created: true; password: string } | { email: string; created: false };

/**
 * Makes `email` an admin: promotes the existing account, or creates one with a generated password (returned
 * once, to be printed; only its hash is stored). Running it again changes nothing more.
 */
export async function createAdmin(options: { email: string }): Promise<CreateAdminResult> {
  const parsed = z.string().trim().toLowerCase().pipe(z.email()).safeParse(options.email);
  if (!parsed.success) throw new AppError("invalid_input", `Not an email address: ${options.email}`);
  const email = parsed.data;
  const db = getDb();
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) {
    await db.user.update({ where: { id: existing.id }, data: { role: "admin" } });
    return { email, created: false };
  }
  const password = randomBytes(18).toString("base64url");
  const { user } = await getAuth().api.signUpEmail({ body: { email, password, name: email.split("@")[0] ?? email } });
  await db.user.update({ where: { id: user.id }, data: { role: "admin" } });
  return { email, created: true, password };
}
