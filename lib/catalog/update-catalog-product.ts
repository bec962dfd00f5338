import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/get-current-user";
import { getDb } from "../db";
import { AppError } from "../errors";
import { getStripe } from "../stripe/get-stripe";
import { refreshCatalogMirror } from "./refresh-catalog-mirror";

export const updateCatalogProductSchema = z.object({
  productId: z.string().min(1),
  name: z.string().trim().min(1, "Name is required.").max(250).optional(),
  description: z.string().trim().max(5000).optional(),
  imageUrl: z.union([z.literal(""), z.url("Image must be a full URL.")]).optional(),
  /** "key=value" lines; a key with an empty value is removed (Stripe merges metadata). */
  metadata: z.string().max(20_000).optional(),
  active: z.enum(["true", "false"]).optional(),
  defaultPrice: z.string().optional(),
});
export type UpdateCatalogProductInput = z.infer<typeof updateCatalogProductSchema>;

/** Edits a product in Stripe (name, description, image, metadata, archive/unarchive, default price), then mirrors it. */
export async function updateCatalogProduct({ input, actor }: { input: UpdateCatalogProductInput; actor: CurrentUser }) {
  const before = await getDb().catalogProduct.findUnique({ where: { id: input.productId } });
  if (!before) throw new AppError("not_found", "No such product.");
  const params: import("stripe").Stripe.ProductUpdateParams = {};
  if (input.name !== undefined) params.name = input.name;
  if (input.description !== undefined) params.description = input.description;
  if (input.imageUrl !== undefined) params.images = input.imageUrl ? [input.imageUrl] : [];
  if (input.metadata !== undefined) params.metadata = parseMetadata(input.metadata, before.metadata as Record<string, string>);
  if (input.active !== undefined) params.active = input.active === "true";
  if (input.defaultPrice) params.default_price = input.defaultPrice;
  const product = await getStripe().products.update(input.productId, params);
  await refreshCatalogMirror({ productId: product.id });
  const action = input.active === "false" ? "product.archive" : input.active === "true" ? "product.unarchive" : "product.update";
  await recordAudit({ actor, action, subject: product.id, before, after: params });
  return product.id;
}

/** "key=value" lines to Stripe metadata; keys that were there and are gone are sent empty (removed). */
export function parseMetadata(text: string, current: Record<string, string> = {}): Record<string, string> {
  const next: Record<string, string> = {};
  for (const line of text.split("\n").map((l) => l.trim()).filter(Boolean)) {
    const at = line.indexOf("=");
    if (at <= 0) throw new AppError("invalid_input", `Write metadata as key=value lines (got "${line}").`, { field: "metadata", kind: "metadata_format" });
    next[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  for (const key of Object.keys(current)) if (!(key in next)) next[key] = "";
  return next;
}
