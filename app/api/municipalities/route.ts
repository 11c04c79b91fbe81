import { NextResponse, type NextRequest } from "next/server";
import { z } from "@/lib/fields";
import { prefectureCodes } from "@/lib/municipalities/prefectures";
import { listMunicipalitiesOfPrefecture } from "@/lib/accounts/queries";

export const dynamic = "force-dynamic";

const query = z.object({ pref: z.enum(prefectureCodes as [string, ...string[]]) });

/** Public list for the sign-up form: GET /api/municipalities?pref=17 → [{ id, name, lgCode }]. */
export async function GET(req: NextRequest) {
  const parsed = query.safeParse({ pref: req.nextUrl.searchParams.get("pref") ?? undefined });
  if (!parsed.success) return NextResponse.json({ error: "pref must be a prefecture code 01–47" }, { status: 400 });
  const rows = await listMunicipalitiesOfPrefecture(parsed.data.pref);
  return NextResponse.json(rows, { headers: { "Cache-Control": "public, max-age=3600" } });
}
