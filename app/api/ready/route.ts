import { checkReadiness } from "@/lib/ops/readiness";

export const dynamic = "force-dynamic";

// Readiness for the load balancer: 200 when the database and the job queue answer (search may be
// "degraded": it falls back to PostgreSQL), 503 otherwise. Liveness is /api/health.
export async function GET() {
  try {
    const r = await checkReadiness();
    return Response.json(r, { status: r.status === "fail" ? 503 : 200, headers: { "cache-control": "no-store" } });
  } catch {
    return Response.json({ status: "fail" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
