"use client";
import { adminClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

// The browser's side of Better Auth: same-origin requests to /api/auth, so the rate limit and origin check apply.
export const authClient = createAuthClient({ plugins: [adminClient()] });
