// The decision on a municipal staff sign-up, in the applicant's own locale. A rejected applicant can no
// longer sign in, so this mail is all they get: it carries the reviewer's reason. The reason and the
// applicant's name are the only words not ours; they go into the body only (never the subject or a
// header), escaped in the HTML part, and without the invisible characters that could reorder the text
// around them.
import { cleanText } from "@/lib/fields";
import type { Locale } from "@/lib/i18n/config";
import { escapeHtml, type RenderedMail } from "./templates";
import { appUrl } from "./transport";

const SITE = "Kyoso Hub";

type Texts = {
  greeting: (name: string) => string;
  footer: string;
  approved: { subject: string; lead: string; leadDesk: string; next: string; link: string };
  rejected: { subject: string; lead: string; reasonHeading: string; noReason: string; next: string; link: string };
  /** The in-app notice for an approval (the mail says the same at greater length). */
  notice: { title: string; body: string };
};

const TEXTS: Record<Locale, Texts> = {
  ja: {
    greeting: (name) => `${name} 様`,
    footer: `${SITE}（官民共創プラットフォーム）\nこのメールは、アカウントのお申し込みの結果をお知らせするものです。`,
    approved: {
      subject: "アカウントが承認されました",
      lead: `${SITE} への自治体職員アカウントのお申し込みを、コーディネーターが確認して承認しました。`,
      leadDesk: `${SITE} への自治体職員アカウントの登録を、所属する自治体の官民連携窓口が確認して承認しました。`,
      next: "今日から、課題の投稿、企業の検索と問い合わせ、メッセージ、連携の進み具合の確認ができます。",
      link: "マイページを開く",
    },
    rejected: {
      subject: "アカウントのお申し込みについて",
      lead: `${SITE} への自治体職員アカウントのお申し込みを確認しましたが、今回は承認できませんでした。このアカウントではログインできません。`,
      reasonHeading: "担当者からの理由：",
      noReason: "理由の記載はありません。",
      next: "ご不明な点は、ご所属の自治体の担当課を通じて、運営事務局までお問い合わせください。",
      link: `${SITE} について`,
    },
    notice: {
      title: "アカウントが承認されました",
      body: "課題の投稿、企業の検索と問い合わせ、メッセージが使えるようになりました。",
    },
  },
  en: {
    greeting: (name) => `Dear ${name},`,
    footer: `${SITE} (public–private co-creation platform)\nThis e-mail tells you the outcome of your account application.`,
    approved: {
      subject: "Your account has been approved",
      lead: `A coordinator has checked and approved your application for a municipal staff account on ${SITE}.`,
      leadDesk: `The partnership desk of your municipality has checked and approved your municipal staff account on ${SITE}.`,
      next: "From today you can post challenges, find and contact companies, use messages and follow your collaborations.",
      link: "Open your dashboard",
    },
    rejected: {
      subject: "About your account application",
      lead: `We have reviewed your application for a municipal staff account on ${SITE}, but could not approve it. You cannot sign in with this account.`,
      reasonHeading: "Reason given by the reviewer:",
      noReason: "No reason was given.",
      next: "If you have questions, please contact the platform office through the relevant department of your municipality.",
      link: `About ${SITE}`,
    },
    notice: {
      title: "Your account has been approved",
      body: "You can now post challenges, find and contact companies, and use messages.",
    },
  },
};

// Bidirectional overrides and isolates, zero-width characters and the BOM: unseen, they can make a
// quoted reason display differently from what it says .
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** The reviewer's reason as it may appear in a mail: visible characters only, at most 500, trimmed. */
export function mailableReason(reason: string | null | undefined): string | null {
  const clean = cleanText((reason ?? "").replace(INVISIBLE, ""), true).slice(0, 500);
  return clean || null;
}

const textOf = (locale: string): Texts => TEXTS[locale === "en" ? "en" : "ja"];
const oneLineName = (name: string) => name.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();

function render(
  locale: string,
  subject: string,
  paragraphs: string[],
  link: { label: string; url: string },
): RenderedMail {
  const t = textOf(locale);
  const lang = locale === "en" ? "en" : "ja";
  const text = `${paragraphs.join("\n\n")}\n\n${link.label}:\n${link.url}\n\n--\n${t.footer}\n`;
  const html =
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body style="font-family:sans-serif;line-height:1.7;color:#1c1917">` +
    paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("") +
    `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>` +
    `<hr style="margin-top:24px"><p style="color:#57534e;font-size:13px">${escapeHtml(t.footer).replace(/\n/g, "<br>")}</p></body></html>`;
  return { subject: `【${SITE}】${subject}`, text, html };
}

/** `byDesk`: the account came from a desk's invitation, and the desk approved it (lib/accounts/reviewers.ts). */
export function approvedMail(p: { locale: string; name: string; byDesk?: boolean }): RenderedMail {
  const t = textOf(p.locale);
  const lead = p.byDesk ? t.approved.leadDesk : t.approved.lead;
  return render(p.locale, t.approved.subject, [t.greeting(oneLineName(p.name)), lead, t.approved.next], {
    label: t.approved.link,
    url: appUrl("/dashboard"),
  });
}

export function rejectedMail(p: { locale: string; name: string; reason: string | null }): RenderedMail {
  const t = textOf(p.locale);
  const reason = mailableReason(p.reason);
  // The reason is quoted line by line so it reads as the reviewer's words, not as ours.
  const quoted = reason
    ? `${t.rejected.reasonHeading}\n${reason
        .split("\n")
        .map((l) => `> ${l}`)
        .join("\n")}`
    : t.rejected.noReason;
  return render(
    p.locale,
    t.rejected.subject,
    [t.greeting(oneLineName(p.name)), t.rejected.lead, quoted, t.rejected.next],
    { label: t.rejected.link, url: appUrl("/about") },
  );
}

/** The approval notice in the notification centre, in the applicant's locale. */
export function approvedNotice(locale: string): { title: string; body: string } {
  return textOf(locale).notice;
}
