// Worker-scoped fixtures for the emulator's browser specs: an emulator started in-process on a free port with
// its own data directory, the `stripe` SDK pointed at it, and a merchant page server on another origin.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
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

/** Test cards by what they do (see shared Stripe behaviours). */
export const CARDS = {
  succeeds: "4242 4242 4242 4242",
  declined: "4000 0000 0000 0002",
  insufficientFunds: "4000 0000 0000 9995",
  threeDSecure: "4000 0000 0000 3220",
  authenticatedThenDeclined: "4000 0082 6000 3178",
  authenticateOnSetup: "4000 0025 0000 3155",
};

/** Fills the Checkout form (hosted page, or the embedded form's frame) the way a shopper would. */
export async function fillCheckoutForm(
  scope: Pick<Page, "getByLabel">,
  card: string,
  email = "shopper@example.com",
): Promise<void> {
  await scope.getByLabel("Email").fill(email);
  await scope.getByLabel("Card number").fill(card);
  await scope.getByLabel("Expiration").fill("12 / 34");
  await scope.getByLabel("CVC").fill("123");
  await scope.getByLabel("Cardholder name").fill("Ada Lovelace");
}

/** The 3-D Secure modal's iframe, on whichever page opened it. */
export function challengeFrame(page: Page) {
  return page.getByTitle("3D Secure challenge").contentFrame();
}
