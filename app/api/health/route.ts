export const dynamic = "force-dynamic";

// Liveness: the process answers. No database, no I/O — a database outage must not make the
// orchestrator restart healthy app processes (that is /api/ready's job: take them out of rotation).
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
