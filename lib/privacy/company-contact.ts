import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// The company directory shows a contact person (CompanyProfile.contactName/Email/Phone) to every
// municipality. Members type it in, usually about themselves, and nothing records who typed it; so at
// deletion (issue 15 F7) it is judged by who is left and by what it says:
// - no other ACTIVE member remains: the contact is erased, whoever it names. Nobody is left to keep it
//   true, and it is most likely the leaving person (a sole member enters themselves).
// - other members remain: it is the company's, and stays, unless it names the leaving person (their
//   name or their e-mail): then name, e-mail and phone all go, since the phone beside their name is
//   theirs too (often a direct or mobile line) and a number without a person is no contact. The
//   remaining members see the empty contact in their edit form and enter a new one.
// The company's own public data (name, description, capabilities, logo …) stays: it is not about a person.

export type LeavingPerson = { id: string; name: string; email: string };

const noSpaces = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
/** 「山田 太郎」, 「山田　太郎」 and 「山田太郎」 are one name; e-mail addresses compare without case. */
const names = (contact: { contactName: string | null; contactEmail: string | null }, p: LeavingPerson) =>
  (!!contact.contactName && noSpaces(contact.contactName) === noSpaces(p.name)) ||
  (!!contact.contactEmail && contact.contactEmail.trim().toLowerCase() === p.email.trim().toLowerCase());

/**
 * Call inside the deletion transaction, before the person's memberships and name are erased.
 * Returns the ids of the companies whose contact was erased (for the audit row).
 */
export async function eraseCompanyContacts(tx: Prisma.TransactionClient, person: LeavingPerson): Promise<string[]> {
  const memberships = await tx.membership.findMany({
    where: { userId: person.id, organization: { kind: "COMPANY" } },
    select: { organizationId: true },
  });
  const erased: string[] = [];
  for (const { organizationId } of memberships) {
    // Two last members leaving at once would each count the other as still here and both keep the
    // contact: the company row lock makes the second wait and then see the first one gone.
    await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
    const contact = await tx.companyProfile.findUnique({
      where: { organizationId },
      select: { contactName: true, contactEmail: true, contactPhone: true },
    });
    if (!contact || (!contact.contactName && !contact.contactEmail && !contact.contactPhone)) continue;
    const others = await tx.user.count({
      where: { id: { not: person.id }, status: "ACTIVE", deletedAt: null, memberships: { some: { organizationId } } },
    });
    if (others > 0 && !names(contact, person)) continue;
    await tx.companyProfile.update({
      where: { organizationId },
      data: { contactName: null, contactEmail: null, contactPhone: null },
    });
    erased.push(organizationId);
  }
  return erased;
}
