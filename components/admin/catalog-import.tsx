"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { applyCatalogImportAction, previewCatalogImportAction, type ImportPreview, type ImportPreviewItem } from "@/app/(admin)/admin/catalog/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toMajorUnitsText } from "@/lib/money";
import { AdminForm } from "./admin-form";

const KINDS = ["create", "change", "update", "archive", "unarchive", "unchanged", "error"] as const;
const money = (a: { amount: string; currency: string }) => `${toMajorUnitsText(a.amount, a.currency)} ${a.currency.toUpperCase()}`;

/**
 * Step 1: a dry run shows per row what would happen (and each bad row's error), changing nothing. Step 2:
 * apply that same file. The pasted text stays in the box (controlled), so the admin can fix a row and re-run.
 */
export function CatalogImport() {
  const t = useTranslations("admin.import");
  const [preview, previewAction, isPending] = useActionState<ImportPreview | undefined, FormData>(previewCatalogImportAction, undefined);
  const [text, setText] = useState("");
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => previewAction(data));
  };
  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-3" aria-label={t("formLabel")}>
        <FormField label={t("file")}>
          <Input type="file" name="file" accept=".csv,text/csv" className="h-auto py-2 text-sm" />
        </FormField>
        <FormField label={t("paste")}>
          <textarea
            name="csv"
            rows={6}
            value={text}
            onChange={(event) => setText(event.target.value)}
            className="w-full rounded-md border border-stone-300 bg-white p-2 font-mono text-xs"
            placeholder="lookup_key,product,description,currency,amount,currency_options,interval,nickname,active"
          />
        </FormField>
        <Button type="submit" disabled={isPending}>
          {isPending ? t("checking") : t("dryRun")}
        </Button>
        {preview?.error && (
          <Alert role="alert" variant="danger">
            {preview.error}
          </Alert>
        )}
      </form>
      {preview?.items && !preview.error && (
        <section aria-labelledby="plan-heading" className="space-y-3">
          <h2 id="plan-heading" className="text-lg font-semibold">
            {t("planHeading")}
          </h2>
          <p className="text-sm">
            {KINDS.filter((k) => (preview.counts?.[k] ?? 0) > 0)
              .map((k) => t(`count.${k}`, { count: preview.counts?.[k] ?? 0 }))
              .join(" · ")}
          </p>
          <Table>
            <TableCaption className="sr-only">{t("planTable")}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>{t("columns.line")}</TableHead>
                <TableHead>{t("columns.lookupKey")}</TableHead>
                <TableHead>{t("columns.action")}</TableHead>
                <TableHead>{t("columns.details")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.items.map((item) => (
                <TableRow key={`${item.line}-${item.lookupKey}`} className={item.kind === "error" ? "bg-red-50" : undefined}>
                  <TableCell>{item.line}</TableCell>
                  <TableCell className="font-mono">{item.lookupKey}</TableCell>
                  <TableCell>
                    <Badge variant={item.kind === "error" ? "danger" : item.kind === "unchanged" ? "neutral" : item.kind === "archive" ? "warning" : "info"}>{t(`kind.${item.kind}`)}</Badge>
                  </TableCell>
                  <TableCell>
                    <ItemDetails item={item} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <AdminForm
            action={applyCatalogImportAction}
            submitLabel={t("apply")}
            confirm={{ title: t("confirmTitle"), description: t("confirm") }}
            name={t("applyForm")}
          >
            <input type="hidden" name="csv" value={preview.csv ?? ""} />
          </AdminForm>
        </section>
      )}
    </div>
  );
}

function ItemDetails({ item }: { item: ImportPreviewItem }) {
  const t = useTranslations("admin.import");
  if (item.problem) {
    const p = item.problem;
    switch (p.code) {
      case "syntax":
        return t("problem.syntax");
      case "missing_columns":
        return t("problem.missingColumns", { columns: p.value });
      case "column":
        return t("problem.column", { column: p.column });
      case "duplicate_key":
        return t("problem.duplicateKey", { key: p.value });
      case "amount":
        return t("problem.amount", { value: p.value, currency: p.currency });
      case "currency_option":
        return t("problem.currencyOption", { value: p.value });
    }
  }
  if (item.kind === "create" && item.change) return t("details.create", { amount: money(item.change.to) });
  if (item.kind === "change" && item.change?.from) return t("details.change", { from: money(item.change.from), to: money(item.change.to) });
  if (item.kind === "update") return t("details.update");
  if (item.kind === "archive") return t("details.archive");
  if (item.kind === "unarchive") return t("details.unarchive");
  return null;
}
