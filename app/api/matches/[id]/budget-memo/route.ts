import { getCurrentUser } from "@/lib/auth/session";
import { idSchema } from "@/lib/fields";
import { buildBudgetMemo, memoFileName } from "@/lib/documents/budget-memo";
import { getMemoData } from "@/lib/documents/queries";
import { docxResponse, notFoundResponse } from "@/lib/documents/response";

export const dynamic = "force-dynamic";

// Thin: the municipality side and coordinators get the memo; the company, and anyone else, the same 404.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return notFoundResponse();
  const data = await getMemoData(await getCurrentUser(), id.data);
  if (!data) return notFoundResponse();
  return docxResponse(await buildBudgetMemo(data), memoFileName(data));
}
