// Password rules, shared by the server (Better Auth enforces them) and the sign-up form (says them up front).
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
