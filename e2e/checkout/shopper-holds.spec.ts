// Issue 11, item 2: the shopper controls their holds — cancel from the checkout page (both modes), see and
// resume or cancel open holds from the header, at the active-hold limit and on the event page; nobody else can.
import { expect, test } from "@playwright/test";
import { availableOf, releaseSeats, reserve, VIEWPORTS } from "../fixtures/shop";

const COMEDY = "comedy-cellar-night";

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`holds the shopper controls, at ${name}`, () => {
    test.use({ viewport });
    // Several holds, Stripe calls and page loads per test, on a machine shared by several test runs.
    test.describe.configure({ timeout: 150_000 });

    for (const mode of ["embedded", "hosted"] as const) {
      test(`${mode}: "Cancel and release seats" ends the checkout and puts the seats back on sale`, async ({ page }) => {
        const before = await availableOf(page, COMEDY, "Table seat");
        const checkoutUrl = await reserve(page, { event: COMEDY, ticketType: "Table seat", quantity: 1, mode });
        if (mode === "embedded") await expect(page.locator("#checkout iframe")).toBeVisible();
        else await expect(page.getByRole("link", { name: "Continue to payment" })).toBeVisible();
        await expect(page.getByRole("button", { name: "1 checkout in progress" })).toBeVisible();

        await releaseSeats(page, page.getByRole("button", { name: "Cancel and release seats" }));
        await expect(page).toHaveURL(new RegExp(`/events/${COMEDY}\\?released=1$`));
        await expect(page.getByText("Your checkout was cancelled and your seats went back on sale.")).toBeVisible();
        await expect(page.getByRole("button", { name: /checkouts? in progress/ })).toHaveCount(0);
        expect(await availableOf(page, COMEDY, "Table seat")).toBe(before);

        // The old link now says the checkout was cancelled (truthfully: time did not run out); it can no longer be paid.
        await page.goto(checkoutUrl);
        await expect(page.getByRole("heading", { name: "You cancelled this checkout" })).toBeVisible();
        await expect(page.getByText("Your seats went back on sale. You have not been charged.")).toBeVisible();
        await expect(page.getByText(/Time ran out/)).toHaveCount(0);
        await expect(page.locator("#checkout iframe")).toHaveCount(0);
        await expect(page.getByRole("link", { name: "Continue to payment" })).toHaveCount(0);
      });
    }

    test("the header lists checkouts in progress, to resume or cancel from any page", async ({ page }) => {
      const checkoutUrl = await reserve(page, { event: COMEDY, ticketType: "Bar stool", quantity: 1, mode: "embedded" });
      await page.goto("/");
      const menu = page.getByRole("button", { name: "1 checkout in progress" });
      await menu.click();
      const dialog = page.getByRole("dialog", { name: "Checkouts in progress" });
      const row = dialog.getByRole("list", { name: "Your checkouts in progress" }).getByRole("listitem", { name: "Comedy Cellar Night" });
      await expect(row).toContainText("1 × Bar stool");
      await expect(row).toContainText(/\d+:\d\d left/);
      await page.screenshot({ path: `.data/screenshots/open-holds-dialog-${viewport.width}.png` });

      await row.getByRole("link", { name: "Resume checkout" }).click();
      await expect(page).toHaveURL(checkoutUrl);
      await expect(dialog).toBeHidden();
      await expect(page.locator("#checkout iframe")).toBeVisible();

      await menu.click();
      await releaseSeats(page, row.getByRole("button", { name: "Cancel and release seats" }));
      await expect(page.getByText("Seats released: Comedy Cellar Night.").first()).toBeVisible();
      await expect(page.getByRole("button", { name: /checkouts? in progress/ })).toHaveCount(0);
    });

    test("the header's countdown agrees with the checkout page's, however long after the page came it is opened", async ({ page }) => {
      await reserve(page, { event: COMEDY, ticketType: "Bar stool", quantity: 1, mode: "hosted" });
      const timer = page.getByRole("timer");
      await expect(timer).toContainText(/\d:\d\d/);
      // The shopper reads the page a while before opening the menu (its countdowns mount only then).
      await page.waitForTimeout(5_000);
      await page.getByRole("button", { name: "1 checkout in progress" }).click();
      const row = page.getByRole("dialog", { name: "Checkouts in progress" }).getByRole("listitem", { name: "Comedy Cellar Night" });
      await expect(row).toContainText(/\d:\d\d left/);
      const seconds = (text: string | null) => {
        const [, m, s] = /(\d+):(\d\d)/.exec(text ?? "") ?? [];
        return Number(m) * 60 + Number(s);
      };
      // The page behind the open (modal) dialog is hidden from the accessibility tree, not from view.
      const onPageNow = page.getByRole("timer", { includeHidden: true }).filter({ visible: true }).first();
      const [onPage, inMenu] = [seconds(await onPageNow.textContent()), seconds(await row.textContent())];
      expect(Math.abs(inMenu - onPage), `menu ${inMenu} s, page ${onPage} s`).toBeLessThanOrEqual(2);
      await releaseSeats(page, row.getByRole("button", { name: "Cancel and release seats" }));
    });

    test("at the limit of checkouts in progress, the error lists them to resume or cancel", async ({ page }) => {
      await reserve(page, { event: COMEDY, ticketType: "Bar stool", quantity: 1 });
      await reserve(page, { event: "midnight-orchestra", ticketType: "Standing", quantity: 1 });
      await reserve(page, { event: "spring-folk-festival", ticketType: "Camping add-on", quantity: 1 });
      await expect(page.getByRole("button", { name: "3 checkouts in progress" })).toBeVisible();

      await page.goto(`/events/${COMEDY}`);
      await page.getByRole("spinbutton", { name: "Quantity of Bar stool" }).fill("1");
      await page.getByRole("button", { name: "Reserve 1 ticket" }).click();
      const picker = page.locator("form").filter({ has: page.getByRole("button", { name: "Reserve 1 ticket" }) });
      await expect(picker.getByRole("alert")).toHaveText("You already have 3 checkouts in progress. Finish or cancel one first.");
      const list = picker.getByRole("list", { name: "Your checkouts in progress" });
      await expect(list.getByRole("listitem")).toHaveCount(3);
      await expect(list.getByRole("listitem", { name: "Spring Folk Festival" })).toContainText("1 × Camping add-on");
      await page.screenshot({ path: `.data/screenshots/limit-open-holds-${viewport.width}.png`, fullPage: true });

      await releaseSeats(page, list.getByRole("listitem", { name: "Spring Folk Festival" }).getByRole("button", { name: "Cancel and release seats" }));
      await expect(list.getByRole("listitem", { name: "Spring Folk Festival" })).toContainText("Seats released: Spring Folk Festival.");
      await expect(page.getByRole("button", { name: "2 checkouts in progress" })).toBeVisible();

      await page.getByRole("button", { name: "Reserve 1 ticket" }).click();
      await expect(page.getByRole("heading", { name: "Checkout", level: 1 })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByText("1 × Bar stool")).toBeVisible();
    });

    test("returning to an event page with an open hold offers to resume it", async ({ page }) => {
      const checkoutUrl = await reserve(page, { event: COMEDY, ticketType: "Bar stool", quantity: 2, mode: "embedded" });
      await page.goto("/events/future-web-talks");
      await expect(page.getByRole("region", { name: "You have seats on hold for this event" })).toHaveCount(0);

      await page.goto(`/events/${COMEDY}`);
      const offer = page.getByRole("region", { name: "You have seats on hold for this event" });
      await expect(offer).toContainText("2 × Bar stool");
      await expect(offer).toContainText(/\d+:\d\d left/);
      await page.screenshot({ path: `.data/screenshots/event-resume-offer-${viewport.width}.png`, fullPage: true });
      await offer.getByRole("link", { name: "Resume checkout" }).click();
      await expect(page).toHaveURL(checkoutUrl);
      await expect(page.locator("#checkout iframe")).toBeVisible();

      await releaseSeats(page, page.getByRole("button", { name: "Cancel and release seats" }));
      // Back on the event page (the offer was never on the checkout page, so look only once there).
      await expect(page).toHaveURL(new RegExp(`/events/${COMEDY}\\?released=1$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("region", { name: "You have seats on hold for this event" })).toHaveCount(0);
    });

    test("another shopper never sees, opens, pays for or cancels someone else's hold", async ({ page, browser }) => {
      const checkoutUrl = await reserve(page, { event: COMEDY, ticketType: "Bar stool", quantity: 1, mode: "hosted" });
      const other = await browser.newPage({ viewport });
      await other.goto(`/events/${COMEDY}`);
      await expect(other.getByRole("region", { name: "You have seats on hold for this event" })).toHaveCount(0);
      await expect(other.getByRole("button", { name: /checkouts? in progress/ })).toHaveCount(0);

      const pageResponse = await other.goto(checkoutUrl);
      expect(pageResponse?.status()).toBe(404);
      for (const path of ["pay", "cancel"]) {
        const response = await other.request.get(`${checkoutUrl}/${path}`, { maxRedirects: 0 });
        expect(response.status(), path).toBe(404);
      }
      await other.context().close();

      // Still the owner's, still held, still payable.
      await page.reload();
      await expect(page.getByRole("timer", { name: "Time left to pay" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Continue to payment" })).toBeVisible();
      await releaseSeats(page, page.getByRole("button", { name: "Cancel and release seats" }));
    });
  });
}
