// Issue 11, item 3: the checkout page reads like a storefront's — the order and the event beside the form, the
// countdown in sight on a phone while the card is typed, the last minute and the end announced once each, focus on
// the heading after arriving, and Stripe's hosted page never reached once the hold has ended.
import { expect, test, type Page } from "@playwright/test";
import { servers } from "../../playwright.config";
import { fillCheckoutForm, CARDS } from "../fixtures/checkout-form";
import { releaseSeats as releaseSeatsWith, reserve, VIEWPORTS } from "../fixtures/shop";

const FOLK = "spring-folk-festival";

async function eventDateLine(page: Page, slug: string) {
  await page.goto(`/events/${slug}`);
  const line = await page.locator("article header p").first().innerText();
  const [date, venue] = line.split(" · ");
  return { date: date!.trim(), venue: venue!.trim() };
}

async function releaseSeats(page: Page) {
  await releaseSeatsWith(page, page.getByRole("button", { name: "Cancel and release seats" }));
}

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`the checkout page, at ${name}`, () => {
    test.use({ viewport });
    test.describe.configure({ timeout: 120_000 });
    const isPhone = viewport.width < 768;

    test("hosted: before Continue to payment, the order, its prices and total, the event and the time left are shown", async ({ page }) => {
      const { date, venue } = await eventDateLine(page, FOLK);
      await reserve(page, { event: FOLK, ticketType: "Camping add-on", quantity: 2, mode: "hosted" });
      const summary = page.getByRole("region", { name: "Your order" });
      await expect(summary).toContainText("Spring Folk Festival");
      await expect(summary).toContainText(date);
      await expect(summary).toContainText(venue);
      await expect(summary.getByRole("listitem")).toHaveCount(1);
      await expect(summary.getByRole("listitem")).toHaveText(/^2 × Camping add-on\s*€25\.00 each\s*€50\.00$/);
      await expect(summary).toContainText(/Total\s*€50\.00/);
      await expect(page.getByRole("timer", { name: "Time left to pay" })).toHaveText(/^(10:00|9:\d\d)$/);

      // Beside the form on a desktop, above it on a phone.
      const summaryBox = (await summary.boundingBox())!;
      const payBox = (await page.getByRole("link", { name: "Continue to payment" }).boundingBox())!;
      if (isPhone) expect(summaryBox.y + summaryBox.height).toBeLessThanOrEqual(payBox.y);
      else expect(summaryBox.x + summaryBox.width).toBeLessThan(payBox.x);
      await page.screenshot({ path: `.data/screenshots/checkout-hosted-${viewport.width}.png`, fullPage: true });
      await releaseSeats(page);
    });

    test("focus moves to the page heading on arrival", async ({ page }) => {
      await reserve(page, { event: FOLK, ticketType: "Camping add-on", quantity: 1 });
      await expect(page.getByRole("heading", { name: "Checkout", level: 1 })).toBeFocused();
      await releaseSeats(page);
    });

    test("the countdown stays in sight while the card is typed", async ({ page }) => {
      await reserve(page, { event: FOLK, ticketType: "Camping add-on", quantity: 1, mode: "embedded" });
      const form = page.locator("#checkout iframe").contentFrame();
      await fillCheckoutForm(form, CARDS.succeeds);
      const cardholder = form.getByLabel("Cardholder name");
      await cardholder.scrollIntoViewIfNeeded();
      await cardholder.focus();
      await page.keyboard.type(" Byron");
      const timer = page.getByRole("timer", { name: "Time left to pay" });
      await expect(timer).toBeInViewport();
      await page.screenshot({ path: `.data/screenshots/checkout-typing-card-${viewport.width}.png` });
      if (isPhone) {
        // The phone's bar sits at the top of the screen, above the form.
        await expect(page.getByTestId("countdown-bar")).toBeInViewport();
        expect((await page.getByTestId("countdown-bar").boundingBox())!.y).toBeLessThanOrEqual(1);
        expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      }
      await releaseSeats(page);
    });

    test("the embedded form's 3-D Secure challenge opens whole in sight, clear of the countdown bar", async ({ page }) => {
      await reserve(page, { event: FOLK, ticketType: "Camping add-on", quantity: 1, mode: "embedded" });
      const form = page.locator("#checkout iframe").contentFrame();
      await fillCheckoutForm(form, CARDS.threeDSecure);
      // As after typing the card again: its field in the middle of the screen, Pay just below it (the click needs no
      // scroll). The challenge opens in the middle of the form's frame, which is taller than the screen.
      await form.getByLabel("Card number").evaluate((input) => input.scrollIntoView({ block: "center" }));
      await expect(form.getByRole("button", { name: "Pay" })).toBeInViewport({ ratio: 1 });
      await form.getByRole("button", { name: "Pay" }).click();
      const challenge = form.getByTitle("3D Secure challenge");
      await expect(challenge.contentFrame().getByRole("button", { name: "Complete" })).toBeVisible({ timeout: 20_000 });
      // The challenge's whole box (its heading at the top) on screen, and on a phone below the pinned bar.
      await expect(async () => {
        const box = (await challenge.boundingBox())!;
        const bar = isPhone ? (await page.getByTestId("countdown-bar").boundingBox())! : null;
        const barBottom = bar ? bar.y + bar.height : 0;
        expect(box.y).toBeGreaterThanOrEqual(barBottom);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      }).toPass({ timeout: 5_000 });
      await page.screenshot({ path: `.data/screenshots/checkout-3ds-${viewport.width}.png` });
      await challenge.contentFrame().getByRole("button", { name: "Complete" }).click();
      await expect(page.getByRole("heading", { name: "Your tickets", level: 1 })).toBeVisible({ timeout: 30_000 });
    });

    test("screen readers hear one warning a minute before the end, not a running count", async ({ page }) => {
      await page.clock.install();
      await reserve(page, { event: FOLK, ticketType: "Camping add-on", quantity: 1, mode: "embedded" });
      const announcer = page.getByTestId("checkout-announcer");
      await expect(announcer).toHaveAttribute("aria-live", "polite");
      await expect(announcer).toHaveText("");

      await page.clock.fastForward("08:30");
      await expect(announcer).toHaveText("");
      await page.clock.fastForward("00:40");
      const timer = page.getByRole("timer", { name: "Time left to pay" });
      await expect(timer).toHaveText(/^0:[0-5]\d$/);
      await expect(announcer).toHaveText("One minute left to pay. After that your seats go back on sale.");
      const shown = await timer.innerText();
      await page.clock.fastForward(3000);
      await expect(timer).not.toHaveText(shown);
      await expect(announcer).toHaveText("One minute left to pay. After that your seats go back on sale.");
      await releaseSeats(page);
    });
  });

  test.describe(`when the hold ends, at ${name}`, () => {
    // This server holds seats for 15 seconds.
    test.use({ viewport, baseURL: `http://localhost:${servers.shortHold.port}` });
    test.describe.configure({ timeout: 120_000 });

    test("hosted: the end is announced, and Continue to payment no longer reaches Stripe's page", async ({ page }) => {
      await reserve(page, { event: "comedy-cellar-night", ticketType: "Table seat", quantity: 1, mode: "hosted" });
      const pay = page.getByRole("link", { name: "Continue to payment" });
      const payUrl = new URL((await pay.getAttribute("href"))!, page.url()).toString();
      await expect(page.getByRole("region", { name: "Your order" })).toContainText("1 × Table seat");

      await expect(page.getByRole("heading", { name: "Your hold has ended" })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId("checkout-announcer")).toHaveText("Your hold has ended. Your seats went back on sale.");
      await expect(pay).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Cancel and release seats" })).toHaveCount(0);

      // A stale tab (or a saved link) still holding the old button: the server checks before sending anyone to Stripe.
      await page.goto(payUrl);
      expect(new URL(page.url()).port).toBe(String(servers.shortHold.port));
      await expect(page).toHaveURL(/\/checkout\/[0-9a-f-]+\?payment=unavailable$/);
      await expect(page.getByText("Your hold ended before payment, so the payment page was not opened.")).toBeVisible();
      await expect(page.getByRole("button", { name: "Hold the same seats again" })).toBeVisible();
    });
  });
}

test.describe("in a short phone window (the 3-D Secure challenge is taller than it)", () => {
  // E.g. a phone with its keyboard or browser bars taking half the screen.
  test.use({ viewport: { width: 390, height: 440 } });

  test("the challenge opens from its top: its heading clear of the countdown bar, Complete on screen", async ({ page }) => {
    await reserve(page, { event: FOLK, ticketType: "Camping add-on", quantity: 1, mode: "embedded" });
    const form = page.locator("#checkout iframe").contentFrame();
    await fillCheckoutForm(form, CARDS.threeDSecure);
    await form.getByRole("button", { name: "Pay" }).click();
    const challenge = form.getByTitle("3D Secure challenge").contentFrame();
    const complete = challenge.getByRole("button", { name: "Complete" });
    await expect(complete).toBeVisible({ timeout: 20_000 });
    await expect(async () => {
      const heading = (await challenge.getByRole("heading", { level: 1 }).boundingBox())!;
      const bar = (await page.getByTestId("countdown-bar").boundingBox())!;
      expect(heading.y).toBeGreaterThanOrEqual(bar.y + bar.height);
      await expect(complete).toBeInViewport({ ratio: 1 });
    }).toPass({ timeout: 5_000 });
    await complete.click();
    await expect(page.getByRole("heading", { name: "Your tickets", level: 1 })).toBeVisible({ timeout: 30_000 });
  });
});

test.describe("in Japanese", () => {
  test.use({ locale: "ja-JP" }); // Chromium then sends Accept-Language: ja-JP

  test("the order summary and the cancel button speak Japanese", async ({ page }) => {
    await page.goto(`/events/${FOLK}`);
    await page.getByRole("spinbutton", { name: "Camping add-onの枚数" }).fill("1");
    await page.getByRole("button", { name: "チケット1枚を確保" }).click();
    const summary = page.getByRole("region", { name: "ご注文内容" });
    await expect(summary).toContainText("Camping add-on × 1枚");
    // A Japanese shopper is charged in yen first (the price's currency_options), never a converted amount.
    await expect(summary).toContainText(/1枚 [¥￥]4,000/);
    await expect(summary).toContainText(/合計\s*[¥￥]4,000/);
    await expect(summary).toContainText("会場");
    const holdsButton = page.getByRole("button", { name: "お手続き中のご注文 1件" });
    await expect(holdsButton).toBeVisible();
    // At 1280 px the header keeps one row with that button in it: the name and the button sit side by side.
    expect(page.viewportSize()?.width).toBe(1280);
    const [brand, holds] = await Promise.all([page.getByRole("banner").getByRole("link", { name: "Box Office" }).boundingBox(), holdsButton.boundingBox()]);
    expect(Math.abs(brand!.y + brand!.height / 2 - (holds!.y + holds!.height / 2))).toBeLessThan(4);
    await page.getByRole("button", { name: "キャンセルしてお席を解放する" }).click();
    await page.getByRole("alertdialog", { name: "お席を解放しますか？" }).getByRole("button", { name: "お席を解放する" }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${FOLK}\\?released=1$`));
  });

  // The app opens Checkout with the shopper's language as the session's locale, so Stripe's form speaks it too.
  async function reserveInJapanese(page: Page, mode: "hosted" | "embedded") {
    await page.goto(`/events/${FOLK}?checkout=${mode}`);
    await page.getByRole("spinbutton", { name: "Camping add-onの枚数" }).fill("1");
    await page.getByRole("button", { name: "チケット1枚を確保" }).click();
    await expect(page.getByRole("heading", { name: "お支払い手続き", level: 1 })).toBeVisible({ timeout: 30_000 });
  }

  test("the embedded payment form is in Japanese, declines in Japanese, then pays", async ({ page }) => {
    test.setTimeout(120_000);
    await reserveInJapanese(page, "embedded");
    const form = page.locator("#checkout iframe").contentFrame();
    await expect(form.getByRole("button", { name: "支払う" })).toBeVisible({ timeout: 20_000 });
    await expect(form.locator("html")).toHaveAttribute("lang", "ja");
    await expect(form.getByRole("heading", { name: "カードで支払う" })).toBeVisible();
    await expect(form.getByText(/^[¥￥]4,000が請求されます。$/)).toBeVisible();
    await fillCheckoutForm(form, CARDS.declined);
    await form.getByRole("button", { name: "支払う" }).click();
    await expect(form.getByText("カードが拒否されました。")).toBeVisible();

    await form.getByLabel("カード番号").fill(CARDS.succeeds);
    await form.getByRole("button", { name: "支払う" }).click();
    await expect(page).toHaveURL(/\/orders\/(?!complete)[^/?]+$/, { timeout: 30_000 });
  });

  test("Stripe's hosted page is in Japanese", async ({ page }) => {
    test.setTimeout(120_000);
    await reserveInJapanese(page, "hosted");
    await page.getByRole("link", { name: "お支払いへ進む" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja", { timeout: 20_000 });
    await expect(page.getByRole("region", { name: "ご注文の概要" })).toContainText("Camping add-on");
    await expect(page.getByLabel("カード番号")).toBeVisible();
    await fillCheckoutForm(page, CARDS.succeeds);
    await page.getByRole("button", { name: "支払う" }).click();
    await expect(page).toHaveURL(/\/orders\/(?!complete)[^/?]+$/, { timeout: 30_000 });
  });
});
