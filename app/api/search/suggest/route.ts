import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { suggest } from "@/lib/search/service";
import { normalizeQuery } from "@/app/(public)/search/_components/search-params";

export const dynamic = "force-dynamic";

// Results depend on who asks (private consultations, the company directory), so the answer may
// only be cached by this browser, and only briefly.
const headers = { "Cache-Control": "private, max-age=30" };

// Overlong or odd input is trimmed, not rejected: the header box must never show an error.
const query = z.object({
  q: z.string().catch("").transform(normalizeQuery),
});

/** GET /api/search/suggest?q=空き → { items: [{ kind, id, title, href }] } */
export async function GET(req: NextRequest) {
  const { q } = query.parse({ q: req.nextUrl.searchParams.get("q") ?? "" });
  if (!q) return NextResponse.json({ items: [] }, { headers });
  try {
    const user = await getCurrentUser();
    const items = await suggest(user, q);
    return NextResponse.json({ items: items.slice(0, 8) }, { headers });
  } catch (e) {
    // Suggestions are a convenience: if the index is down, the box stays silent and the full search still works.
    console.error("[search.suggest]", e);
    return NextResponse.json({ items: [] }, { headers: { "Cache-Control": "no-store" } });
  }
}
