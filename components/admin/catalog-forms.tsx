"use client";

import { useTranslations } from "next-intl";
import {
  createPriceAction,
  createProductAction,
  deleteProductAction,
  syncCatalogAction,
  updatePriceAction,
  updateProductAction,
} from "@/app/(admin)/admin/catalog/actions";
import { AdminForm, CheckboxField, Field } from "./admin-form";

const toLines = (metadata: Record<string, string>) =>
  Object.entries(metadata)
    .map(([k, v]) => `${k}=${v}`)
    .join("\n");

function useIntervals() {
  const t = useTranslations("admin.catalog.interval");
  return [
    { value: "one_time", label: t("oneTime") },
    { value: "month", label: t("month") },
    { value: "year", label: t("year") },
    { value: "week", label: t("week") },
    { value: "day", label: t("day") },
  ];
}

export function CreateProductForm() {
  const t = useTranslations("admin.catalog");
  const intervals = useIntervals();
  return (
    <AdminForm action={createProductAction} submitLabel={t("createProduct")} name={t("newProductForm")} className="grid gap-3 sm:grid-cols-3">
      <Field label={t("fields.name")} name="name" required />
      <Field label={t("fields.description")} name="description" />
      <Field label={t("fields.imageUrl")} name="imageUrl" placeholder="https://…" />
      <Field label={t("fields.currency")} name="currency" placeholder="eur" required />
      <Field label={t("fields.amount")} name="amount" placeholder="25.00" hint={t("hints.amount")} required inputMode="decimal" />
      <Field label={t("fields.billing")} name="interval" as="select" options={intervals} />
      <Field label={t("fields.currencyOptions")} name="currencyOptions" placeholder="jpy:4000, usd:27" hint={t("hints.currencyOptions")} />
      <Field label={t("fields.lookupKey")} name="lookupKey" hint={t("hints.lookupKeyMoved")} />
      <Field label={t("fields.nickname")} name="nickname" />
    </AdminForm>
  );
}

export function EditProductForm({ product }: { product: { id: string; name: string; description: string | null; imageUrl: string | null; metadata: Record<string, string> } }) {
  const t = useTranslations("admin.catalog");
  return (
    <AdminForm action={updateProductAction} submitLabel={t("saveProduct")} name={t("productDetailsForm")} className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="productId" value={product.id} />
      <Field label={t("fields.name")} name="name" defaultValue={product.name} required />
      <Field label={t("fields.imageUrl")} name="imageUrl" defaultValue={product.imageUrl ?? ""} placeholder="https://…" />
      <Field label={t("fields.description")} name="description" as="textarea" defaultValue={product.description ?? ""} />
      <Field label={t("fields.metadata")} name="metadata" as="textarea" defaultValue={toLines(product.metadata)} hint={t("hints.metadata")} />
    </AdminForm>
  );
}

export function ProductStateForms({ productId, active }: { productId: string; active: boolean }) {
  const t = useTranslations("admin.catalog");
  return (
    <div className="flex flex-wrap gap-3">
      <AdminForm
        action={updateProductAction}
        submitLabel={active ? t("archiveProduct") : t("unarchiveProduct")}
        variant="secondary"
        confirm={active ? { title: t("confirm.archiveProductTitle"), description: t("confirm.archiveProduct") } : undefined}
        name={t("archiveProductForm")}
      >
        <input type="hidden" name="productId" value={productId} />
        <input type="hidden" name="active" value={active ? "false" : "true"} />
      </AdminForm>
      <AdminForm
        action={deleteProductAction}
        submitLabel={t("deleteProduct")}
        variant="destructive"
        confirm={{ title: t("confirm.deleteProductTitle"), description: t("confirm.deleteProduct") }}
        name={t("deleteProductForm")}
      >
        <input type="hidden" name="productId" value={productId} />
      </AdminForm>
    </div>
  );
}

export function CreatePriceForm({ productId }: { productId: string }) {
  const t = useTranslations("admin.catalog");
  const intervals = useIntervals();
  return (
    <AdminForm action={createPriceAction} submitLabel={t("addPrice")} name={t("newPriceForm")} className="grid gap-3 sm:grid-cols-3" resetOnSuccess>
      <input type="hidden" name="productId" value={productId} />
      <Field label={t("fields.currency")} name="currency" placeholder="eur" required />
      <Field label={t("fields.amount")} name="amount" placeholder="25.00" hint={t("hints.amount")} required inputMode="decimal" />
      <Field label={t("fields.billing")} name="interval" as="select" options={intervals} />
      <Field label={t("fields.currencyOptions")} name="currencyOptions" placeholder="jpy:4000" hint={t("hints.currencyOptions")} />
      <Field label={t("fields.lookupKey")} name="lookupKey" />
      <Field label={t("fields.nickname")} name="nickname" />
      <Field label={t("fields.metadata")} name="metadata" as="textarea" hint={t("hints.metadataNew")} />
      <div className="space-y-2">
        <CheckboxField name="transferLookupKey" label={t("fields.transferLookupKey")} />
        <CheckboxField name="makeDefault" label={t("fields.makeDefault")} />
      </div>
    </AdminForm>
  );
}

export function EditPriceForm({ price }: { price: { id: string; nickname: string | null; lookupKey: string | null; active: boolean; metadata: Record<string, string> } }) {
  const t = useTranslations("admin.catalog");
  return (
    <div className="space-y-3">
      <AdminForm action={updatePriceAction} submitLabel={t("savePrice")} name={t("editPriceForm", { id: price.id })} className="grid gap-3 sm:grid-cols-4">
        <input type="hidden" name="priceId" value={price.id} />
        <Field label={t("fields.nickname")} name="nickname" defaultValue={price.nickname ?? ""} />
        <Field label={t("fields.lookupKey")} name="lookupKey" defaultValue={price.lookupKey ?? ""} />
        <Field label={t("fields.addCurrencies")} name="currencyOptions" placeholder="usd:27" hint={t("hints.currencyOptions")} />
        <Field label={t("fields.metadata")} name="metadata" as="textarea" defaultValue={toLines(price.metadata)} hint={t("hints.metadata")} />
        <CheckboxField name="transferLookupKey" label={t("fields.transferLookupKeyEdit")} />
      </AdminForm>
      <AdminForm
        action={updatePriceAction}
        submitLabel={price.active ? t("archivePrice") : t("unarchivePrice")}
        variant="secondary"
        confirm={price.active ? { title: t("confirm.archivePriceTitle"), description: t("confirm.archivePrice") } : undefined}
        name={t("archivePriceForm", { id: price.id })}
      >
        <input type="hidden" name="priceId" value={price.id} />
        <input type="hidden" name="active" value={price.active ? "false" : "true"} />
      </AdminForm>
    </div>
  );
}

export function SetDefaultPriceForm({ productId, priceId }: { productId: string; priceId: string }) {
  const t = useTranslations("admin.catalog");
  return (
    <AdminForm action={updateProductAction} submitLabel={t("makeDefault")} variant="secondary" name={t("defaultPriceForm", { id: priceId })}>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="defaultPrice" value={priceId} />
    </AdminForm>
  );
}

export function SyncCatalogForm() {
  const t = useTranslations("admin.catalog");
  return (
    <AdminForm action={syncCatalogAction} submitLabel={t("sync")} variant="secondary" name={t("syncForm")}>
      <span className="sr-only">{t("syncHint")}</span>
    </AdminForm>
  );
}
