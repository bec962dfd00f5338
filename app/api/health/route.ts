// GET /api/health — liveness and database reachability, for load balancers and the test harness.
import { checkHealth } from "@/lib/check-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503 });
}
