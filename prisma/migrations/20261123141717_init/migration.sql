-- CreateEnum
CREATE TYPE "seat_status" AS ENUM ('available', 'held', 'sold');

-- CreateEnum
CREATE TYPE "hold_status" AS ENUM ('active', 'released', 'converted');

-- CreateTable
CREATE TABLE "event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "description" TEXT NOT NULL,
    "image_url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket_type" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "event_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "price_id" TEXT,

    CONSTRAINT "ticket_type_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seat" (
    "id" BIGSERIAL NOT NULL,
    "ticket_type_id" UUID NOT NULL,
    "status" "seat_status" NOT NULL DEFAULT 'available',
    "hold_id" UUID,

    CONSTRAINT "seat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hold" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "holder_id" TEXT NOT NULL,
    "status" "hold_status" NOT NULL DEFAULT 'active',
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "released_at" TIMESTAMPTZ(3),
    "converted_at" TIMESTAMPTZ(3),
    "release_reason" TEXT,
    "checkout_session_id" TEXT,

    CONSTRAINT "hold_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hold_line" (
    "hold_id" UUID NOT NULL,
    "ticket_type_id" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "hold_line_pkey" PRIMARY KEY ("hold_id","ticket_type_id")
);

-- CreateTable
CREATE TABLE "holder" (
    "id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "holder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog_product" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "image_url" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "catalog_product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog_price" (
    "id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "currency" TEXT NOT NULL,
    "unit_amount" INTEGER,
    "currency_options" JSONB NOT NULL DEFAULT '{}',
    "lookup_key" TEXT,
    "nickname" TEXT,
    "type" TEXT NOT NULL,
    "recurring_interval" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "catalog_price_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "event_slug_key" ON "event"("slug");

-- CreateIndex
CREATE INDEX "event_starts_at_idx" ON "event"("starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "ticket_type_event_id_name_key" ON "ticket_type"("event_id", "name");

-- CreateIndex
CREATE INDEX "seat_ticket_type_id_status_idx" ON "seat"("ticket_type_id", "status");

-- CreateIndex
CREATE INDEX "seat_hold_id_idx" ON "seat"("hold_id");

-- CreateIndex
CREATE UNIQUE INDEX "hold_checkout_session_id_key" ON "hold"("checkout_session_id");

-- CreateIndex
CREATE INDEX "hold_holder_id_status_idx" ON "hold"("holder_id", "status");

-- CreateIndex
CREATE INDEX "hold_status_expires_at_idx" ON "hold"("status", "expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "catalog_price_lookup_key_key" ON "catalog_price"("lookup_key");

-- AddForeignKey
ALTER TABLE "ticket_type" ADD CONSTRAINT "ticket_type_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_type" ADD CONSTRAINT "ticket_type_price_id_fkey" FOREIGN KEY ("price_id") REFERENCES "catalog_price"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seat" ADD CONSTRAINT "seat_ticket_type_id_fkey" FOREIGN KEY ("ticket_type_id") REFERENCES "ticket_type"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seat" ADD CONSTRAINT "seat_hold_id_fkey" FOREIGN KEY ("hold_id") REFERENCES "hold"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hold_line" ADD CONSTRAINT "hold_line_hold_id_fkey" FOREIGN KEY ("hold_id") REFERENCES "hold"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hold_line" ADD CONSTRAINT "hold_line_ticket_type_id_fkey" FOREIGN KEY ("ticket_type_id") REFERENCES "ticket_type"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog_price" ADD CONSTRAINT "catalog_price_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "catalog_product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
