import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fiscalYearOf } from "@/lib/format";
import { reminderFor } from "@/lib/pilots/reminders";
import { todayJst, updatePilotSchema } from "@/lib/pilots/schema";
import { everything, openDemoDatabase, type DemoDatabase } from "./demo-db";
import { seedLoop } from "./loop";
import { LOOP_IDS as ID, PILOT_ENDED } from "./loop-data";

// The loop's demo seed after the demo data it builds on (as prisma/seed.ts runs it), in a database of its own.
let demo: DemoDatabase;
let db: PrismaClient;
let raw: pg.Client;

beforeAll(async () => {
  demo = await openDemoDatabase("loopseed");
  ({ db, raw } = demo);
  await seedLoop(db);
}, 180_000);

afterAll(() => demo?.close());

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("the loop's demo seed", () => {
  it("run again, changes nothing: every row of every table stays as it was", async () => {
    const before = await everything(raw);
    expect(before.Pilot.length).toBe(3);
    await seedLoop(db);
    expect(await everything(raw)).toEqual(before);
  });

  it("加賀市 × デモテック reached 事業化・予算化 through an ended pilot, with its path to a budget", async () => {
    const match = await db.match.findUniqueOrThrow({
      where: { id: ID.kagaMatch },
      include: {
        changes: { orderBy: { createdAt: "asc" } },
        municipality: true,
        company: true,
        meetings: true,
        pilots: { include: { criteria: { orderBy: { sortOrder: "asc" } } } },
      },
    });
    expect(match).toMatchObject({
      stage: "BUDGETED",
      maxStageRank: 4,
      metDepartment: true,
      fundingSource: "NATIONAL_GRANT",
      fundingName: "デジタル田園都市国家構想交付金",
      procurementRoute: "DISCRETIONARY",
      targetFiscalYear: fiscalYearOf(new Date()) + 1,
    });
    expect(match.expectedBudget).toBeGreaterThan(0n);
    expect(match.municipality.lgCode).toBe("172065");
    expect(match.company.name).toBe("株式会社デモテック");
    expect(match.meetings).toHaveLength(1);
    expect(match.changes.map((c) => c.toStage)).toEqual(["MATCHING", "MEETING", "FEASIBILITY", "BUDGETED"]);
    expect(match.changes.map((c) => c.fromStage)).toEqual([null, "MATCHING", "MEETING", "FEASIBILITY"]);
    const [pilot] = match.pilots;
    expect(match.pilots).toHaveLength(1);
    expect(pilot.status).toBe("ENDED");
    expect(pilot.cityAgreedAt && pilot.companyAgreedAt && pilot.midReviewNote && pilot.endReviewNote).toBeTruthy();
    // Both agreed before the start; reviews fall where the pilot form allows them (mid inside, end ≤ 3 months after).
    expect(Math.max(pilot.cityAgreedAt!.getTime(), pilot.companyAgreedAt!.getTime())).toBeLessThan(+pilot.startsOn);
    expect(+pilot.midReviewOn!).toBeGreaterThan(+pilot.startsOn);
    expect(+pilot.midReviewOn!).toBeLessThan(+pilot.endsOn);
    expect(+pilot.endReviewOn).toBeGreaterThanOrEqual(+pilot.endsOn);
    expect(+pilot.endReviewOn - +pilot.endsOn).toBeLessThanOrEqual(92 * DAY);
    expect(pilot.criteria.map((c) => c.met)).toEqual([true, false]);
    for (const c of pilot.criteria) expect(c.result).toMatch(/\d/);
    // The match moved to 事業化検討 after the end review, and was created before the pilot.
    expect(+match.changes[2].createdAt).toBeGreaterThan(+pilot.endReviewedAt!);
    expect(+pilot.createdAt).toBeGreaterThan(+match.changes[1].createdAt);
  });

  it("the case written from it is published with the company's approval of the current text", async () => {
    const c = await db.case.findUniqueOrThrow({
      where: { id: ID.kagaCase },
      include: { partners: true, themes: true, approvedBy: { select: { email: true } } },
    });
    const match = await db.match.findUniqueOrThrow({ where: { id: ID.kagaMatch } });
    const pilot = await db.pilot.findUniqueOrThrow({ where: { id: ID.endedPilot } });
    expect(c).toMatchObject({
      published: true,
      isDemo: true,
      companyApproval: "APPROVED",
      matchId: ID.kagaMatch,
      pilotId: ID.endedPilot,
      municipalityId: match.municipalityId,
      budgetAmount: match.expectedBudget,
      outcome: "ADOPTED",
    });
    expect(c.approvedVersion).toBe(c.contentVersion);
    expect(c.approvedBy?.email).toBe("company@example.co.jp");
    expect(c.partners).toEqual([expect.objectContaining({ organizationId: match.companyId })]);
    expect(c.themes.map((t) => t.slug)).toEqual(["dx"]);
    const figures = c.figures as { label: string; value: string }[];
    expect(figures.map((f) => f.label)).toEqual(PILOT_ENDED.criteria.map((x) => x.label));
    expect(figures[0].value).toContain(PILOT_ENDED.criteria[0].result);
    // Nothing internal reaches the public text.
    const published = [c.title, c.summary, c.body, JSON.stringify(figures)].join("\n");
    for (const note of [pilot.cityNote, pilot.companyNote, match.internalNote]) expect(published).not.toContain(note);
  });

  it("南砺市 replicated it: its challenge, the invitation the company answered, and a match counted as 横展開", async () => {
    const nanto = await db.user.findUniqueOrThrow({
      where: { email: "staff@nanto.example.lg.jp" },
      include: { memberships: { include: { organization: true, department: true } } },
    });
    expect(nanto.status).toBe("ACTIVE");
    const org = nanto.memberships[0].organization;
    expect(org.lgCode).toBe("162108");
    const challenge = await db.challenge.findUniqueOrThrow({ where: { id: ID.nantoChallenge } });
    expect(challenge).toMatchObject({
      status: "PUBLISHED",
      isDemo: true,
      sourceCaseId: ID.kagaCase,
      municipalityId: org.id,
      authorId: nanto.id,
    });
    const thread = await db.thread.findUniqueOrThrow({
      where: { id: ID.nantoThread },
      include: { messages: { orderBy: { createdAt: "asc" }, include: { author: true } } },
    });
    expect(thread).toMatchObject({ kind: "DIRECT_INQUIRY", challengeId: challenge.id, municipalityId: org.id });
    expect(thread.messages.map((m) => m.author?.email)).toEqual(["staff@nanto.example.lg.jp", "company@example.co.jp"]);
    const match = await db.match.findUniqueOrThrow({ where: { id: ID.nantoMatch } });
    expect(match).toMatchObject({
      origin: "DIRECT_INQUIRY",
      stage: "MATCHING",
      sourceCaseId: ID.kagaCase,
      threadId: thread.id,
      companyId: thread.companyId,
    });
    expect(await db.match.count({ where: { sourceCaseId: { not: null } } })).toBe(1);
  });

  it("南砺市 asked 加賀市 about the case and 加賀市's desk answered", async () => {
    const q = await db.peerQuestion.findUniqueOrThrow({
      where: { id: ID.peerQuestion },
      include: { messages: { orderBy: { createdAt: "asc" }, include: { author: true } }, toMunicipality: true },
    });
    expect(q).toMatchObject({ status: "ANSWERED", caseId: ID.kagaCase });
    expect(q.toMunicipality.lgCode).toBe("172065");
    expect(q.messages.map((m) => m.author?.email)).toEqual(["staff@nanto.example.lg.jp", "desk@kaga.example.lg.jp"]);
    expect(q.messages[1].municipalityId).toBe(q.toMunicipalityId);
  });

  it("a running pilot with its mid review due within the week, and one only the company has agreed", async () => {
    const running = await db.pilot.findUniqueOrThrow({
      where: { id: ID.runningPilot },
      include: { match: true, criteria: true },
    });
    expect(running).toMatchObject({ status: "AGREED", match: { stage: "MEETING" } });
    // The reminder job's 「近づいています」 goes out for it today.
    expect(reminderFor(iso(running.midReviewOn!), todayJst())).toBe("SOON");
    expect(running.criteria).toHaveLength(2);
    const planning = await db.pilot.findUniqueOrThrow({ where: { id: ID.planningPilot }, include: { match: true } });
    expect(planning).toMatchObject({ status: "PLANNING", cityAgreedAt: null });
    expect(planning.companyAgreedAt).not.toBeNull();
    const agreedBy = await db.membership.findFirstOrThrow({ where: { userId: planning.companyAgreedById! } });
    expect(agreedBy.organizationId).toBe(planning.match.companyId);
    // Never two open pilots on one match (the pilot form's rule).
    const open = await db.pilot.groupBy({
      by: ["matchId"],
      where: { status: { in: ["PLANNING", "AGREED"] } },
      _count: true,
    });
    for (const g of open) expect(g._count, g.matchId).toBe(1);
  });

  it("every seeded pilot's terms pass the pilot form's own rules", async () => {
    const pilots = await db.pilot.findMany({ include: { criteria: { orderBy: { sortOrder: "asc" } } } });
    expect(pilots).toHaveLength(3);
    for (const p of pilots) {
      const terms = updatePilotSchema.safeParse({
        id: p.id,
        expectedVersion: p.version,
        title: p.title,
        purpose: p.purpose,
        criteria: p.criteria.map((c) => ({ label: c.label, target: c.target, baseline: c.baseline ?? "" })),
        startsOn: iso(p.startsOn),
        endsOn: iso(p.endsOn),
        cityProvides: p.cityProvides,
        companyProvides: p.companyProvides,
        cost: p.costFree ? "FREE" : "PAID",
        costAmount: p.costAmount?.toString() ?? "",
        costNote: p.costNote ?? "",
        midReviewOn: p.midReviewOn ? iso(p.midReviewOn) : "",
        endReviewOn: iso(p.endReviewOn),
      });
      expect(terms.error?.issues ?? [], p.id).toEqual([]);
    }
  });
});
