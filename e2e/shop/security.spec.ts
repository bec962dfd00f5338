import { expect, test } from "@playwright/test";
import { releaseSeats } from "../fixtures/shop";

test.describe("security edges", () => {
  test("pages carry a nonce-based CSP and the hardening headers, and Embedded Checkout still loads under it", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (load|execute|frame|connect)/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/events/spring-folk-festival?checkout=embedded");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    await page.getByRole("spinbutton", { name: "Quantity of Day pass" }).fill("1");
    await page.getByRole("button", { name: /^Reserve 1 ticket$/ }).click();
    await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
    await expect(page.locator("#checkout iframe").contentFrame().getByLabel("Card number")).toBeVisible();
    expect(violations).toEqual([]);
    // The seat goes back at once, not in ten minutes: other specs count this ticket type's stock.
    await releaseSeats(page, page.getByRole("button", { name: "Cancel and release seats" }));
  });

  test("a server action posted from another site is refused with 403, an unreadable one with 400", async ({ request }) => {
    const common = { "next-action": "0".repeat(42) };
    const crossSite = await request.post("/events/spring-folk-festival", { headers: { ...common, origin: "https://evil.example", "content-type": "text/plain" }, data: "[]" });
    expect(crossSite.status()).toBe(403);
    const unreadable = await request.post("/events/spring-folk-festival", {
      headers: { ...common, origin: new URL(test.info().project.use.baseURL!).origin, "content-type": "text/plain;charset=UTF-8" },
      data: "not json{",
    });
    expect(unreadable.status()).toBe(400);
  });

  test("the webhook route refuses an oversized body with 413", async ({ request }) => {
    const response = await request.post("/api/webhooks/stripe", { headers: { "stripe-signature": "t=1,v1=x" }, data: "x".repeat(2 * 1024 * 1024) });
    expect(response.status()).toBe(413);
  });

  test("an order link with someone else's or a made-up session id shows nothing", async ({ page }) => {
    await page.goto(`/orders/complete?session_id=cs_test_${"a".repeat(24)}`);
    await expect(page.getByRole("heading", { name: "Order not found" })).toBeVisible();
  });
});
