import { getCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { contentDisposition } from "@/lib/funnel/csv";
import { buildFunnelCsv } from "@/lib/funnel/export";
import { parseCsvParams } from "@/lib/funnel/schema";

export const dynamic = "force-dynamic";

// Thin: parse the GET params (bad ones fall back to defaults) → lib builds the CSV for what this user
// may see (scope in the query) → respond. Anyone who may not see a funnel gets the same 404.
export async function GET(req: Request) {
  const params = parseCsvParams(Object.fromEntries(new URL(req.url).searchParams));
  const user = await getCurrentUser();
  const csv = await buildFunnelCsv(user, params);
  if (!csv)
    return new Response("Not Found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  await recordAudit({
    action: "FUNNEL_CSV_EXPORTED",
    actorId: user?.id,
    targetType: "FunnelCsv",
    meta: { filename: csv.asciiFilename },
  });
  return new Response(csv.body, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(csv.filename, csv.asciiFilename),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
