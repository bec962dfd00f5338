/** Who runs the shop, for the footer, the legal pages and every email. */
export const siteInfo = {
  name: "Box Office",
  contactEmail: "help@box-office.example",
  /** Replies within this many working days (stated on the contact page and in refund mails). */
  replyDays: 2,
} as const;
