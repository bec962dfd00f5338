import { getHolderId } from "@/lib/auth/holder-cookie";
import { listOpenHolds } from "@/lib/checkout/list-open-holds";
import { OpenHoldsLoader } from "./open-holds-loader";

/**
 * In the header while the shopper has a checkout in progress (this browser's holder cookie only). Rendered even
 * with none: a hold made later in this tab is added by its checkout page without re-rendering the header.
 */
export async function OpenHoldsIndicator() {
  const { holds, serverNow } = await listOpenHolds({ holderId: await getHolderId() });
  return <OpenHoldsLoader holds={holds} serverNow={serverNow} />;
}
