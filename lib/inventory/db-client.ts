import type { Prisma, PrismaClient } from "../generated/prisma/client";

/** The database client or an open transaction: inventory statements run in either. */
export type DbClient = PrismaClient | Prisma.TransactionClient;
