import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedThemeCalls } from "./desk-calls";
import { deskContext } from "./desk-context";
import { seedMeetings } from "./desk-meetings";
import { seedProposals } from "./desk-proposals";

// The city hall's side of 加賀市 at work (issue 17, docs/data-model.md): departments in charge with a clerk each, a theme
// call with answers and an older closed one that led to a published challenge and a match, proposals from the demo
// directory's companies in every state, meetings on the demo matches, and a public proposal log. Invented, like the
// other demo data; fixed "seed-" ids, and a row that exists is left as it is (whatever a user did to it since), so
// `npm run db:seed` run again changes nothing.

/** Demo data only: prisma/seed.ts calls it after the demo matches, never with KYOSO_DEMO_DATA=0. */
export async function seedDesk(db: PrismaClient) {
  const ctx = await deskContext(db);
  if (!ctx) return;
  // Opt in to the public proposal log, so /municipalities/172065/proposals has something to show.
  if (!(await db.deskSetting.findUnique({ where: { municipalityId: ctx.kagaId }, select: { municipalityId: true } })))
    await db.deskSetting.create({ data: { municipalityId: ctx.kagaId, publicLog: true } });
  await seedThemeCalls(db, ctx);
  await seedProposals(db, ctx);
  await seedMeetings(db, ctx);
}
