-- Admin console: publish flag, refunds, check-in, audit log.
ALTER TYPE "order_status" ADD VALUE 'refunded';

ALTER TABLE "event" ADD COLUMN "published" BOOLEAN NOT NULL DEFAULT true;

ALTER TABLE "order" ADD COLUMN "amount_refunded" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "ticket" ADD COLUMN "checked_in_at" TIMESTAMPTZ(3),
ADD COLUMN "checked_in_by" TEXT,
ADD COLUMN "refunded_at" TIMESTAMPTZ(3),
ADD COLUMN "refund_id" TEXT;

CREATE TABLE "order_refund" (
    "id" TEXT NOT NULL,
    "order_id" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "ticket_ids" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "order_refund_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "order_refund_order_id_idx" ON "order_refund"("order_id");
ALTER TABLE "order_refund" ADD CONSTRAINT "order_refund_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_email" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at");

-- A refunded ticket gives its seat back to sale; the seat may then be ticketed again.
ALTER TABLE "ticket" ALTER COLUMN "seat_id" DROP NOT NULL;
