/** Who is asking to see an order: the shopper's holder cookie (and, once accounts exist, the signed-in account). */
export type OrderViewer = { holderId: string | undefined };

/**
 * Whether this viewer may see the order paid through a hold. The one place that decides it: the holder cookie that
 * made the hold may; accounts extend this function (e.g. the order's account id equals the viewer's).
 */
export function canViewOrder({ hold, viewer }: { hold: { holderId: string }; viewer: OrderViewer }): boolean {
  return !!viewer.holderId && viewer.holderId === hold.holderId;
}
