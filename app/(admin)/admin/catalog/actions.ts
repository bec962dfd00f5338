"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/admin/admin-action";
import { requireAdmin } from "@/lib/auth/require-admin";
import { describeAdminError } from "@/i18n/to-admin-action-state";
import { AppError, isAppError } from "@/lib/errors";
import { planCatalogImport, type PlanItem } from "@/lib/catalog/plan-catalog-import";
import { applyCatalogImport } from "@/lib/catalog/apply-catalog-import";
import { createCatalogPrice, createCatalogPriceSchema } from "@/lib/catalog/create-catalog-price";
import { createCatalogProduct, createCatalogProductSchema } from "@/lib/catalog/create-catalog-product";
import { deleteCatalogProduct } from "@/lib/catalog/delete-catalog-product";
import { syncCatalog } from "@/lib/catalog/sync-catalog";
import { updateCatalogPrice, updateCatalogPriceSchema } from "@/lib/catalog/update-catalog-price";
import { updateCatalogProduct, updateCatalogProductSchema } from "@/lib/catalog/update-catalog-product";

export const createProductAction = adminAction(createCatalogProductSchema, async (input, actor) => {
  const { productId } = await createCatalogProduct({ input, actor });
  redirect(`/admin/catalog/${productId}`);
});

export const updateProductAction = adminAction(updateCatalogProductSchema, async (input, actor) => {
  await updateCatalogProduct({ input, actor });
  revalidatePath("/", "layout");
  const t = await getTranslations("admin.done");
  return input.active === "false" ? t("productArchived") : input.active === "true" ? t("productUnarchived") : t("productSaved");
});

export const deleteProductAction = adminAction(z.object({ productId: z.string().min(1) }), async ({ productId }, actor) => {
  await deleteCatalogProduct({ productId, actor });
  redirect("/admin/catalog");
});

export const createPriceAction = adminAction(createCatalogPriceSchema, async (input, actor) => {
  await createCatalogPrice({ input, actor });
  revalidatePath("/", "layout");
  return (await getTranslations("admin.done"))("priceCreated");
});

export const updatePriceAction = adminAction(updateCatalogPriceSchema, async (input, actor) => {
  await updateCatalogPrice({ input, actor });
  revalidatePath("/", "layout");
  const t = await getTranslations("admin.done");
  return input.active === "false" ? t("priceArchived") : input.active === "true" ? t("priceUnarchived") : t("priceSaved");
});

export const syncCatalogAction = adminAction(z.object({}).passthrough(), async () => {
  const counts = await syncCatalog();
  revalidatePath("/", "layout");
  return (await getTranslations("admin.done"))("synced", counts);
});

export const applyCatalogImportAction = adminAction(z.object({ csv: z.string().min(1).max(1_000_000) }), async ({ csv }, actor) => {
  const plan = await applyCatalogImport({ csv, actor });
  revalidatePath("/", "layout");
  return (await getTranslations("admin.done"))("importApplied", plan.counts);
});

export type ImportPreviewItem = Pick<PlanItem, "line" | "lookupKey" | "kind" | "change" | "problem">;
export type ImportPreview = { error?: string; csv?: string; items?: ImportPreviewItem[]; counts?: Record<string, number> };

/** The dry run: what applying this CSV would do, row by row. Changes nothing (but is still admins only). */
export async function previewCatalogImportAction(_previous: ImportPreview | undefined, form: FormData): Promise<ImportPreview> {
  try {
    await requireAdmin();
    const csv = await readCsv(form);
    const plan = await planCatalogImport({ csv });
    return { csv, counts: plan.counts, items: plan.items.map(({ line, lookupKey, kind, change, problem }) => ({ line, lookupKey, kind, change, problem })) };
  } catch (error) {
    if (isAppError(error)) return { error: await describeAdminError(error) };
    console.error("catalog preview failed", error);
    return { error: (await getTranslations("errors"))("internal") };
  }
}

async function readCsv(form: FormData): Promise<string> {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > 1_000_000) throw new AppError("invalid_input", "The file is larger than 1 MB.", { kind: "csv_too_large" });
    return file.text();
  }
  const text = form.get("csv");
  if (typeof text !== "string" || !text.trim()) throw new AppError("invalid_input", "Choose a CSV file or paste its text.", { kind: "csv_missing" });
  return text;
}
