-- The catalog mirror also keeps each price's metadata and its fractional amount (`unit_amount_decimal`),
-- as Stripe has them, so the console shows what Stripe holds.
ALTER TABLE "catalog_price" ADD COLUMN "metadata" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN "unit_amount_decimal" TEXT;
