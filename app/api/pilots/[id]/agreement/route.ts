import { getCurrentUser } from "@/lib/auth/session";
import { idSchema } from "@/lib/fields";
import { agreementFileName, buildAgreement } from "@/lib/documents/agreement";
import { getPilotDocument } from "@/lib/documents/queries";
import { docxResponse, notFoundResponse } from "@/lib/documents/response";

export const dynamic = "force-dynamic";

// Thin: who is asking → the pilot if this user may see it (both sides, coordinators) → the .docx. Anything else 404.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return notFoundResponse();
  const pilot = await getPilotDocument(await getCurrentUser(), id.data);
  if (!pilot) return notFoundResponse();
  return docxResponse(await buildAgreement(pilot), agreementFileName(pilot));
}
