// Worker-scoped fixtures for the emulator's browser specs: an emulator started in-process on a free port with
// its own data directory, the `stripe` SDK pointed at it, and a merchant page server on another origin.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test as base, expect } from "@playwright/test";
import Stripe from "stripe";
import { startEmulator } from "../../../emulator/start-emulator";
import { startMerchantServer, type MerchantServer } from "./merchant-server";

export interface Emulator {
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  stripe: Stripe;
}

export const test = base.extend<object, { emulator: Emulator; merchant: MerchantServer }>({
  emulator: [
    async ({}, use) => {
      const dataDir = await mkdtemp(path.join(tmpdir(), "emulator-e2e-"));
      const running = await startEmulator({ port: 0, dataDir });
      const { hostname, port, protocol } = new URL(running.url);
      const stripe = new Stripe("sk_test_emulator", {
        host: hostname,
        port: Number(port),
        protocol: protocol === "https:" ? "https" : "http",
        maxNetworkRetries: 0,
      });
      await use({ url: running.url, stripe });
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
    { scope: "worker" },
  ],
  merchant: [
    async ({ emulator }, use) => {
      const server = await startMerchantServer(emulator.url);
      await use(server);
      await server.close();
    },
    { scope: "worker" },
  ],
});

export { expect };

export { CARDS, challengeFrame, fillCheckoutForm } from "../../fixtures/checkout-form";
