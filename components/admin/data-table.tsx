import Link from "next/link";
import type { ReactNode } from "react";

export type Column<T> = { key: string; label: string; sortable?: boolean; render: (row: T) => ReactNode };

/**
 * A server-rendered table that sorts and pages through links (`?sort=&dir=&page=`), so it works without
 * JavaScript and every view has a URL.
 */
export function DataTable<T>(props: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  basePath: string;
  params: Record<string, string | undefined>;
  total?: number;
  page?: number;
  pageSize?: number;
}) {
  const link = (extra: Record<string, string | undefined>) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...props.params, ...extra })) if (v) search.set(k, v);
    return `${props.basePath}?${search.toString()}`;
  };
  const pages = props.total !== undefined && props.pageSize ? Math.max(1, Math.ceil(props.total / props.pageSize)) : 1;
  const page = props.page ?? 1;
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{props.caption}</caption>
          <thead className="bg-stone-100 text-xs uppercase text-stone-600">
            <tr>
              {props.columns.map((c) => {
                const active = props.params.sort === c.key;
                const dir = active && props.params.dir === "asc" ? "desc" : "asc";
                return (
                  <th key={c.key} scope="col" className="px-3 py-2" aria-sort={active ? (props.params.dir === "asc" ? "ascending" : "descending") : undefined}>
                    {c.sortable ? (
                      <Link href={link({ sort: c.key, dir, page: undefined })} className="hover:underline">
                        {c.label}
                        {active ? (props.params.dir === "asc" ? " ▲" : " ▼") : ""}
                      </Link>
                    ) : (
                      c.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {props.rows.length === 0 && (
              <tr>
                <td colSpan={props.columns.length} className="px-3 py-6 text-center text-stone-500">
                  Nothing here yet.
                </td>
              </tr>
            )}
            {props.rows.map((row) => (
              <tr key={props.rowKey(row)} className="border-t border-stone-100 align-top">
                {props.columns.map((c) => (
                  <td key={c.key} className="px-3 py-2">
                    {c.render(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
          {page > 1 && <Link href={link({ page: String(page - 1) })}>← Previous</Link>}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages && <Link href={link({ page: String(page + 1) })}>Next →</Link>}
        </nav>
      )}
    </div>
  );
}
