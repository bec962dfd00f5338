"use client";

import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";
import { Button } from "./button";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "./table";

export type DataTableColumn = {
  id: string;
  header: ReactNode;
  /** Rows carry a sort value for this column (`row.sortValues[id]`). */
  isSortable?: boolean;
  className?: string;
};

/** Cells are already rendered (ReactNode), so a server component can build the rows and pass them in. */
export type DataTableRow = {
  id: string;
  cells: Record<string, ReactNode>;
  sortValues?: Record<string, string | number | null>;
};

type Props = {
  columns: DataTableColumn[];
  rows: DataTableRow[];
  /** Accessible name of the table, shown as its caption. */
  caption: ReactNode;
  /** Shown in place of the rows when there are none. */
  emptyMessage: ReactNode;
  pageSize?: number;
  initialSort?: { columnId: string; direction: "ascending" | "descending" };
};

/** A small client-side sortable, paginated table for lists of up to a few hundred rows. */
export function DataTable({ columns, rows, caption, emptyMessage, pageSize = 20, initialSort }: Props) {
  const t = useTranslations("ui.dataTable");
  const locale = useLocale();
  const [sort, setSort] = useState(initialSort);
  const [page, setPage] = useState(0);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const collator = new Intl.Collator(locale, { numeric: true, sensitivity: "base" });
    const sign = sort.direction === "ascending" ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = a.sortValues?.[sort.columnId] ?? null;
      const y = b.sortValues?.[sort.columnId] ?? null;
      if (x === y) return 0;
      if (x === null) return 1; // empty values last either way
      if (y === null) return -1;
      return sign * (typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y)));
    });
  }, [rows, sort, locale]);
  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  const current = Math.min(page, pageCount - 1);
  const visible = sorted.slice(current * pageSize, (current + 1) * pageSize);

  const toggle = (columnId: string) => {
    setSort(sort?.columnId === columnId && sort.direction === "ascending" ? { columnId, direction: "descending" } : { columnId, direction: "ascending" });
    setPage(0);
  };

  return (
    <div className="space-y-3">
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => {
              const direction = sort?.columnId === column.id ? sort.direction : undefined;
              const Icon = direction === "ascending" ? ArrowUpIcon : direction === "descending" ? ArrowDownIcon : ArrowUpDownIcon;
              return (
                <TableHead key={column.id} aria-sort={column.isSortable ? (direction ?? "none") : undefined} className={column.className}>
                  {column.isSortable ? (
                    <button type="button" onClick={() => toggle(column.id)} className="inline-flex items-center gap-1 hover:underline">
                      {column.header}
                      <Icon aria-hidden className="size-3.5 opacity-60" />
                    </button>
                  ) : (
                    column.header
                  )}
                </TableHead>
              );
            })}
          </TableRow>
        </TableHeader>
        <TableBody>
          {visible.length === 0 ? (
            <TableRow>
              <TableCell colSpan={columns.length} className="py-6 text-center text-stone-600">
                {emptyMessage}
              </TableCell>
            </TableRow>
          ) : (
            visible.map((row) => (
              <TableRow key={row.id}>
                {columns.map((column) => (
                  <TableCell key={column.id} className={column.className}>
                    {row.cells[column.id]}
                  </TableCell>
                ))}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
      {pageCount > 1 && (
        <nav aria-label={t("pagination")} className="flex items-center justify-end gap-3 text-sm">
          <Button variant="secondary" size="sm" onClick={() => setPage(current - 1)} disabled={current === 0}>
            {t("previous")}
          </Button>
          <span aria-live="polite">{t("pageOf", { page: current + 1, count: pageCount })}</span>
          <Button variant="secondary" size="sm" onClick={() => setPage(current + 1)} disabled={current >= pageCount - 1}>
            {t("next")}
          </Button>
        </nav>
      )}
    </div>
  );
}
