// Mails about sign-up itself, Japanese first. Nothing in them comes from the person who filled in the
// form (they may not own the mailbox), so a stranger cannot put their words into someone's inbox.
import { escapeHtml, type RenderedMail } from "./templates";
import { appUrl } from "./transport";

const SITE = "Kyoso Hub";
const FOOTER = `\n--\n${SITE}（官民共創プラットフォーム）\nこのメールに心当たりがない場合は、何もせずに削除してください。\n`;

function render(subject: string, paragraphs: string[], link: { label: string; url: string }): RenderedMail {
  const text = `${paragraphs.join("\n\n")}\n\n${link.label}：\n${link.url}\n${FOOTER}`;
  const html =
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"></head><body style="font-family:sans-serif;line-height:1.7;color:#1c1917">` +
    paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("") +
    `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>` +
    `<hr style="margin-top:24px"><p style="color:#57534e;font-size:13px">${escapeHtml(FOOTER.replace(/^\n--\n/, "").trim()).replace(/\n/g, "<br>")}</p></body></html>`;
  return { subject: `【${SITE}】${subject}`, text, html };
}

/** To a new address: the link that creates the account. */
export function signupConfirmMail(token: string, hours: number): RenderedMail {
  return render(
    "メールアドレスの確認",
    [
      `${SITE} への登録のお申し込みを受け付けました。`,
      `下のリンクを開いて「登録を完了する」を押すと、アカウントが作られます。リンクの有効期限は${hours}時間です。`,
    ],
    { label: "登録を完了する", url: appUrl(`/signup/verify?token=${encodeURIComponent(token)}`) },
  );
}

/** To the owner of a registered address someone tried to sign up with: nothing about the account changed. */
export function signupExistingMail(): RenderedMail {
  return render(
    "このメールアドレスで登録のお申し込みがありました",
    [
      `このメールアドレスは ${SITE} にすでに登録されていますが、新規登録のお申し込みがありました。`,
      "アカウントは変更されていません。ご自身のお申し込みであれば、登録済みのアカウントでログインしてください。パスワードを忘れた場合は、ご所属の担当コーディネーターにお問い合わせください。",
      "お心当たりがなければ、このメールは無視してください。",
    ],
    { label: "ログインする", url: appUrl("/signin") },
  );
}
