import { getHolderId } from "@/lib/auth/holder-cookie";
import { listOpenHolds } from "@/lib/checkout/list-open-holds";
import { Suspense } from "react";
import { LazyOpenHoldsMenu } from "./lazy-open-holds-menu";

/** In the header while the shopper has a checkout in progress (this browser's holder cookie only). */
export async function OpenHoldsIndicator() {
  const { holds, serverNow } = await listOpenHolds({ holderId: await getHolderId() });
  return holds.length > 0 ? (
    <Suspense>
      <LazyOpenHoldsMenu holds={holds} serverNow={serverNow} />
    </Suspense>
  ) : null;
}
