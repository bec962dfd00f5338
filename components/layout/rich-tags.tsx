import Link from "next/link";
import type { ReactNode } from "react";
import { siteInfo } from "@/lib/site-info";

/** Tags the text pages' messages use: <strong>, <mail> (the contact address) and <link> (to `href`). */
export function richTags(href = "/") {
  return {
    strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
    mail: (chunks: ReactNode) => <a href={`mailto:${siteInfo.contactEmail}`}>{chunks}</a>,
    link: (chunks: ReactNode) => <Link href={href}>{chunks}</Link>,
  };
}
