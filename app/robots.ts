import type { MetadataRoute } from "next";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

// Event pages and the text pages are for search engines; checkouts, orders (private links) and tools are not.
export default function robots(): MetadataRoute.Robots {
  const appUrl = getEnv().APP_URL;
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/checkout/", "/orders/", "/api/", "/dev/"] },
    sitemap: new URL("/sitemap.xml", appUrl).toString(),
  };
}
