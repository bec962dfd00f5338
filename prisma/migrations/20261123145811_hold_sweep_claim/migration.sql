-- AlterTable
ALTER TABLE "hold" ADD COLUMN     "sweep_after" TIMESTAMPTZ(3);
