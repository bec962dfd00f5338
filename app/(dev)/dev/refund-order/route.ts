// POST /dev/refund-order — browser tests: make a needs_refund order (and its email) for the given address.
// Only outside production, or in a production build started with DEV_TOOLS=1 (the browser tests' server).
import { z } from "zod";
import { isDevToolsEnabled } from "@/lib/dev-tools";
import { createRefundOrder } from "@/lib/testing/create-refund-order";

const bodySchema = z.object({ email: z.email(), locale: z.enum(["en", "ja"]).optional() });

export async function POST(request: Request) {
  if (!isDevToolsEnabled()) return new Response("Not found", { status: 404 });
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: "email required" }, { status: 400 });
  const { token } = await createRefundOrder(body.data);
  return Response.json({ orderPath: `/orders/${token}` });
}
