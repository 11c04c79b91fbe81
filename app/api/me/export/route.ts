import { getCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { exportMyData } from "@/lib/privacy/queries";

export const dynamic = "force-dynamic";

// The signed-in user's own data, nothing else: there is no id in the URL to change, and a
// signed-out request (or a copied link opened elsewhere) gets 401. Never cached anywhere.
export async function GET() {
  const user = await getCurrentUser();
  if (!user)
    return new Response("Unauthorized", {
      status: 401,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  const data = await exportMyData(user);
  await recordAudit({ action: "PERSONAL_DATA_EXPORTED", actorId: user.id, targetType: "User", targetId: user.id });
  const day = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });
  return new Response(JSON.stringify(data, null, 2), {
    status: 200,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="kyoso-hub-my-data-${day}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
