import { getCurrentUser } from "@/lib/auth/session";
import { openCompanyLogo } from "@/lib/companies/logo";

export const dynamic = "force-dynamic";

// Thin: who is asking → lib decides (audience in the query, type from the bytes) → image.
// No logo, no such company, or not allowed to see it: the same 404.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const logo = await openCompanyLogo(await getCurrentUser(), id);
  if (!logo)
    return new Response("Not Found", {
      status: 404,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  return new Response(logo.body as Uint8Array<ArrayBuffer>, { status: 200, headers: logo.headers });
}
