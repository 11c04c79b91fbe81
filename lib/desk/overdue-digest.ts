import "server-only";
import { db } from "@/lib/db";
import { take, refund } from "@/lib/auth/rate-limit";
import { jstDateKey } from "@/lib/budget-calendar/next-step";
import type { Locale } from "@/lib/i18n/config";
import { readerLocale, translatorFor } from "@/lib/mail/i18n";
import { escapeHtml } from "@/lib/mail/templates";
import { appUrl } from "@/lib/mail/transport";
import { activeDeskWhere, overdueProposals, type OverdueProposal } from "./overdue";
import { OPEN_PROPOSAL_STATUSES } from "./targets";

// The desk's daily digest lists every proposal still past its target time, not only those that became overdue
// overnight (those also have their own PROPOSAL_OVERDUE notice): a desk on DAILY_DIGEST hears of them each morning
// until someone moves them on.

const SHOWN = 20;

export type DigestSection = { count: number; subject: string; lead: string; text: string; html: string };
export type OverdueDigest = {
  user: { email: string; name: string; locale: string; alertPreference: { unsubscribeToken: string } | null };
  section: DigestSection;
};

/**
 * The overdue part of a user's digest, in their locale: null unless they are an active desk member on DAILY_DIGEST
 * whose municipality has overdue proposals. Read at sending time, so a member removed from the desk hears no more.
 */
export async function overdueDigestFor(userId: string, now: Date): Promise<OverdueDigest | null> {
  const desk = await db.membership.findFirst({
    where: {
      userId,
      isDesk: true,
      user: { role: "MUNICIPAL_STAFF", status: "ACTIVE", alertPreference: { is: { emailMode: "DAILY_DIGEST" } } },
    },
    select: {
      organizationId: true,
      user: {
        select: { email: true, name: true, locale: true, alertPreference: { select: { unsubscribeToken: true } } },
      },
    },
  });
  if (!desk) return null;
  const [items, count] = await Promise.all([
    overdueProposals(desk.organizationId, now, SHOWN),
    db.proposal.count({
      where: { municipalityId: desk.organizationId, status: { in: [...OPEN_PROPOSAL_STATUSES] }, dueAt: { lt: now } },
    }),
  ]);
  if (!items.length) return null;
  return { user: desk.user, section: section(readerLocale(desk.user.locale), items, count) };
}

function section(locale: Locale, items: OverdueProposal[], count: number): DigestSection {
  const t = translatorFor(locale, "desk-settings.digest");
  const bullet = translatorFor(locale, "mail")("bullet");
  const lines = items.map((p) => ({
    text: t("item", { company: p.company, title: p.title, dueAt: p.dueAt.getTime(), days: p.daysOverdue }),
    url: appUrl(`/proposals/${p.id}`),
  }));
  const heading = t("heading", { count });
  const more = count > items.length ? t("more", { count: count - items.length }) : "";
  return {
    count,
    subject: t("subject", { count }),
    lead: t("lead", { count }),
    text: `■ ${heading}\n${lines.map((l) => `  ${bullet}${l.text}\n    ${l.url}`).join("\n")}${more ? `\n  ${more}` : ""}\n`,
    html:
      `<h2 style="font-size:17px;margin-top:20px">${escapeHtml(heading)}</h2><ul>` +
      lines.map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.text)}</a></li>`).join("") +
      `</ul>${more ? `<p>${escapeHtml(more)}</p>` : ""}`,
  };
}

/** Desk members on DAILY_DIGEST whose municipality has an overdue proposal: they get a digest even on a quiet day. */
export async function overdueDigestUserIds(now: Date): Promise<string[]> {
  const municipalities = await db.proposal.findMany({
    where: { status: { in: [...OPEN_PROPOSAL_STATUSES] }, dueAt: { lt: now } },
    distinct: ["municipalityId"],
    select: { municipalityId: true },
  });
  if (!municipalities.length) return [];
  const users = await db.user.findMany({
    where: {
      OR: municipalities.map((m) => activeDeskWhere(m.municipalityId)),
      alertPreference: { is: { emailMode: "DAILY_DIGEST" } },
    },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

const claimKey = (userId: string, now: Date) => `digest-overdue:${userId}:${jstDateKey(now)}`;

/**
 * The overdue list goes out once per person per day: a retried digest job that already mailed someone their
 * notices must not mail the overdue list again on its own. One statement (rate-limit's take) decides, so two
 * digest runs at once cannot both claim it.
 */
export async function claimOverdueDigest(userId: string, now: Date): Promise<boolean> {
  return (await take(claimKey(userId, now), { max: 1, windowMs: 36 * 3_600_000 }, now)) === 0;
}

/** The mail was not sent after all: a retry may send the list. */
export async function releaseOverdueDigest(userId: string, now: Date): Promise<void> {
  await refund(claimKey(userId, now));
}
