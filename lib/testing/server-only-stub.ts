// Vitest runs outside React Server Components; "server-only" would throw there, so tests import this instead.
export {};
