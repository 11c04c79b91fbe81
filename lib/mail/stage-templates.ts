// The coalesced e-mail about a match's progress (lib/notifications/stage-mail.ts): every stage change
// since the last one e-mailed, oldest first, and where it stands now. When the card went somewhere
// and came back, the mail says so rather than implying nothing happened or that it moved on.
import type { Locale } from "@/lib/i18n/config";
import type { Stage } from "@/lib/matches/stages";
import { formatDateTime } from "@/lib/format";
import { translatorFor } from "./i18n";
import { escapeHtml, footer, mailText, type RenderedMail, wrapHtml } from "./templates";
import { appUrl } from "./transport";

export type StageChange = { from: Stage; to: Stage; at: Date };

export function stageChangesMail(p: {
  locale: Locale;
  name: string;
  /** What the match is about, as the company knows it (thread subject or challenge title). */
  subject: string;
  changes: StageChange[];
  url: string;
  unsubscribeToken: string;
}): RenderedMail {
  const { t, subject } = mailText(p.locale);
  const stage = (s: Stage) => translatorFor(p.locale, "pipeline")(`stage.${s}`);
  const first = p.changes[0];
  const last = p.changes[p.changes.length - 1];
  const lead =
    p.changes.length === 1
      ? t("stage.leadOne", { subject: p.subject })
      : t("stage.lead", { subject: p.subject, count: p.changes.length });
  const lines = p.changes.map((c) =>
    t("stage.change", { at: formatDateTime(c.at, p.locale), from: stage(c.from), to: stage(c.to) }),
  );
  const where =
    p.changes.length > 1 && first.from === last.to
      ? t("stage.back", { stage: stage(last.to) })
      : t("stage.now", { stage: stage(last.to) });
  const link = appUrl(p.url);
  const f = footer(t, p.unsubscribeToken);
  const greeting = t("greeting", { name: p.name });
  return {
    subject: subject(t("stage.subject", { subject: p.subject, stage: stage(last.to) })),
    text: `${greeting}\n\n${lead}\n\n${lines.map((l) => `${t("bullet")}${l}`).join("\n")}\n\n${where}\n\n${t("more", { url: link })}\n${f.text}`,
    html: wrapHtml(
      p.locale,
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(lead)}</p><ul>` +
        lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("") +
        `</ul><p><strong>${escapeHtml(where)}</strong></p><p><a href="${escapeHtml(link)}">${escapeHtml(t("moreLink"))}</a></p>${f.html}`,
    ),
  };
}
