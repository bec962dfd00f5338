import { expect, test } from "@playwright/test";
import { SEEDED_EVENT_NAMES } from "../fixtures/seeded-events";

const orchestra = "Midnight Orchestra — Live at the Harbour";

test.describe("a Japanese browser", () => {
  test.use({ locale: "ja-JP" }); // Chromium then sends Accept-Language: ja-JP

  test("gets the storefront in Japanese", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { name: "開催予定のイベント" })).toBeVisible();
    for (const name of SEEDED_EVENT_NAMES) {
      await expect(page.getByRole("article").filter({ hasText: name })).toContainText(/残り\d+枚|残りわずか（あと\d+枚）|完売|お手続き中の席のみ/);
    }
    await expect(page.getByRole("group", { name: "表示言語" }).getByRole("button", { name: "日本語" })).toHaveAttribute("aria-pressed", "true");
    // Dates in Japanese, at the venue's time ("2026年12月21日(月) 20:00 GMT+1").
    await expect(page.getByRole("article").filter({ hasText: orchestra })).toContainText(/\d{4}年\d{1,2}月\d{1,2}日\(.\) \d\d:\d\d GMT\+\d/);

    await page.getByRole("link", { name: orchestra }).click();
    await expect(page.getByRole("heading", { level: 1, name: orchestra })).toBeVisible();
    await expect(page.getByRole("heading", { name: "チケット", exact: true })).toBeVisible();
    await expect(page.getByRole("listitem", { name: "VIP" })).toContainText("￥20,600"); // yen first
    await expect(page.getByRole("listitem", { name: "Balcony" })).toContainText(/残り\d+枚/);
    await expect(page.getByRole("button", { name: "チケットを確保" })).toBeDisabled();
    await expect(page).toHaveTitle(`${orchestra} · Box Office`);
  });

  test("yen have no minor unit", async ({ page }) => {
    await page.goto("/events/midnight-orchestra?currency=jpy");
    await expect(page.getByRole("listitem", { name: "VIP" })).toContainText(/￥[\d,]+(?![.\d])/);
  });

  test("limits, the reserve button and the checkout page speak Japanese", async ({ page }) => {
    await page.goto("/events/comedy-cellar-night");
    const quantity = page.getByRole("spinbutton", { name: "Table seatの枚数" });
    await quantity.fill("9");
    await expect(page.getByRole("listitem", { name: "Table seat" }).getByRole("status")).toHaveText(/^この席種の残りをすべてお選びいただいています。$|^1回のご注文につき\d+枚までです。$/);
    await quantity.fill("1");
    await page.getByRole("button", { name: "チケット1枚を確保" }).click();
    await expect(page.getByRole("heading", { name: "お支払い手続き" })).toBeVisible();
    await expect(page.getByText("Table seat × 1枚")).toBeVisible();
    await expect(page.getByRole("timer", { name: "お支払いの残り時間" })).toHaveText(/^\d+:\d\d$/);
    await expect(page).toHaveTitle("お支払い手続き · Box Office");
  });
});

test.describe("an English browser", () => {
  test("gets English", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Upcoming events" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Language" }).getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await page.goto("/events/midnight-orchestra");
    await expect(page.getByRole("heading", { name: "Tickets", exact: true })).toBeVisible();
  });

  test("switches to Japanese and keeps it across navigation and reload, then back", async ({ page }) => {
    await page.goto("/events/future-web-talks");
    await expect(page.getByRole("listitem", { name: "Student" })).toContainText("Sold out");
    await page.getByRole("button", { name: "日本語" }).click();

    // Same page, now in Japanese.
    await expect(page.getByRole("listitem", { name: "Student" })).toContainText("完売");
    await expect(page).toHaveURL(/\/events\/future-web-talks$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");

    await page.getByRole("link", { name: "Box Office", exact: true }).click();
    await expect(page.getByRole("heading", { name: "開催予定のイベント" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { name: "開催予定のイベント" })).toBeVisible();
    await page.goto("/events/no-such-event");
    await expect(page.getByRole("heading", { name: "イベントが見つかりません" })).toBeVisible();

    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Upcoming events" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { name: "Upcoming events" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});
