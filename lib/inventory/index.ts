// lib/inventory is the only writer of seats and holds.
export { reserveSeats, reserveSeatsSchema, type Hold, type ReserveLimits, type ReserveSeatsInput } from "./reserve-seats";
export { releaseHold } from "./release-hold";
export { convertHold } from "./convert-hold";
export { reclaimHold } from "./reclaim-hold";
export { attachCheckoutSession } from "./attach-checkout-session";
export { awaitAsyncPayment } from "./await-async-payment";
export { getHold, type HoldDetails } from "./get-hold";
export { getAvailability, type Availability } from "./get-availability";
export { claimExpiredHolds, type ExpiredHold } from "./claim-expired-holds";
export { createTicketType } from "./create-ticket-type";
export type { DbClient } from "./db-client";
export { getDbNow } from "./get-db-now";
export { endHoldNow } from "./end-hold-now";
export { changeCapacity, type CapacityChange } from "./change-capacity";
export { returnRefundedSeats } from "./return-refunded-seats";
export { transferHolds } from "./transfer-holds";
