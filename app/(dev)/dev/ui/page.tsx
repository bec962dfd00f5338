import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableRow } from "@/components/ui/data-table";
import { getEnv } from "@/lib/env";
import { UiGallery } from "./_components/ui-gallery";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devUi"))("metaTitle"), robots: { index: false } };
}

// The components/ui primitives in one place, for developers and their browser test. Offline (emulator) only.
export default async function UiPage() {
  await connection();
  if (getEnv().STRIPE_SECRET_KEY) notFound();
  const t = await getTranslations("devUi");
  // Built on the server: a DataTable takes rendered cells plus sort values, so server pages can use it.
  const rows: DataTableRow[] = Array.from({ length: 23 }, (_, i) => {
    const seats = (i * 37) % 50;
    return {
      id: String(i + 1),
      cells: {
        name: t("rowName", { number: i + 1 }),
        seats,
        status: seats === 0 ? <Badge>{t("soldOut")}</Badge> : <Badge variant="success">{t("onSale")}</Badge>,
      },
      sortValues: { name: i + 1, seats },
    };
  });
  return (
    <main className="mx-auto max-w-3xl space-y-10 p-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <UiGallery />
      <section aria-labelledby="table-heading" className="space-y-3">
        <h2 id="table-heading" className="text-lg font-semibold">
          {t("tableHeading")}
        </h2>
        <DataTable
          caption={t("tableCaption")}
          emptyMessage={t("tableEmpty")}
          pageSize={10}
          columns={[
            { id: "name", header: t("columnName"), isSortable: true },
            { id: "seats", header: t("columnSeats"), isSortable: true, className: "text-right" },
            { id: "status", header: t("columnStatus") },
          ]}
          rows={rows}
        />
      </section>
    </main>
  );
}
