import { NextResponse, type NextRequest } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { take } from "@/lib/auth/rate-limit";
import { isCompanyMember } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import {
  isBot,
  newVisitorId,
  recordView,
  validVisitorId,
  VIEW_LIMIT,
  viewAddressKey,
  VISITOR_COOKIE,
  VISITOR_COOKIE_MAX_AGE,
  VISITOR_COOKIE_PATH,
} from "@/lib/views/record";
import { VIEW_BEACON_MAX_BYTES, viewBeaconSchema } from "@/lib/views/schema";

// The view beacon of the public challenge page (docs/metrics.md). A beacon rather than counting in the render:
// anonymous pages are answered from the page cache (lib/page-cache), which renders a page once for everyone.
// Every answer is empty; a view that is not counted (bot, staff, over the limit) changes nothing a visitor sees.
const answer = (status: number) => new NextResponse(null, { status, headers: { "cache-control": "no-store" } });

export async function POST(req: NextRequest) {
  // Another site must not make its visitors count views here: application/json cannot be sent cross-site without
  // a CORS preflight (never granted), and Origin / Sec-Fetch-Site must name this site.
  if (!req.headers.get("content-type")?.toLowerCase().startsWith("application/json")) return answer(415);
  if (!isSameOrigin(req)) return answer(403);
  if (Number(req.headers.get("content-length") ?? 0) > VIEW_BEACON_MAX_BYTES) return answer(413);
  const text = await req.text().catch(() => "");
  if (text.length > VIEW_BEACON_MAX_BYTES) return answer(413);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return answer(400);
  }
  const parsed = viewBeaconSchema.safeParse(raw);
  if (!parsed.success) return answer(400);
  if (isBot(req.headers.get("user-agent"))) return answer(204);
  // Staff and coordinators read challenges for work; only companies and signed-out visitors are the audience.
  const user = await getCurrentUser();
  if (user && !isCompanyMember(user)) return answer(204);
  if ((await take(viewAddressKey(clientIp(req.headers)), VIEW_LIMIT)) > 0) return answer(429);
  const cookie = req.cookies.get(VISITOR_COOKIE)?.value;
  const visitorId = validVisitorId(cookie) ? cookie : newVisitorId();
  await recordView({ challengeId: parsed.data.challengeId, source: parsed.data.src, visitorId });
  const res = answer(204);
  if (visitorId !== cookie) {
    res.cookies.set(VISITOR_COOKIE, visitorId, {
      path: VISITOR_COOKIE_PATH,
      maxAge: VISITOR_COOKIE_MAX_AGE,
      httpOnly: true,
      sameSite: "strict",
      secure: req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https",
    });
  }
  return res;
}
