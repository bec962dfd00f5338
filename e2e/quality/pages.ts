// The pages the quality gates (axe, layout) visit. Static pages are a path; pages that only exist after a
// shopper's steps (a hold's checkout, an order's tickets) are opened once per worker by `openShopperPages`.
// When a branch adds a storefront or account page, add it to `staticPages` (or a step to `openShopperPages`):
// the axe spec then checks it in every language, and the layout spec if it is listed in `layoutPages`.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { cardFrame, signUp, startTrial } from "../fixtures/account";
import { CARDS, CHECKOUT_LABELS, fillCheckoutForm } from "../fixtures/checkout-form";
import { locales } from "../../i18n/config";

export { locales };
export type Locale = (typeof locales)[number];

export type QualityPage = {
  name: string;
  path: string;
  /** Waits for what makes the page whole (a framed form, a QR code) before it is checked. */
  ready?: (page: Page) => Promise<void>;
  /** The page frames a form from another origin (Stripe's), which must be checked too, not skipped. */
  hasFrame?: boolean;
  /** How deep the frames that must have been checked go (1: a frame in the page; 2: a frame in that frame). */
  frameDepth?: number;
};

export const staticPages: QualityPage[] = [
  { name: "home", path: "/" },
  { name: "event", path: "/events/midnight-orchestra" },
  { name: "event, sold-out types", path: "/events/future-web-talks" },
  { name: "unknown event (404)", path: "/events/no-such-event" },
  { name: "sign in", path: "/sign-in" },
  { name: "sign up", path: "/sign-up" },
  { name: "membership", path: "/membership" },
  { name: "lost link", path: "/orders/lost" },
  { name: "contact", path: "/contact" },
  { name: "terms", path: "/terms" },
  { name: "refund policy", path: "/refunds" },
  { name: "unknown page (404)", path: "/no-such-page" },
  { name: "unknown order link (404)", path: "/orders/AAAAAAAAAAAAAAAAAAAAAAAA" },
];

/**
 * A signed-in member-to-be: their account page, the membership page as they see it, and the card step of a
 * trial (the card Element's frame is checked too).
 */
export async function openAccountPages(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; pages: QualityPage[] }> {
  const context = await browser.newContext({ baseURL, locale: "en-US" });
  const page = await context.newPage();
  await signUp(page);
  await startTrial(page);
  const confirm = new URL(page.url());
  await page.close();
  return {
    context,
    pages: [
      { name: "account", path: "/account" },
      { name: "membership (signed in)", path: "/membership" },
      {
        name: "membership confirm (card)",
        path: confirm.pathname + confirm.search,
        hasFrame: true,
        ready: (p) => expect(cardFrame(p).getByLabel("Card number")).toBeVisible({ timeout: 20_000 }),
      },
    ],
  };
}

// Standing: no spec on this server reads its count (storefront.spec reads Balcony's).
const EVENT = { slug: "midnight-orchestra", ticketType: "Standing" };

export const embeddedFormReady = async (page: Page) => {
  await expect(page.locator("#checkout iframe").contentFrame().getByRole("button", { name: CHECKOUT_LABELS.pay })).toBeVisible({
    timeout: 20_000,
  });
};

// The ticket picker's words per storefront language (messages/*.json, ticketPicker).
const PICKER = {
  en: { quantity: `Quantity of ${EVENT.ticketType}`, reserve: /^Reserve \d+ tickets?$/ },
  ja: { quantity: `${EVENT.ticketType}の枚数`, reserve: /^チケット\d+枚を確保$/ },
};

/**
 * Reserves one seat in a fresh hold and waits on its checkout page; returns the page's path. In `locale` (the
 * NEXT_LOCALE cookie): the Checkout Session then has that locale, so Stripe's form speaks it.
 */
export async function reserve(page: Page, mode: "hosted" | "embedded", locale: Locale = "en"): Promise<string> {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: "localhost", path: "/" }]);
  await page.goto(`/events/${EVENT.slug}?checkout=${mode}`);
  await page.getByRole("spinbutton", { name: PICKER[locale].quantity }).fill("1");
  await page.getByRole("button", { name: PICKER[locale].reserve }).click();
  await expect(page).toHaveURL(/\/checkout\/[^/?]+/, { timeout: 20_000 });
  await expect(page.getByRole("timer")).toBeVisible();
  return new URL(page.url()).pathname;
}

/**
 * One shopper (one holder cookie) with an open embedded hold, an open hosted hold and a paid order.
 * Returns the context (pages that need the holder cookie only open in it) and the pages to check.
 */
export async function openShopperPages(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; pages: QualityPage[] }> {
  const context = await browser.newContext({ baseURL, locale: "en-US" });
  const page = await context.newPage();

  const paidHold = await reserve(page, "hosted");
  await page.getByRole("link", { name: "Continue to payment" }).click();
  await fillCheckoutForm(page, CARDS.succeeds);
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page).toHaveURL(/\/orders\/(?!complete)[^/?]+$/, { timeout: 30_000 });
  const tickets = new URL(page.url()).pathname;
  expect(paidHold).not.toBe(tickets);

  const hosted = await reserve(page, "hosted");
  const embedded = await reserve(page, "embedded");
  const embeddedJa = await reserve(page, "embedded", "ja");
  await page.close();
  return {
    context,
    pages: [
      { name: "checkout, hosted (before Stripe's page)", path: hosted },
      { name: "checkout, embedded", path: embedded, ready: embeddedFormReady, hasFrame: true },
      // Reserved in Japanese: the framed form is Stripe's Japanese one (its own lang, whatever the page's).
      { name: "checkout, embedded (Japanese session)", path: embeddedJa, ready: embeddedFormReady, hasFrame: true },
      { name: "tickets", path: tickets, ready: (p) => expect(p.getByRole("img").first()).toBeVisible() },
    ],
  };
}

/** Opens `path` in `locale` (the NEXT_LOCALE cookie, as the language switcher sets it) and waits until it is whole. */
export async function visit(context: BrowserContext, page: Page, target: QualityPage, locale: Locale) {
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, domain: "localhost", path: "/" }]);
  await page.goto(target.path);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await target.ready?.(page);
}
