"use client";

import {
  createPriceAction,
  createProductAction,
  deleteProductAction,
  syncCatalogAction,
  updatePriceAction,
  updateProductAction,
} from "@/app/(admin)/admin/catalog/actions";
import { AdminForm, Field } from "./admin-form";

const INTERVALS = [
  { value: "", label: "One-time" },
  { value: "month", label: "Monthly" },
  { value: "year", label: "Yearly" },
  { value: "week", label: "Weekly" },
  { value: "day", label: "Daily" },
];

export function CreateProductForm() {
  return (
    <AdminForm action={createProductAction} submitLabel="Create product" name="New product" className="grid gap-2 sm:grid-cols-3">
      <Field label="Name" name="name" required />
      <Field label="Description" name="description" />
      <Field label="Image URL" name="imageUrl" />
      <Field label="Currency" name="currency" placeholder="eur" required />
      <Field label="Amount" name="amount" placeholder="25.00" hint="In major units: 25.00 EUR, 4000 JPY; fractions of a cent allowed" required />
      <Field label="Billing" name="interval" as="select" options={INTERVALS} />
      <Field label="Other currencies" name="currencyOptions" placeholder="jpy:4000, usd:27" />
      <Field label="Lookup key" name="lookupKey" hint="Moved here from any price that has it" />
      <Field label="Nickname" name="nickname" />
    </AdminForm>
  );
}

export function EditProductForm({ product }: { product: { id: string; name: string; description: string | null; imageUrl: string | null; metadata: Record<string, string> } }) {
  return (
    <AdminForm action={updateProductAction} submitLabel="Save product" name="Product details" className="grid gap-2 sm:grid-cols-2">
      <input type="hidden" name="productId" value={product.id} />
      <Field label="Name" name="name" defaultValue={product.name} required />
      <Field label="Image URL" name="imageUrl" defaultValue={product.imageUrl ?? ""} />
      <Field label="Description" name="description" as="textarea" defaultValue={product.description ?? ""} />
      <Field label="Metadata" name="metadata" as="textarea" defaultValue={Object.entries(product.metadata).map(([k, v]) => `${k}=${v}`).join("\n")} hint="key=value, one per line; remove a line to delete the key" />
    </AdminForm>
  );
}

export function ProductStateForms({ productId, active }: { productId: string; active: boolean }) {
  return (
    <div className="flex flex-wrap gap-3">
      <AdminForm action={updateProductAction} submitLabel={active ? "Archive product" : "Unarchive product"} variant="plain" confirm={active ? "Archive this product? It stops being sold; existing orders are unaffected." : undefined} name="Archive product">
        <input type="hidden" name="productId" value={productId} />
        <input type="hidden" name="active" value={active ? "false" : "true"} />
      </AdminForm>
      <AdminForm action={deleteProductAction} submitLabel="Delete product" variant="danger" confirm="Delete this product for good? Stripe allows it only when the product has no prices." name="Delete product">
        <input type="hidden" name="productId" value={productId} />
      </AdminForm>
    </div>
  );
}

export function CreatePriceForm({ productId }: { productId: string }) {
  return (
    <AdminForm action={createPriceAction} submitLabel="Add price" name="New price" className="grid gap-2 sm:grid-cols-3">
      <input type="hidden" name="productId" value={productId} />
      <Field label="Currency" name="currency" placeholder="eur" required />
      <Field label="Amount" name="amount" placeholder="25.00" required />
      <Field label="Billing" name="interval" as="select" options={INTERVALS} />
      <Field label="Other currencies" name="currencyOptions" placeholder="jpy:4000" />
      <Field label="Lookup key" name="lookupKey" />
      <Field label="Nickname" name="nickname" />
      <Field label="Metadata" name="metadata" as="textarea" hint="key=value lines" />
      <label className="flex items-center gap-2 text-sm"><input type="checkbox" name="transferLookupKey" value="on" /> Take the lookup key from another price</label>
      <label className="flex items-center gap-2 text-sm"><input type="checkbox" name="makeDefault" value="on" /> Make it the default price</label>
    </AdminForm>
  );
}

export function EditPriceForm({ price }: { price: { id: string; nickname: string | null; lookupKey: string | null; active: boolean } }) {
  return (
    <div className="space-y-2">
      <AdminForm action={updatePriceAction} submitLabel="Save price" name={`Edit price ${price.id}`} className="grid gap-2 sm:grid-cols-4">
        <input type="hidden" name="priceId" value={price.id} />
        <Field label="Nickname" name="nickname" defaultValue={price.nickname ?? ""} />
        <Field label="Lookup key" name="lookupKey" defaultValue={price.lookupKey ?? ""} />
        <Field label="Add currencies" name="currencyOptions" placeholder="usd:27" />
        <Field label="Metadata" name="metadata" as="textarea" hint="key=value lines" />
        <label className="flex items-center gap-2 text-sm"><input type="checkbox" name="transferLookupKey" value="on" /> Transfer the lookup key if another price has it</label>
      </AdminForm>
      <div className="flex gap-3">
        <AdminForm action={updatePriceAction} submitLabel={price.active ? "Archive price" : "Unarchive price"} variant="plain" confirm={price.active ? "Archive this price? Nothing new can be bought with it (prices cannot be deleted)." : undefined} name={`Archive price ${price.id}`}>
          <input type="hidden" name="priceId" value={price.id} />
          <input type="hidden" name="active" value={price.active ? "false" : "true"} />
        </AdminForm>
      </div>
    </div>
  );
}

export function SetDefaultPriceForm({ productId, priceId }: { productId: string; priceId: string }) {
  return (
    <AdminForm action={updateProductAction} submitLabel="Make default" variant="plain" name={`Default price ${priceId}`}>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="defaultPrice" value={priceId} />
    </AdminForm>
  );
}

export function SyncCatalogForm() {
  return (
    <AdminForm action={syncCatalogAction} submitLabel="Sync from Stripe" variant="plain" name="Sync catalog">
      <span className="sr-only">Re-read every product and price from Stripe</span>
    </AdminForm>
  );
}
