// The desk's invitation to a colleague. The names (municipality, 課, the desk member, a call's title) were typed by
// clerks of that city hall: they go into the body only, escaped in the HTML part, never into the subject.
import type { Locale } from "@/lib/i18n/config";
import { escapeHtml, mailText, oneLine, wrapHtml, type RenderedMail } from "./templates";
import { translatorFor } from "./i18n";
import { appUrl } from "./transport";

export type InvitationMailData = {
  locale: Locale;
  token: string;
  days: number;
  municipality: string;
  department: string | null;
  inviter: string | null;
  callTitle: string | null;
};

/** To the invited address: who invites, to which 課, and the single-use link that creates the account. */
export function staffInvitationMail(p: InvitationMailData): RenderedMail {
  const { subject } = mailText(p.locale);
  const t = translatorFor(p.locale, "desk.mail");
  const where = { municipality: oneLine(p.municipality), department: oneLine(p.department ?? t("noDepartment")) };
  const paragraphs = [
    p.inviter ? t("leadBy", { ...where, inviter: oneLine(p.inviter) }) : t("lead", where),
    ...(p.callTitle ? [t("call", { title: oneLine(p.callTitle) })] : []),
    t("next"),
    t("expires", { days: p.days }),
    t("ignore"),
  ];
  const link = { label: t("link"), url: appUrl(`/join/${encodeURIComponent(p.token)}`) };
  const foot = t("footer");
  const text = `${paragraphs.join("\n\n")}\n\n${link.label}:\n${link.url}\n\n--\n${foot}\n`;
  const html = wrapHtml(
    p.locale,
    paragraphs.map((x) => `<p>${escapeHtml(x)}</p>`).join("") +
      `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>` +
      `<hr style="margin-top:24px"><p style="color:#57534e;font-size:13px">${escapeHtml(foot).replace(/\n/g, "<br>")}</p>`,
  );
  return { subject: subject(t("subject", { municipality: where.municipality })), text, html };
}
