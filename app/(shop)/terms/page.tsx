import type { Metadata } from "next";
import Link from "next/link";
import { ProsePage } from "@/components/layout/prose-page";
import { siteInfo } from "@/lib/site-info";

export const metadata: Metadata = { title: "Terms of sale", description: "The terms under which Box Office sells tickets." };

export default function TermsPage() {
  return (
    <ProsePage title="Terms of sale" updated="29 November 2026">
      <p>
        These terms apply when you buy tickets on {siteInfo.name}. By completing a purchase you accept them. Our{" "}
        <Link href="/refunds">refund policy</Link> is part of these terms.
      </p>
      <h2>1. Holding seats</h2>
      <p>
        When you choose tickets we hold those seats for you for a limited time, shown as a countdown on the checkout page.
        If you have not paid when the hold ends, the seats go back on sale. A purchase is complete only when your payment
        is confirmed and your tickets are issued.
      </p>
      <h2>2. Prices and payment</h2>
      <p>
        Prices are shown in the currency you choose and include all taxes and fees; the amount charged is the total shown at
        checkout. Payments are processed by Stripe; we never see or store your full card number.
      </p>
      <h2>3. Your tickets</h2>
      <p>
        Each ticket carries a unique QR code that admits one person once. Keep your tickets page link and your confirmation
        email private: anyone with them can use your tickets. We may refuse entry for a ticket that has already been
        scanned.
      </p>
      <h2>4. Limits</h2>
      <p>
        To keep sales fair we limit the number of seats per order and the number of checkouts one shopper may have open at
        once, and we may cancel orders placed to resell tickets above face value.
      </p>
      <h2>5. Changes to events</h2>
      <p>
        The organiser may change an event&apos;s line-up or programme. If an event is cancelled, or moved to another date
        that you cannot attend, you are entitled to a refund as set out in our refund policy.
      </p>
      <h2>6. Your data</h2>
      <p>
        We use your email address to send your tickets and messages about your order, and for nothing else. We keep order
        records as long as the law requires.
      </p>
      <h2>7. Contact</h2>
      <p>
        Questions about these terms: <a href={`mailto:${siteInfo.contactEmail}`}>{siteInfo.contactEmail}</a>.
      </p>
    </ProsePage>
  );
}
