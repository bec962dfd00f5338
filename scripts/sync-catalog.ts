// npm run catalog:sync — mirrors every Stripe product and price into the database.
import { syncCatalog } from "../lib/catalog/sync-catalog";
import { closeDatabase } from "../lib/db";

const counts = await syncCatalog();
console.log(`catalog: mirrored ${counts.products} products and ${counts.prices} prices`);
await closeDatabase();
