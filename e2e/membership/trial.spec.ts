// Flow A of the deferred-payment guide in the browser: a trial subscription whose pending SetupIntent is
// finished on /membership/confirm with the card Element and confirmCardSetup.
import { expect, test, type Page } from "@playwright/test";
import { CARDS, challengeFrame } from "../fixtures/checkout-form";
import { alertOf, expectSetUp, becomeMember, enterCard, signUp, startTrial } from "../fixtures/account";

async function expectAccountStatus(page: Page, status: RegExp) {
  await page.goto("/account");
  await expect(page.getByTestId("membership-status")).toHaveText(status);
}

test.describe("membership trial (Flow A)", () => {
  // Signing up hashes a password and each step calls Stripe: slow on a loaded machine.
  test.describe.configure({ timeout: 120_000 });
  test("sign up → trial with 4242: no authentication, the trial starts", async ({ page }) => {
    await becomeMember(page);
    await expectAccountStatus(page, /Free trial/);
    await expect(page.getByText("Your card still needs confirming.")).toHaveCount(0);
    await expect(page.getByTestId("membership-card")).toHaveText(/ending in 4242/);
  });

  test("3155: the 3-D Secure modal is completed and nothing is left pending", async ({ page }) => {
    await signUp(page, undefined, "/membership");
    const subscription = await startTrial(page);
    await enterCard(page, CARDS.authenticateOnSetup);
    await page.getByRole("button", { name: "Save card" }).click();
    await challengeFrame(page).getByRole("button", { name: "Complete" }).click();
    await expectSetUp(page);
    // Reloading the resumable page: pending_setup_intent is now null → done.
    await page.goto(`/membership/confirm?subscription=${subscription}`);
    await expect(page.getByText("Your membership is set up.")).toBeVisible();
    await expectAccountStatus(page, /Free trial/);
    await expect(page.getByTestId("membership-card")).toHaveText(/ending in 3155/);
  });

  test("3155 failed: requires_payment_method → a new 4242 succeeds and becomes the default card", async ({ page }) => {
    await signUp(page, undefined, "/membership");
    const subscription = await startTrial(page);
    await enterCard(page, CARDS.authenticateOnSetup);
    await page.getByRole("button", { name: "Save card" }).click();
    await challengeFrame(page).getByRole("button", { name: "Fail" }).click();
    await expect(alertOf(page)).toContainText("We are unable to authenticate your payment method.");

    // Resumable: /account says something is left, and links back here.
    await page.goto("/account");
    await page.getByRole("link", { name: "Finish setting up your membership" }).click();
    await expect(page).toHaveURL(new RegExp(`subscription=${subscription}`));
    await expect(alertOf(page)).toContainText("We are unable to authenticate your payment method.");
    await enterCard(page, CARDS.succeeds);
    await page.getByRole("button", { name: "Save card" }).click();
    await expectSetUp(page);
    await expectAccountStatus(page, /Free trial/);
    await expect(page.getByTestId("membership-card")).toHaveText(/ending in 4242/);
  });

  test("9995: the decline is shown with Stripe's message, and the membership waits for a card", async ({ page }) => {
    await signUp(page, undefined, "/membership");
    await startTrial(page);
    await enterCard(page, CARDS.insufficientFunds);
    await page.getByRole("button", { name: "Save card" }).click();
    await expect(alertOf(page)).toHaveText("Your card has insufficient funds.");
    await page.goto("/account");
    await expect(page.getByText("Your card still needs confirming.")).toBeVisible();
  });
});
