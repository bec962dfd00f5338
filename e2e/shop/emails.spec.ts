import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { CARDS, fillCheckoutForm } from "../fixtures/checkout-form";

const newAddress = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.com`;

/** How wide a mail's HTML lays out on a 320 px phone (in a page of its own, as a mail app shows it). */
async function widthOnSmallestPhone(browser: Browser, mail: Locator): Promise<number> {
  const html = (await mail.locator("iframe").getAttribute("srcdoc"))!;
  const phone = await browser.newPage({ viewport: { width: 320, height: 640 } });
  await phone.setContent(html);
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  await phone.close();
  return width;
}

/**
 * The order mail's "When" and "Where", side by side on a 320 px phone: where each label starts, and the space left
 * between the date's paragraph and the venue's column.
 */
async function whenAndWhereOnSmallestPhone(browser: Browser, mail: Locator) {
  const html = (await mail.locator("iframe").getAttribute("srcdoc"))!;
  const phone = await browser.newPage({ viewport: { width: 320, height: 640 } });
  await phone.setContent(html);
  const when = phone.getByText("When", { exact: true });
  const where = phone.getByText("Where", { exact: true });
  const [whenBox, whereBox] = [(await when.boundingBox())!, (await where.boundingBox())!];
  // Where the date's paragraph ends: its lines may reach that far (whether one does depends on how the date wraps).
  const dateRight = await when.evaluate((label) => label.nextElementSibling!.getBoundingClientRect().right);
  await phone.close();
  return { whenTop: whenBox.y, whereTop: whereBox.y, gap: whereBox.x - dateRight };
}

/** The mail the local SMTP server received with this subject for this address, waiting for the sender's next run. */
async function openMail(page: Page, { to, subject }: { to: string; subject: RegExp }) {
  const mail = page.getByRole("article", { name: subject }).filter({ hasText: to });
  await expect(async () => {
    await page.goto("/dev/mail");
    await expect(mail).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  return mail;
}

async function createRefundOrder(page: Page, email: string): Promise<string> {
  const response = await page.request.post("/dev/refund-order", { data: { email } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { orderPath: string }).orderPath;
}

test.describe("emails and the tickets page", () => {
  // A purchase, then waiting for the sender's next run and reading /dev/mail: more than the default minute on a busy machine.
  test.describe.configure({ timeout: 180_000 });

  test("paying sends one confirmation email with the order link, the tickets and a calendar file", async ({ page, baseURL, browser }) => {
    const email = newAddress("buyer");
    await page.goto("/events/midnight-orchestra?checkout=hosted");
    await page.getByRole("spinbutton", { name: "Quantity of Standing" }).fill("2");
    await page.getByRole("button", { name: "Reserve 2 tickets" }).click();
    await page.getByRole("link", { name: "Continue to payment" }).click();
    await fillCheckoutForm(page, CARDS.succeeds, email);
    await page.getByRole("button", { name: "Pay" }).click();

    await expect(page.getByRole("heading", { name: "Your tickets" })).toBeVisible({ timeout: 20_000 });
    const orderPath = new URL(page.url()).pathname;
    const codes = (await page.getByRole("listitem", { name: /^Ticket / }).evaluateAll((items) => items.map((item) => item.getAttribute("aria-label")!.slice(7))));
    expect(codes).toHaveLength(2);
    const wallet = page.getByRole("listitem", { name: `Ticket ${codes[0]}` });
    await expect(wallet).toContainText("Midnight Orchestra — Live at the Harbour");
    await expect(wallet).toContainText("Harbour Hall, Rotterdam");
    await expect(wallet.getByText(/^[0-9A-F]{8}$/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Print tickets" })).toBeVisible();

    await test.step("the .ics file downloads with the event and the order link", async () => {
      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: "Add to calendar (.ics)" }).click();
      const file = await (await download).path();
      const ics = fs.readFileSync(file, "utf8");
      expect(ics).toContain("BEGIN:VEVENT");
      expect(ics).toContain("SUMMARY:Midnight Orchestra");
      expect(ics.replace(/\r\n /g, "")).toContain(`${baseURL}${orderPath}`);
    });

    await test.step("the mail arrives with HTML and text parts, QR codes and the .ics", async () => {
      const mail = await openMail(page, { to: email, subject: /^Your tickets for Midnight Orchestra/ });
      const html = mail.frameLocator("iframe");
      await expect(html.getByRole("heading", { name: /Your tickets for Midnight Orchestra/ })).toBeVisible();
      await expect(html.getByRole("link", { name: "View your tickets" })).toHaveAttribute("href", `${baseURL}${orderPath}`);
      for (const code of codes) await expect(html.getByRole("img", { name: `QR ${code}` })).toBeVisible();
      const text = mail.getByLabel(/^Text of /);
      await mail.getByText("Plain-text part").click();
      await expect(text).toContainText(`${baseURL}${orderPath}`);
      // The heading as written, not in the converter's capitals.
      await expect(text).toContainText("Your tickets for Midnight Orchestra");
      for (const code of codes) await expect(text).toContainText(code);
      const attachments = mail.getByRole("list", { name: "Attachments" });
      await expect(attachments.getByText(/^event\.ics/)).toHaveCount(1);
      await expect(attachments.getByText(/^ticket-.*\.png \(image\/png, inline\)/)).toHaveCount(2);
      // Read on the smallest phone, nothing runs off the side (the spelled-out order link, the ticket codes).
      expect(await widthOnSmallestPhone(browser, mail)).toBeLessThanOrEqual(320);
      // Side by side there, "When" and "Where" start on one line, however many lines the date wraps to, and the
      // date's lines keep clear of the venue.
      const { whenTop, whereTop, gap } = await whenAndWhereOnSmallestPhone(browser, mail);
      expect(whereTop).toBe(whenTop);
      expect(gap).toBeGreaterThanOrEqual(8);
    });

    await page.goto(orderPath);
    await expect(page.getByText(`We emailed a confirmation to ${email}.`)).toBeVisible();
  });

  test("a lost link: one email lists every order of the address, and the page answers the same for any address", async ({ page, browser }) => {
    const email = newAddress("lost");
    const unknown = newAddress("nobody");
    const orderPath = await createRefundOrder(page, email);
    const neutral = /If we have orders for that address, we have sent it an email/;

    for (const address of [unknown, email.toUpperCase()]) {
      await page.goto("/orders/lost");
      await page.getByLabel("Email you paid with").fill(address);
      await page.getByRole("button", { name: "Email me my links" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText(neutral);
    }

    const mail = await openMail(page, { to: email, subject: /^Your Box Office orders$/ });
    await expect(mail.frameLocator("iframe").getByRole("link", { name: "Late Payment Test Night" })).toHaveAttribute("href", new RegExp(`${orderPath}$`));
    expect(await widthOnSmallestPhone(browser, mail)).toBeLessThanOrEqual(320);
    // The unknown address was asked for first, so its turn has passed: it got nothing.
    await expect(page.getByRole("article").filter({ hasText: unknown })).toHaveCount(0);

    await test.step("an address asked for too often is refused for a while", async () => {
      for (let i = 0; i < 3; i++) {
        await page.goto("/orders/lost");
        await page.getByLabel("Email you paid with").fill(email);
        await page.getByRole("button", { name: "Email me my links" }).click();
        await expect(page.getByRole("main").getByRole("status").or(page.getByRole("main").getByRole("alert"))).toBeVisible();
      }
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Too many requests for order links. Please try again in an hour.");
    });

    await page.goto("/orders/lost");
    await page.getByRole("button", { name: "Email me my links" }).click();
    await expect(page.getByText("Enter the email address you paid with.")).toBeVisible();
  });

  test("a Japanese shopper reads the lost-link page, the refund page and their emails in Japanese", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "ja", url: baseURL! }]);
    const email = newAddress("ja");
    const response = await page.request.post("/dev/refund-order", { data: { email, locale: "ja" } });
    const { orderPath } = (await response.json()) as { orderPath: string };
    await page.goto(orderPath);
    await expect(page.getByRole("heading", { name: "お支払いは全額返金されます" })).toBeVisible();
    await expect(page.getByRole("status", { name: "今後の流れ" })).toContainText("お客様のお手続きは不要です。");

    await page.goto("/orders/lost");
    await expect(page.getByRole("heading", { level: 1, name: "チケットを探す" })).toBeVisible();
    await page.getByLabel("お支払いに使ったメールアドレス").fill(email);
    await page.getByRole("button", { name: "リンクをメールで受け取る" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("このアドレスでのご注文がある場合");

    await openMail(page, { to: email, subject: /お支払いは全額返金されます/ });
    const links = await openMail(page, { to: email, subject: /^Box Office のご注文$/ });
    await expect(links.frameLocator("iframe").getByRole("heading", { name: "ご注文一覧" })).toBeVisible();
  });

  test("an order paid after its seats were sold says the payment will be refunded, on the page and by email", async ({ page }) => {
    const email = newAddress("late");
    const orderPath = await createRefundOrder(page, email);
    await page.goto(orderPath);
    await expect(page.getByRole("heading", { name: "Your payment will be refunded in full" })).toBeVisible();
    await expect(page).toHaveTitle(/^Your payment will be refunded in full/); // the tab says it too, not "Your tickets"
    const notice = page.getByRole("status", { name: "What happens now" });
    await expect(notice).toContainText("those seats were no longer available");
    await expect(notice).toContainText("You do not need to do anything.");
    await expect(notice).toContainText("We refund the full €45.00 to the card you paid with");
    await expect(notice.getByRole("link", { name: "help@box-office.example" })).toHaveAttribute("href", /^mailto:help@box-office\.example\?subject=Refund/);
    await expect(page.getByRole("listitem", { name: /^Ticket / })).toHaveCount(0);

    const mail = await openMail(page, { to: email, subject: /will be refunded/ });
    await expect(mail.frameLocator("iframe").getByRole("heading", { name: "Your payment will be refunded in full" })).toBeVisible();
    await expect(mail.getByRole("list", { name: "Attachments" })).toHaveCount(0);
  });
});

test.describe("finish", () => {
  test("unknown pages, events, orders and checkouts answer 404 with a way back", async ({ page }) => {
    for (const [path, heading] of [
      ["/no-such-page", "Page not found"],
      ["/events/no-such-event", "Event not found"],
      ["/orders/AAAAAAAAAAAAAAAAAAAAAAAA", "Order not found"],
      ["/checkout/00000000-0000-4000-8000-000000000000", "Checkout not found"],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page, `the tab of ${path}`).toHaveTitle(`${heading} · Box Office`);
      await expect(page.getByRole("contentinfo").getByRole("link", { name: "Refund policy" })).toBeVisible();
    }
    await page.goto("/orders/AAAAAAAAAAAAAAAAAAAAAAAA");
    await page.getByRole("main").getByRole("link", { name: "Find your tickets" }).click();
    await expect(page.getByRole("heading", { name: "Find your tickets" })).toBeVisible();
    await page.goto("/no-such-page");
    await page.getByRole("main").getByRole("link", { name: "See upcoming events" }).click();
    await expect(page.getByRole("heading", { name: "Upcoming events" })).toBeVisible();
  });

  test("search engines get robots.txt, a sitemap of the events, Open Graph tags and Event JSON-LD", async ({ page, request, baseURL }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain("Disallow: /orders/");
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    const sitemap = await (await request.get("/sitemap.xml")).text();
    for (const slug of ["midnight-orchestra", "future-web-talks", "spring-folk-festival", "comedy-cellar-night"]) {
      expect(sitemap).toContain(`<loc>${baseURL}/events/${slug}</loc>`);
    }

    await page.goto("/events/midnight-orchestra");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as Record<string, unknown>;
    expect(jsonLd).toMatchObject({
      "@type": "Event",
      name: "Midnight Orchestra — Live at the Harbour",
      location: { "@type": "Place", name: "Harbour Hall", address: "Rotterdam" },
      url: `${baseURL}/events/midnight-orchestra`,
    });
    expect(jsonLd.offers).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "VIP", price: "129.00", priceCurrency: "EUR" })]),
    );
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Midnight Orchestra — Live at the Harbour");
    const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute("content");
    const image = await request.get(ogImage!);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect((await request.get("/icon.svg")).headers()["content-type"]).toContain("image/svg+xml");
    expect((await request.get("/apple-icon")).headers()["content-type"]).toBe("image/png");
  });

  test("event artwork carries no baked-in title: the page prints the name, and a cropped picture loses no words", async ({ page, request }) => {
    await page.goto("/");
    const cards = page.getByRole("article").filter({ hasText: /Aurora Quartet|Midnight Orchestra|Spring Folk/ });
    await expect(cards).toHaveCount(3);
    const sources = await page.getByRole("article").locator("img").evaluateAll((images) => images.map((image) => (image as HTMLImageElement).currentSrc));
    expect(sources.length).toBeGreaterThanOrEqual(5);
    const svgs = sources.filter((url) => new URL(url).pathname.endsWith(".svg"));
    // The demo events' artwork is checked, the presale's (which had the title drawn in) among them.
    expect(svgs.length).toBeGreaterThanOrEqual(5);
    expect(svgs.some((url) => url.includes("members-presale-night.svg"))).toBe(true);
    for (const source of svgs) {
      const svg = await (await request.get(source)).text();
      expect(svg, source).not.toMatch(/<text[\s>]/);
      // Cropped to the card's shape from the middle, like the others, rather than letterboxed.
      expect(svg, source).toContain('preserveAspectRatio="xMidYMid slice"');
    }
  });

  test("an event card is one link with a date badge, and the footer leads to contact, terms and refunds", async ({ page }) => {
    await page.goto("/");
    const card = page.getByRole("article").filter({ hasText: "Spring Folk Festival" });
    await expect(card.getByText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/)).toHaveCount(1); // the badge's spoken date
    const box = (await card.boundingBox())!;
    await page.mouse.click(box.x + 20, box.y + 20); // on the artwork, not the title
    await expect(page.getByRole("heading", { level: 1, name: "Spring Folk Festival" })).toBeVisible();

    for (const [link, heading] of [
      ["Contact", "Contact us"],
      ["Terms", "Terms of sale"],
      ["Refund policy", "Refund policy"],
    ] as const) {
      await page.getByRole("contentinfo").getByRole("link", { name: link, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    }
  });
});
