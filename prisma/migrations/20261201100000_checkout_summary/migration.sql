-- What the checkout page's order summary shows (currency, total and each line's charged amounts, by product),
-- taken from the Checkout Session when it is created and kept with the hold: rendering the page never calls
-- Stripe. Null for holds made before this column (the page then asks Stripe once, as it used to).
ALTER TABLE "hold" ADD COLUMN "checkout_summary" JSONB;
