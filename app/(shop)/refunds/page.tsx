import type { Metadata } from "next";
import Link from "next/link";
import { ProsePage } from "@/components/layout/prose-page";
import { siteInfo } from "@/lib/site-info";

export const metadata: Metadata = { title: "Refund policy", description: "When and how Box Office refunds ticket purchases." };

export default function RefundsPage() {
  return (
    <ProsePage title="Refund policy" updated="29 November 2026">
      <h2>When we refund you in full, without being asked</h2>
      <ul>
        <li>
          <strong>Your payment arrived too late.</strong> If a payment completes after your seats&apos; hold has ended and
          those seats have been sold to someone else, no tickets are issued and we refund the full amount. Your order page
          says so; you do not need to do anything.
        </li>
        <li>
          <strong>The event is cancelled.</strong> We refund every ticket in full, including any fees.
        </li>
      </ul>
      <h2>When you may ask for a refund</h2>
      <ul>
        <li>
          <strong>The event moves to another date.</strong> Your tickets stay valid for the new date; if you cannot attend,
          ask for a refund within 14 days of our announcement.
        </li>
        <li>
          <strong>You were charged twice or charged the wrong amount.</strong> Write to us and we will correct it.
        </li>
      </ul>
      <h2>Otherwise</h2>
      <p>
        Tickets for a specific date and time are not refundable once issued, as the law allows for leisure events. If you
        cannot go, tell us at least 7 days before the event and we will try to help.
      </p>
      <h2>How refunds are paid</h2>
      <p>
        Refunds go back to the card you paid with, in the currency you paid in. Banks usually show them within 5–10 working
        days. Refunded tickets are cancelled and their QR codes no longer admit anyone.
      </p>
      <h2>Ask for a refund</h2>
      <p>
        Write to <a href={`mailto:${siteInfo.contactEmail}`}>{siteInfo.contactEmail}</a> with your order number. Lost it?{" "}
        <Link href="/orders/lost">Find your tickets</Link>. We answer within {siteInfo.replyDays} working days.
      </p>
    </ProsePage>
  );
}
