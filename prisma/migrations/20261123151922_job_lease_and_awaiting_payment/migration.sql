-- AlterTable
ALTER TABLE "hold" ADD COLUMN     "awaiting_payment_since" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "job_lease" (
    "name" TEXT NOT NULL,
    "leased_till" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "job_lease_pkey" PRIMARY KEY ("name")
);
