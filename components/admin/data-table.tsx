import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export type Column<T> = { key: string; label: string; sortable?: boolean; render: (row: T) => ReactNode };

/**
 * A table for lists the server pages through (orders, the audit log, the webhook inbox — too many rows to send
 * at once): built on the `components/ui` Table, it sorts and pages through links (`?sort=&dir=&page=`), so it
 * works without JavaScript and every view has a URL. Short lists use the client-side `ui/DataTable` instead.
 */
export async function ServerDataTable<T>(props: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  basePath: string;
  params: Record<string, string | undefined>;
  total?: number;
  page?: number;
  pageSize?: number;
  emptyMessage?: string;
}) {
  const t = await getTranslations("ui.dataTable");
  const tAdmin = await getTranslations("admin.table");
  const link = (extra: Record<string, string | undefined>) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...props.params, ...extra })) if (v) search.set(k, v);
    return `${props.basePath}?${search.toString()}`;
  };
  const pages = props.total !== undefined && props.pageSize ? Math.max(1, Math.ceil(props.total / props.pageSize)) : 1;
  const page = Math.min(props.page ?? 1, pages);
  return (
    <div className="space-y-3">
      <Table>
        <TableCaption className="sr-only">{props.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {props.columns.map((c) => {
              const isActive = props.params.sort === c.key;
              const direction = isActive ? (props.params.dir === "asc" ? "ascending" : "descending") : undefined;
              const Icon = direction === "ascending" ? ArrowUpIcon : direction === "descending" ? ArrowDownIcon : ArrowUpDownIcon;
              return (
                <TableHead key={c.key} aria-sort={c.sortable ? (direction ?? "none") : undefined}>
                  {c.sortable ? (
                    <Link href={link({ sort: c.key, dir: isActive && props.params.dir === "asc" ? "desc" : "asc", page: undefined })} className="inline-flex items-center gap-1 hover:underline">
                      {c.label}
                      <Icon aria-hidden className="size-3.5 opacity-60" />
                    </Link>
                  ) : (
                    c.label
                  )}
                </TableHead>
              );
            })}
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={props.columns.length} className="py-6 text-center text-stone-600">
                {props.emptyMessage ?? tAdmin("empty")}
              </TableCell>
            </TableRow>
          )}
          {props.rows.map((row) => (
            <TableRow key={props.rowKey(row)} className="align-top">
              {props.columns.map((c) => (
                <TableCell key={c.key}>{c.render(row)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pages > 1 && (
        <nav aria-label={t("pagination")} className="flex items-center justify-end gap-3 text-sm">
          {page > 1 ? (
            <Button asChild variant="secondary" size="sm">
              <Link href={link({ page: String(page - 1) })}>{t("previous")}</Link>
            </Button>
          ) : (
            <Button variant="secondary" size="sm" disabled>
              {t("previous")}
            </Button>
          )}
          <span>{t("pageOf", { page, count: pages })}</span>
          {page < pages ? (
            <Button asChild variant="secondary" size="sm">
              <Link href={link({ page: String(page + 1) })}>{t("next")}</Link>
            </Button>
          ) : (
            <Button variant="secondary" size="sm" disabled>
              {t("next")}
            </Button>
          )}
        </nav>
      )}
    </div>
  );
}
