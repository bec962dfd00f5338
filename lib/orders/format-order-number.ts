/** The short order number shoppers quote to us: the first eight characters of the order id, upper case. */
export function formatOrderNumber(orderId: string): string {
  return orderId.replace(/-/g, "").slice(0, 8).toUpperCase();
}
