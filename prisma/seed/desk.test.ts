import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ProposalStatus } from "@/lib/generated/prisma/enums";
import { progressOf } from "@/lib/calls/progress";
import { addBusinessDays, DESK_DEFAULTS } from "@/lib/desk/due";
import { everything, openDemoDatabase, type DemoDatabase } from "./demo-db";
import { seedDesk } from "./desk";

// The desk seed after the demo data it builds on (as prisma/seed.ts runs it), in a database of its own.
let demo: DemoDatabase;
let db: PrismaClient;
let raw: pg.Client;

beforeAll(async () => {
  demo = await openDemoDatabase("deskseed");
  ({ db, raw } = demo);
}, 180_000);

afterAll(() => demo?.close());

const kaga = () => db.organization.findUniqueOrThrow({ where: { lgCode: "172065" }, select: { id: true } });

describe("desk demo seed", () => {
  it("run again, changes nothing: every row of every table stays as it was", async () => {
    const before = await everything(raw);
    expect(before.Proposal.length).toBeGreaterThan(0);
    await seedDesk(db);
    expect(await everything(raw)).toEqual(before);
  });

  it("has proposals to 加賀市 in every status, with history, target times and first answers", async () => {
    const { id } = await kaga();
    const rows = await db.proposal.findMany({
      where: { municipalityId: id },
      include: { events: { orderBy: { createdAt: "asc" } }, match: true, cases: { select: { id: true } } },
    });
    expect(new Set(rows.map((p) => p.status))).toEqual(new Set(Object.values(ProposalStatus)));
    const now = new Date();
    const received = rows.filter((p) => p.status === "RECEIVED");
    expect(received.some((p) => p.dueAt! < now)).toBe(true);
    expect(received.some((p) => p.dueAt! > now)).toBe(true);
    for (const p of rows) {
      expect(p.id).toMatch(/^seed-/);
      // The history starts at 受付 and its last status change is the proposal's status.
      expect(p.events[0].toStatus).toBe("RECEIVED");
      expect(p.events.filter((e) => e.toStatus).at(-1)!.toStatus).toBe(p.status);
      if (p.status === "RECEIVED") {
        expect(p.firstAnsweredAt).toBeNull();
        expect(p.dueAt).toEqual(addBusinessDays(p.createdAt, DESK_DEFAULTS.firstAnswerDays));
      } else if (["ROUTED", "REVIEWING", "MEETING"].includes(p.status)) {
        expect(p.dueAt).toEqual(addBusinessDays(p.statusChangedAt, DESK_DEFAULTS.stepDays));
        expect(p.departmentId).not.toBeNull();
      } else expect(p.dueAt).toBeNull();
      if (p.status !== "RECEIVED" && p.status !== "WITHDRAWN") expect(p.firstAnsweredAt).not.toBeNull();
    }
    const routed = rows.find((p) => p.status === "ROUTED")!;
    expect(routed.events.some((e) => e.note && !e.visibleToCompany)).toBe(true);
    const reviewing = rows.find((p) => p.status === "REVIEWING")!;
    expect(reviewing.events.some((e) => e.note && e.visibleToCompany && !e.toStatus)).toBe(true);
    expect(reviewing.cases.length).toBeGreaterThan(0);
    const adopted = rows.find((p) => p.status === "ADOPTED")!;
    expect(adopted.match).toMatchObject({ origin: "PROPOSAL", municipalityId: id, companyId: adopted.companyId });
    expect(rows.filter((p) => p.status === "DECLINED").every((p) => p.declineReason)).toBe(true);
    const sales = rows.filter((p) => p.salesOnly);
    expect(sales).toHaveLength(1);
    const profile = await db.companyProfile.findUniqueOrThrow({ where: { organizationId: sales[0].companyId } });
    expect(profile.salesOnlyCount).toBe(1);
    expect(await db.deskSetting.findUnique({ where: { municipalityId: id } })).toMatchObject({ publicLog: true });
  });

  it("theme calls: 子育て×DX half answered, 公共施設 with a number in every progress column", async () => {
    const progress = async (callId: string) => {
      const call = await db.themeCall.findUniqueOrThrow({
        where: { id: callId },
        include: {
          asks: true,
          answers: {
            include: { challenge: { include: { _count: { select: { matches: true } } } } },
          },
        },
      });
      return { ...progressOf(call.asks, call.answers), call };
    };
    const open = await progress("seed-call-kaga-kosodate");
    expect(open).toMatchObject({ asked: 3, answeredDepartments: 2, turned: 1, published: 0, matches: 0 });
    expect(open.call).toMatchObject({ title: "子育て×DX", status: "OPEN" });
    expect(open.call.deadline.getTime()).toBeGreaterThan(Date.now() + 20 * 86_400_000);
    const draft = open.call.answers.find((a) => a.challenge)!;
    expect(draft).toMatchObject({ status: "CHALLENGE" });
    expect(draft.challenge).toMatchObject({ status: "DRAFT", isDemo: true, departmentId: draft.departmentId });
    expect(draft.challenge).toMatchObject({ situation: draft.trouble, success: draft.expectation, kindChosen: false });
    const closed = await progress("seed-call-kaga-shisetsu");
    expect(closed.call.status).toBe("CLOSED");
    for (const column of ["asked", "answeredDepartments", "turned", "published", "matches"] as const)
      expect(closed[column], column).toBeGreaterThan(0);
    const theme = await db.theme.findUniqueOrThrow({ where: { id: open.call.themeId! } });
    expect(theme.slug).toBe("childcare");
  });

  it("every flagged demo match has a meeting entry, and every match with one is flagged", async () => {
    const matches = await db.match.findMany({
      where: { id: { startsWith: "seed-match-" } },
      select: { id: true, metDepartment: true, _count: { select: { meetings: true } } },
    });
    expect(matches.filter((m) => m._count.meetings > 0).length).toBeGreaterThanOrEqual(3);
    for (const m of matches) expect(m.metDepartment, m.id).toBe(m._count.meetings > 0);
    const meeting = await db.matchMeeting.findFirstOrThrow({ where: { matchId: "seed-match-kaga-proposal" } });
    expect(meeting.participants).toMatch(/^子育て支援課 加賀 育美、デモ.+株式会社 \d+ デモ 担当$/);
  });
});
