"use client";

import { useActionState } from "react";
import { applyCatalogImportAction, previewCatalogImportAction, type ImportPreview } from "@/app/(admin)/admin/catalog/actions";
import { AdminForm } from "./admin-form";

const KIND_LABEL: Record<string, string> = { create: "Create", change: "Change amount", update: "Update", archive: "Archive", unarchive: "Unarchive", unchanged: "No change", error: "Error" };

/** Step 1: a dry run shows per row what would happen (and each bad row's error). Step 2: apply that file. */
export function CatalogImport() {
  const [preview, previewAction, pending] = useActionState<ImportPreview | undefined, FormData>(previewCatalogImportAction, undefined);
  return (
    <div className="space-y-6">
      <form action={previewAction} className="space-y-3" aria-label="Catalog CSV">
        <label className="block text-sm font-medium" htmlFor="catalog-file">CSV file</label>
        <input id="catalog-file" type="file" name="file" accept=".csv,text/csv" className="text-sm" />
        <label className="block text-sm font-medium" htmlFor="catalog-text">…or paste it</label>
        <textarea id="catalog-text" name="csv" rows={6} className="w-full rounded-md border border-stone-300 p-2 font-mono text-xs" placeholder="lookup_key,product,description,currency,amount,currency_options,interval,nickname,active" />
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50">
          {pending ? "Checking…" : "Dry run"}
        </button>
        {preview?.error && <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800">{preview.error}</p>}
      </form>
      {preview?.items && (
        <section aria-labelledby="plan-heading" className="space-y-3">
          <h2 id="plan-heading" className="text-lg font-semibold">Dry run: what applying would do</h2>
          <p className="text-sm">
            {Object.entries(preview.counts ?? {}).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${KIND_LABEL[k]?.toLowerCase()}`).join(" · ")}
          </p>
          <table className="w-full rounded-lg bg-white text-sm" aria-label="Import plan">
            <thead className="bg-stone-100 text-left text-xs uppercase"><tr><th scope="col" className="px-2 py-1">Line</th><th scope="col" className="px-2 py-1">Lookup key</th><th scope="col" className="px-2 py-1">Action</th><th scope="col" className="px-2 py-1">Details</th></tr></thead>
            <tbody>
              {preview.items.map((item) => (
                <tr key={`${item.line}-${item.lookupKey}`} className={`border-t ${item.kind === "error" ? "bg-red-50" : ""}`}>
                  <td className="px-2 py-1">{item.line}</td>
                  <td className="px-2 py-1 font-mono">{item.lookupKey}</td>
                  <td className="px-2 py-1">{KIND_LABEL[item.kind]}</td>
                  <td className="px-2 py-1">{item.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <AdminForm action={applyCatalogImportAction} submitLabel="Apply import" confirm="Apply these changes to Stripe? Rows with errors are skipped." name="Apply catalog import">
            <input type="hidden" name="csv" value={preview.csv ?? ""} />
          </AdminForm>
        </section>
      )}
    </div>
  );
}
