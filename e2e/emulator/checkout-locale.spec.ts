// The emulator's Checkout speaks the session's `locale`, as Stripe's does: "ja" in Japanese, "auto" (or none) in
// the browser's language, anything else in English.
import AxeBuilder from "@axe-core/playwright";
import type Stripe from "stripe";
import { CARDS, challengeFrame, expect, fillCheckoutForm, test, type Emulator } from "./support/fixtures";
import type { MerchantServer } from "./support/merchant-server";

type Locale = Stripe.Checkout.SessionCreateParams.Locale;

async function createSession(emulator: Emulator, merchant: MerchantServer, locale?: Locale, embedded = false) {
  return emulator.stripe.checkout.sessions.create({
    mode: "payment",
    ...(locale ? { locale } : {}),
    line_items: [
      { price_data: { currency: "jpy", unit_amount: 1600, product_data: { name: "General admission" } }, quantity: 2 },
    ],
    ...(embedded
      ? {
          ui_mode: "embedded_page" as const,
          redirect_on_completion: "if_required" as const,
          return_url: `${merchant.url}/orders/return?session_id={CHECKOUT_SESSION_ID}`,
        }
      : {
          success_url: `${merchant.url}/orders/success?session_id={CHECKOUT_SESSION_ID}`,
          cancel_url: `${merchant.url}/events/night-at-the-opera`,
        }),
  });
}

test.describe("Checkout with locale ja", () => {
  test("the hosted page is in Japanese, declines in Japanese, and authenticates in Japanese", async ({
    page,
    emulator,
    merchant,
  }, testInfo) => {
    const session = await createSession(emulator, merchant, "ja");
    await page.goto(session.url!);

    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { name: "カードで支払う" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Box Officeに戻る" })).toBeVisible();
    const summary = page.getByRole("region", { name: "ご注文の概要" });
    await expect(summary.getByText("数量 2")).toBeVisible();
    await expect(summary.getByText("1点あたり￥1,600")).toBeVisible();
    await expect(summary.getByText("本日のお支払い額")).toBeVisible();
    await expect(page.getByText("￥3,200が請求されます。")).toBeVisible();
    for (const label of ["メールアドレス", "カード番号", "有効期限", "セキュリティコード", "カード名義人"]) {
      await expect(page.getByLabel(label, { exact: true })).toBeVisible();
    }
    await expect(page.getByText("テストモード", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "支払う" }).click();
    await expect(page.getByText("入力してください").first()).toBeVisible();
    await expect(page.getByText("カード番号が不完全です。")).toBeVisible();

    await fillCheckoutForm(page, CARDS.declined);
    await page.getByRole("button", { name: "支払う" }).click();
    await expect(page.getByText("カードが拒否されました。")).toBeVisible();
    await testInfo.attach("hosted-ja-declined", { body: await page.screenshot(), contentType: "image/png" });

    await page.getByLabel("カード番号").fill(CARDS.threeDSecure);
    await page.getByRole("button", { name: "支払う" }).click();
    await expect(page.getByRole("dialog", { name: "3D セキュア認証" })).toBeVisible();
    const challenge = challengeFrame(page);
    await expect(challenge.locator("html")).toHaveAttribute("lang", "ja");
    await expect(challenge.getByRole("heading", { name: "3D セキュア 2 テストページ" })).toBeVisible();
    await testInfo.attach("challenge-ja", { body: await page.screenshot(), contentType: "image/png" });
    await challenge.getByRole("button", { name: "認証する" }).click();

    await expect(page).toHaveURL(`${merchant.url}/orders/success?session_id=${session.id}`);
  });

  test("on a narrow screen the challenge's badge and buttons keep their words on one line", async ({
    page,
    emulator,
    merchant,
  }) => {
    // 340 px: the challenge's box is as wide as in the embedded form on a 390 px phone (308 px).
    await page.setViewportSize({ width: 340, height: 740 });
    const session = await createSession(emulator, merchant, "ja");
    await page.goto(session.url!);
    await fillCheckoutForm(page, CARDS.threeDSecure);
    await page.getByRole("button", { name: "支払う" }).click();
    const challenge = challengeFrame(page);
    await expect(challenge.getByRole("button", { name: "認証する" })).toBeVisible();
    const lineCount = (text: string) =>
      challenge.getByText(text, { exact: true }).evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
    // Not "テストモー / ド" nor "認証を失敗させ / る": the buttons stack instead when they do not fit side by side.
    for (const text of ["テストモード", "認証する", "認証を失敗させる"]) expect(await lineCount(text), text).toBe(1);
  });

  test("a failed challenge is reported in Japanese", async ({ page, emulator, merchant }) => {
    const session = await createSession(emulator, merchant, "ja");
    await page.goto(session.url!);
    await fillCheckoutForm(page, CARDS.threeDSecure);
    await page.getByRole("button", { name: "支払う" }).click();
    await challengeFrame(page).getByRole("button", { name: "認証を失敗させる" }).click();
    await expect(page.getByText("お支払い方法を認証できませんでした。", { exact: false })).toBeVisible();
  });

  test("the embedded form in the merchant's page is in Japanese", async ({ page, emulator, merchant }) => {
    const session = await createSession(emulator, merchant, "ja", true);
    await page.goto(`${merchant.url}/merchant?checkout=${encodeURIComponent(session.client_secret!)}`);

    const checkout = page.getByTitle("Embedded Checkout").contentFrame();
    await expect(checkout.locator("html")).toHaveAttribute("lang", "ja");
    await expect(checkout.getByRole("heading", { name: "Box Officeへのお支払い" })).toBeVisible();
    await fillCheckoutForm(checkout, CARDS.insufficientFunds);
    await checkout.getByRole("button", { name: "支払う" }).click();
    await expect(checkout.getByText("カードの残高が不足しています。")).toBeVisible();

    await checkout.getByLabel("カード番号").fill(CARDS.succeeds);
    await checkout.getByRole("button", { name: "支払う" }).click();
    await expect(checkout.getByText("お支払いが完了しました")).toBeVisible();
  });

  test("the Japanese hosted page has no axe violations, before and after errors", async ({
    page,
    emulator,
    merchant,
  }) => {
    test.setTimeout(120_000); // axe is slow on a busy machine
    const session = await createSession(emulator, merchant, "ja");
    await page.goto(session.url!);
    await expect(page.getByRole("button", { name: "支払う" })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole("button", { name: "支払う" }).click();
    await expect(page.getByText("入力してください").first()).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test("an expired session says so in Japanese", async ({ page, emulator, merchant }) => {
    const session = await createSession(emulator, merchant, "ja");
    await emulator.stripe.checkout.sessions.expire(session.id);
    await page.goto(session.url!);
    await expect(page.getByRole("heading", { name: "このお支払い画面は有効期限が切れました" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Box Officeに戻る" })).toBeVisible();
  });
});

test.describe("Checkout in a Japanese browser", () => {
  test.use({ locale: "ja-JP" }); // Chromium then sends Accept-Language: ja-JP

  test("a session created with locale en stays English", async ({ page, emulator, merchant }) => {
    const session = await createSession(emulator, merchant, "en");
    await page.goto(session.url!);

    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Pay with card" })).toBeVisible();
    await expect(page.getByText("¥1,600 each")).toBeVisible();
    await fillCheckoutForm(page, CARDS.declined);
    await page.getByRole("button", { name: "Pay" }).click();
    await expect(page.getByText("Your card was declined.")).toBeVisible();
  });

  test("locale auto follows the browser's language", async ({ page, emulator, merchant }) => {
    const session = await createSession(emulator, merchant, "auto");
    await page.goto(session.url!);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("button", { name: "支払う" })).toBeVisible();
  });

  test("an unsupported locale falls back to English", async ({ page, emulator, merchant }) => {
    const session = await createSession(emulator, merchant, "fr");
    await page.goto(session.url!);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: "Pay" })).toBeVisible();
  });
});
