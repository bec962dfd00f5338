// GET /admin/catalog/export.csv — the catalog (prices with lookup keys) in the import's CSV format.
import { adminRoute } from "@/lib/admin/admin-route";
import { exportCatalogCsv } from "@/lib/catalog/export-catalog-csv";

export const GET = adminRoute(async () => {
  return new Response(await exportCatalogCsv(), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="catalog.csv"', "cache-control": "no-store" },
  });
});
