import { NextResponse, type NextRequest } from "next/server";
import { unsubscribeByToken } from "@/lib/notifications/mutations";

// POST only: the confirm form on /unsubscribe, and RFC 8058 one-click from mail clients
// (List-Unsubscribe-Post). The token comes from the query string or the form body.
export async function POST(req: NextRequest) {
  let token: unknown = req.nextUrl.searchParams.get("token");
  if (!token) {
    const form = await req.formData().catch(() => null);
    token = form?.get("token");
  }
  const ok = await unsubscribeByToken(typeof token === "string" ? token : undefined);
  const back = new URL("/unsubscribe", req.url);
  if (ok) {
    back.searchParams.set("token", token as string);
    back.searchParams.set("done", "1");
  }
  return NextResponse.redirect(back, 303);
}

// A GET of the one-click URL (someone pasted it in a browser) shows the confirm page, changing nothing.
export function GET(req: NextRequest) {
  const back = new URL("/unsubscribe", req.url);
  const token = req.nextUrl.searchParams.get("token");
  if (token) back.searchParams.set("token", token.slice(0, 64));
  return NextResponse.redirect(back, 303);
}
