// E-mail text in the reader's locale (User.locale; Japanese unless they chose English). Plain text and
// a simple HTML part; every value that came from a user (challenge titles, names) is escaped in the
// HTML part, and links only ever point at our own absolute URLs (appUrl refuses anything but a plain path).
import type { Locale } from "@/lib/i18n/config";
import { translatorFor, type Translate } from "./i18n";
import { withSource } from "@/lib/views/source";
import { appUrl } from "./transport";

export type MailItem = { title: string; body: string | null; url: string; challengeId: string | null; createdAt: Date };
export type RenderedMail = { subject: string; text: string; html: string };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export const oneLine = (s: string) => s.replace(/[\r\n]+/g, " ").trim();

/** The mail namespace in the reader's locale, and the subject line with the site's tag. */
export function mailText(locale: Locale): { t: Translate; subject: (text: string) => string } {
  const t = translatorFor(locale, "mail");
  return { t, subject: (text) => t("subject", { text: oneLine(text) }) };
}

export function footer(t: Translate, unsubscribeToken: string) {
  const unsub = appUrl(`/unsubscribe?token=${encodeURIComponent(unsubscribeToken)}`);
  const settings = appUrl("/settings/alerts");
  return {
    text: `\n--\n${t("footer.from")}\n${t("footer.settings", { url: settings })}\n${t("footer.unsubscribe", { url: unsub })}\n`,
    html:
      `<hr style="margin-top:24px"><p style="color:#57534e;font-size:13px">${escapeHtml(t("footer.from"))}<br>` +
      `<a href="${escapeHtml(settings)}">${escapeHtml(t("footer.settingsLink"))}</a> ・ <a href="${escapeHtml(unsub)}">${escapeHtml(t("footer.unsubscribeLink"))}</a></p>`,
  };
}

export function wrapHtml(locale: Locale, inner: string) {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"></head><body style="font-family:sans-serif;line-height:1.7;color:#1c1917">${inner}</body></html>`;
}

/** One notification, sent right away (emailMode IMMEDIATE). */
export function immediateMail(p: {
  locale: Locale;
  name: string;
  item: MailItem;
  unsubscribeToken: string;
  isChallengeMatch: boolean;
}): RenderedMail {
  const { item } = p;
  const { t, subject } = mailText(p.locale);
  const link = appUrl(item.url);
  const lead = t(p.isChallengeMatch ? "immediate.leadMatch" : "immediate.lead");
  const f = footer(t, p.unsubscribeToken);
  const greeting = t("greeting", { name: p.name });
  const text = `${greeting}\n\n${lead}\n\n■ ${item.title}\n${item.body ? `${item.body}\n` : ""}\n${t("more", { url: link })}\n${f.text}`;
  const html = wrapHtml(
    p.locale,
    `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(lead)}</p>` +
      `<h2 style="font-size:18px">${escapeHtml(item.title)}</h2>` +
      (item.body ? `<p>${escapeHtml(item.body).replace(/\n/g, "<br>")}</p>` : "") +
      `<p><a href="${escapeHtml(link)}">${escapeHtml(t("moreLink"))}</a></p>${f.html}`,
  );
  return {
    subject: subject(p.isChallengeMatch ? t("immediate.subjectMatch", { title: oneLine(item.title) }) : item.title),
    text,
    html,
  };
}

/**
 * Groups for the digest: by challenge, the group with the newest notification first and, inside
 * a group, newest first. Notifications without a challenge form one group at the end.
 */
export function groupForDigest(items: MailItem[]): MailItem[][] {
  const sorted = items.slice().sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const groups = new Map<string, MailItem[]>();
  for (const it of sorted) {
    const key = it.challengeId ?? "";
    const g = groups.get(key);
    if (g) g.push(it);
    else groups.set(key, [it]);
  }
  const other = groups.get("");
  groups.delete("");
  return [...groups.values(), ...(other ? [other] : [])];
}

/** Once a day (emailMode DAILY_DIGEST): everything not yet e-mailed, grouped by challenge. */
export function digestMail(p: {
  locale: Locale;
  name: string;
  items: MailItem[];
  unsubscribeToken: string;
  /** A section after the notices (the desk's overdue proposals, lib/desk/overdue-digest.ts); it may come alone. */
  extra?: { subject: string; lead: string; text: string; html: string };
}): RenderedMail {
  const { t, subject } = mailText(p.locale);
  const groups = groupForDigest(p.items);
  const f = footer(t, p.unsubscribeToken);
  const textGroups = groups
    .map((g) =>
      g
        .map(
          (it, i) =>
            `${i === 0 ? "■ " : `  ${t("bullet")}`}${it.title}${it.body ? `\n    ${oneLine(it.body)}` : ""}\n    ${appUrl(withSource(it.url, "digest"))}`,
        )
        .join("\n"),
    )
    .join("\n\n");
  const htmlGroups = groups
    .map(
      (g) =>
        `<h2 style="font-size:17px;margin-top:20px">${escapeHtml(g[0].title)}</h2><ul>` +
        g
          .map(
            (it) =>
              `<li><a href="${escapeHtml(appUrl(withSource(it.url, "digest")))}">${escapeHtml(it.title)}</a>${it.body ? `<br><span style="color:#57534e">${escapeHtml(oneLine(it.body))}</span>` : ""}</li>`,
          )
          .join("") +
        "</ul>",
    )
    .join("");
  const alone = p.extra && p.items.length === 0;
  const lead = alone ? p.extra!.lead : t("digest.lead", { count: p.items.length });
  const greeting = t("greeting", { name: p.name });
  return {
    subject: subject(alone ? p.extra!.subject : t("digest.subject", { count: p.items.length })),
    text: `${greeting}\n\n${lead}\n\n${textGroups}\n${p.extra ? `\n${p.extra.text}` : ""}${f.text}`,
    html: wrapHtml(
      p.locale,
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(lead)}</p>${htmlGroups}${p.extra?.html ?? ""}${f.html}`,
    ),
  };
}
