import type { ReactNode } from "react";

/** A readable column for text pages (contact, terms, refund policy). */
export function ProsePage({ title, updated, children }: { title: string; updated?: string; children: ReactNode }) {
  return (
    <article className="max-w-prose space-y-4 text-stone-800 [&_a]:underline [&_h2]:mt-8 [&_h2]:text-lg [&_h2]:font-semibold [&_li]:ml-5 [&_ul]:list-disc [&_ul]:space-y-1">
      <h1 className="text-3xl font-bold">{title}</h1>
      {updated && <p className="text-sm text-stone-600">{updated}</p>}
      {children}
    </article>
  );
}
