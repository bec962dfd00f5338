// Presale: members buy before general sale (at the member price); everyone else sees when general sale opens.
import { expect, test } from "@playwright/test";
import { becomeMember, signUp } from "../fixtures/account";
import { CARDS, fillCheckoutForm } from "../fixtures/checkout-form";

const EVENT = "/events/members-presale-night";

test.describe("members' presale", () => {
  test("a shopper who is not a member sees the presale countdown and when general sale opens, and cannot reserve", async ({ page }) => {
    await signUp(page);
    await page.goto(EVENT);
    const presale = page.getByRole("status", { name: "Presale" });
    await expect(presale).toContainText("Tickets are for members only until general sale opens.");
    await expect(presale).toContainText("General sale opens");
    await expect(page.getByRole("timer", { name: "Time left in the presale" })).toHaveText(/^\d+d \d\d:\d\d:\d\d$/);
    await expect(page.getByRole("button", { name: /^Reserve/ })).toHaveCount(0);
  });

  test("a member buys during the presale at the member price", async ({ page }) => {
    test.setTimeout(120_000);
    await becomeMember(page);
    await page.goto(`${EVENT}?checkout=embedded`);
    await expect(page.getByRole("status", { name: "Presale" })).toContainText("You are a member: buy now");
    await expect(page.getByText("€36.00 (member price)")).toBeVisible();
    await page.getByRole("spinbutton", { name: "Quantity of Stalls" }).fill("2");
    await page.getByRole("button", { name: /^Reserve 2 tickets$/ }).click();
    const form = page.locator("#checkout iframe").contentFrame();
    await fillCheckoutForm(form, CARDS.succeeds);
    await form.getByRole("button", { name: "Pay" }).click();
    await expect(page.getByRole("heading", { name: "Your tickets" })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("€72.00 paid")).toBeVisible();
    await page.goto("/account");
    await expect(page.getByRole("link", { name: "Aurora Quartet — Members' Presale" })).toBeVisible();
  });
});
