import { checkoutSessionRoutes } from "./checkout-sessions";
import type { Route } from "./context";
import { customerRoutes } from "./customers";
import { eventRoutes } from "./events";
import { invoiceRoutes } from "./invoices";
import { paymentIntentRoutes } from "./payment-intent-routes";
import { paymentMethodRoutes } from "./payment-methods";
import { priceRoutes } from "./prices";
import { productRoutes } from "./products";
import { refundRoutes } from "./refunds";
import { setupIntentRoutes } from "./setup-intent-routes";
import { subscriptionRoutes } from "./subscription-routes";
import { testClockRoutes } from "./test-clocks";
import { tokenRoutes } from "./tokens";
import { webhookEndpointRoutes } from "./webhook-endpoints";

/** Every `/v1` route the emulator serves. */
export const allRoutes: Route[] = [
  ...customerRoutes,
  ...productRoutes,
  ...priceRoutes,
  ...refundRoutes,
  ...checkoutSessionRoutes,
  ...paymentIntentRoutes,
  ...paymentMethodRoutes,
  ...setupIntentRoutes,
  ...subscriptionRoutes,
  ...invoiceRoutes,
  ...tokenRoutes,
  ...eventRoutes,
  ...webhookEndpointRoutes,
  ...testClockRoutes,
];
