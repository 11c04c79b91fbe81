import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DAY, dateFrom, type DeskContext } from "./desk-context";

// Meetings between the department and the company (「所管部署とMTG済」) on the demo matches that have the flag: the
// flag is kept true while a match has a meeting, so every flagged demo match gets its entry. Memos are what both
// sides may read: nothing from the coordinators' internal note.

const MEETINGS: { matchId: string; daysAgo: number; memo: string; by: "dept" | "coordinator" }[] = [
  {
    matchId: "seed-match-01",
    daysAgo: 4,
    memo: "空き家の所有者への案内文の方向性を確認。次回までに企業側で案文を作る。",
    by: "dept",
  },
  {
    matchId: "seed-match-03",
    daysAgo: 38,
    memo: "避難所の混雑表示の画面案を確認。防災無線との連携は次年度以降に検討。",
    by: "coordinator",
  },
  {
    matchId: "seed-match-04",
    daysAgo: 104,
    memo: "寄附の手続きと、事業報告での社名の掲載について確認。",
    by: "dept",
  },
  {
    matchId: "seed-match-09",
    daysAgo: 78,
    memo: "費用の目安を共有。今年度の予算では難しいとの説明を受けた。",
    by: "coordinator",
  },
  {
    matchId: "seed-match-11",
    daysAgo: 36,
    memo: "いったん見送った後の再開。寄附額の規模感について意見交換。",
    by: "dept",
  },
  {
    matchId: "seed-match-13",
    daysAgo: 7,
    memo: "予約システムの画面を実演。二重予約の防ぎ方について質問があった。",
    by: "coordinator",
  },
  {
    matchId: "seed-match-kaga-shisetsu",
    daysAgo: 31,
    memo: "試行する施設の候補（体育館・公民館）を現地で確認。",
    by: "dept",
  },
  {
    matchId: "seed-match-kaga-proposal",
    daysAgo: 22,
    memo: "健診のお知らせを送る対象と、個人情報の扱いを確認。",
    by: "dept",
  },
];

export async function seedMeetings(db: PrismaClient, ctx: DeskContext) {
  const byDept = new Map(Object.values(ctx.dept).map((d) => [d.id, d]));
  for (const [i, m] of MEETINGS.entries()) {
    const id = `seed-meeting-${String(i + 1).padStart(2, "0")}`;
    if (await db.matchMeeting.findUnique({ where: { id }, select: { id: true } })) continue;
    const match = await db.match.findUnique({
      where: { id: m.matchId },
      select: {
        department: { select: { id: true, name: true } },
        challenge: { select: { department: { select: { name: true } }, author: { select: { name: true } } } },
        company: { select: { name: true, companyProfile: { select: { contactName: true } } } },
      },
    });
    if (!match) continue;
    const clerk = match.department ? byDept.get(match.department.id) : undefined;
    const clerkName = clerk?.clerkName ?? match.challenge?.author.name ?? "担当";
    const deptName = match.department?.name ?? match.challenge?.department?.name ?? "所管部署";
    const contact = match.company.companyProfile?.contactName ?? "担当";
    await db.matchMeeting.create({
      data: {
        id,
        matchId: m.matchId,
        heldOn: dateFrom(ctx.now, -m.daysAgo),
        participants: `${deptName} ${clerkName}、${match.company.name} ${contact}`,
        memo: m.memo,
        loggedById: m.by === "dept" && clerk ? clerk.clerkId : ctx.coordinatorId,
        createdAt: new Date(ctx.now - (m.daysAgo - 1) * DAY),
      },
    });
  }
}
