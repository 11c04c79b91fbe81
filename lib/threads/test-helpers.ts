// Shared by this folder's tests: one thread between 加賀市 staff and a company, plus every kind of
// viewer the visibility matrix checks.
import type { SessionUser } from "@/lib/auth/session";
import { createUser } from "@/tests/fixtures/factories";
import { threadBetween } from "@/tests/fixtures/threads";

export type Viewer =
  | "staff"
  | "colleague"
  | "company"
  | "otherCompany"
  | "otherStaff"
  | "pendingStaff"
  | "coordinator"
  | "admin"
  | "anonymous";
export const ALLOWED: Viewer[] = ["staff", "colleague", "company", "coordinator", "admin"];
export const DENIED: Viewer[] = ["otherCompany", "otherStaff", "pendingStaff", "anonymous"];

export async function matrix() {
  const users: Record<Viewer, SessionUser | null> = {
    staff: await createUser({ role: "MUNICIPAL_STAFF", department: "企画課" }),
    // Same municipality, other department: the whole municipality may read (visibility.ts).
    colleague: await createUser({ role: "MUNICIPAL_STAFF", department: "福祉課" }),
    company: await createUser({ role: "COMPANY_MEMBER" }),
    otherCompany: await createUser({ role: "COMPANY_MEMBER" }),
    otherStaff: await createUser({ role: "MUNICIPAL_STAFF", lgCode: "082368" }),
    pendingStaff: await createUser({ role: "MUNICIPAL_STAFF", status: "PENDING" }),
    coordinator: await createUser({ role: "COORDINATOR" }),
    admin: await createUser({ role: "ADMIN" }),
    anonymous: null,
  };
  const thread = await threadBetween(users.staff!, users.company!);
  return { users, thread };
}
