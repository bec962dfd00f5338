// npm run admin:create -- <email> — makes an admin: promotes the account, or creates it and prints a password.
import { createAdmin } from "../lib/auth/create-admin";
import { closeDatabase } from "../lib/db";

const email = process.argv[2];
if (!email) {
  console.error("Usage: npm run admin:create -- <email>");
  process.exit(1);
}
try {
  const result = await createAdmin({ email });
  if (result.created) {
    console.log(`Created admin ${result.email}\nPassword (shown once, change it after signing in): ${result.password}`);
  } else {
    console.log(`${result.email} is now an admin.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
