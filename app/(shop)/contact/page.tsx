import type { Metadata } from "next";
import Link from "next/link";
import { ProsePage } from "@/components/layout/prose-page";
import { siteInfo } from "@/lib/site-info";

export const metadata: Metadata = { title: "Contact", description: "How to reach the Box Office team about tickets, orders and refunds." };

export default function ContactPage() {
  return (
    <ProsePage title="Contact us">
      <p>
        Write to <a href={`mailto:${siteInfo.contactEmail}`}>{siteInfo.contactEmail}</a>. We answer every message within{" "}
        {siteInfo.replyDays} working days, in English or Japanese.
      </p>
      <h2>Before you write</h2>
      <ul>
        <li>
          <strong>Lost your tickets?</strong> <Link href="/orders/lost">Have the links to your orders emailed to you</Link> —
          it takes a minute.
        </li>
        <li>
          <strong>About an order?</strong> Quote the order number from your confirmation email or tickets page (eight
          letters and digits, e.g. 3F9A1C07).
        </li>
        <li>
          <strong>Refunds</strong> are explained in our <Link href="/refunds">refund policy</Link>.
        </li>
      </ul>
      <h2>Never send card details</h2>
      <p>We will never ask for your card number or security code by email or phone. Payments are handled by Stripe.</p>
    </ProsePage>
  );
}
