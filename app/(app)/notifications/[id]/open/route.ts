import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { errorCodeOf } from "@/lib/errors";
import { markNotificationRead } from "@/lib/notifications/mutations";
import { notificationIdSchema } from "@/lib/notifications/schema";

// 「開く」: marks the user's own notification read, then goes to its source. Only reached by a
// click in the signed-in notification centre (plain <a>, never prefetched).
export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(new URL("/signin", req.url), 303);
  const parsed = notificationIdSchema.safeParse(await ctx.params);
  if (!parsed.success) return NextResponse.redirect(new URL("/notifications", req.url), 303);
  try {
    const { url } = await markNotificationRead(user, parsed.data.id);
    // Stored urls are our own paths; anything else (or "//host") goes nowhere but the list.
    const safe = url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") ? url : "/notifications";
    return NextResponse.redirect(new URL(safe, req.url), 303);
  } catch (e) {
    if (errorCodeOf(e) === "NOT_FOUND") return NextResponse.redirect(new URL("/notifications", req.url), 303);
    throw e;
  }
}
