// confirmCardPayment through the Stripe.js stand-in on a merchant page of another origin.
import type { Page } from "@playwright/test";
import { CARDS, challengeFrame, expect, test, type Emulator } from "./support/fixtures";
import type { MerchantServer } from "./support/merchant-server";

async function payWithCard(page: Page, emulator: Emulator, merchant: MerchantServer, card: string) {
  const paymentIntent = await emulator.stripe.paymentIntents.create({ amount: 5000, currency: "usd" });
  await page.goto(`${merchant.url}/merchant?payment=${encodeURIComponent(paymentIntent.client_secret!)}`);
  const cardFrame = page.getByTitle("Secure card payment input frame").contentFrame();
  await cardFrame.getByLabel("Card number").fill(card);
  await cardFrame.getByLabel("Expiration date").fill("12 / 34");
  await cardFrame.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: "Pay" }).click();
  return paymentIntent;
}

test.describe("confirmCardPayment with the card Element", () => {
  test("succeeds after the shopper completes the 3-D Secure challenge (3220)", async ({ page, emulator, merchant }) => {
    const paymentIntent = await payWithCard(page, emulator, merchant, CARDS.threeDSecure);
    await challengeFrame(page).getByRole("button", { name: "Complete" }).click();

    await expect(page.getByRole("status")).toHaveText("Paid: PaymentIntent succeeded");
    expect((await emulator.stripe.paymentIntents.retrieve(paymentIntent.id)).status).toBe("succeeded");
  });

  test("returns the decline when a card passes 3-D Secure and is then declined (3178)", async ({
    page,
    emulator,
    merchant,
  }) => {
    await payWithCard(page, emulator, merchant, CARDS.authenticatedThenDeclined);
    await challengeFrame(page).getByRole("button", { name: "Complete" }).click();

    await expect(page.getByRole("status")).toHaveText(
      "Error card_declined: Your card has insufficient funds. (intent requires_payment_method)",
    );
  });
});
