// Mails about sign-up itself. Nothing in them comes from the person who filled in the form (they may
// not own the mailbox), so a stranger cannot put their words into someone's inbox.
import type { Locale } from "@/lib/i18n/config";
import { escapeHtml, mailText, wrapHtml, type RenderedMail } from "./templates";
import { appUrl } from "./transport";

function render(
  locale: Locale,
  kind: "confirm" | "existing",
  paragraphs: string[],
  link: { label: string; url: string },
): RenderedMail {
  const { t, subject } = mailText(locale);
  const foot = t("signup.footer");
  const text = `${paragraphs.join("\n\n")}\n\n${t("linkLine", link)}\n\n--\n${foot}\n`;
  const html = wrapHtml(
    locale,
    paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("") +
      `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>` +
      `<hr style="margin-top:24px"><p style="color:#57534e;font-size:13px">${escapeHtml(foot).replace(/\n/g, "<br>")}</p>`,
  );
  return { subject: subject(t(`signup.${kind}.subject`)), text, html };
}

/** To a new address: the link that creates the account (in the locale the form was filled in, when known). */
export function signupConfirmMail(token: string, hours: number, locale: Locale = "ja"): RenderedMail {
  const { t } = mailText(locale);
  return render(locale, "confirm", [t("signup.confirm.received"), t("signup.confirm.open", { hours })], {
    label: t("signup.confirm.link"),
    url: appUrl(`/signup/verify?token=${encodeURIComponent(token)}`),
  });
}

/** To the owner of a registered address someone tried to sign up with: nothing about the account changed. */
export function signupExistingMail(locale: Locale = "ja"): RenderedMail {
  const { t } = mailText(locale);
  return render(
    locale,
    "existing",
    [t("signup.existing.registered"), t("signup.existing.unchanged"), t("signup.existing.ignore")],
    { label: t("signup.existing.link"), url: appUrl("/signin") },
  );
}
