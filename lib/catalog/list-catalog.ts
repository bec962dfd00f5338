import { getDb } from "../db";

/** Mirrored products with their prices (active first), for the console. */
export async function listCatalog(options: { includeArchived?: boolean } = {}) {
  return getDb().catalogProduct.findMany({
    where: options.includeArchived ? {} : { active: true },
    orderBy: { name: "asc" },
    include: { prices: { orderBy: [{ active: "desc" }, { updatedAt: "desc" }] } },
  });
}

/** One mirrored product with its prices and the ticket types selling them. */
export async function getCatalogProduct({ productId }: { productId: string }) {
  return getDb().catalogProduct.findUnique({
    where: { id: productId },
    include: { prices: { orderBy: [{ active: "desc" }, { updatedAt: "desc" }], include: { ticketTypes: { include: { event: true } } } } },
  });
}
