// E-mail text, Japanese first. Plain text and a simple HTML part; every value that came from a
// user (challenge titles, names) is escaped in the HTML part, and links only ever point at our
// own absolute URLs (appUrl refuses anything but a plain path).
import { withSource } from "@/lib/views/source";
import { appUrl } from "./transport";

export type MailItem = { title: string; body: string | null; url: string; challengeId: string | null; createdAt: Date };
export type RenderedMail = { subject: string; text: string; html: string };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const oneLine = (s: string) => s.replace(/[\r\n]+/g, " ").trim();
const SITE = "Kyoso Hub";

function footer(unsubscribeToken: string) {
  const unsub = appUrl(`/unsubscribe?token=${encodeURIComponent(unsubscribeToken)}`);
  const settings = appUrl("/settings/alerts");
  return {
    text: `\n--\n${SITE}（官民共創プラットフォーム）からのお知らせです。\nメールの受け取り方の変更：${settings}\nメール配信の停止：${unsub}\n`,
    html:
      `<hr style="margin-top:24px"><p style="color:#57534e;font-size:13px">${SITE}（官民共創プラットフォーム）からのお知らせです。<br>` +
      `<a href="${escapeHtml(settings)}">メールの受け取り方を変更する</a> ・ <a href="${escapeHtml(unsub)}">メール配信を停止する</a></p>`,
  };
}

function wrapHtml(inner: string) {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"></head><body style="font-family:sans-serif;line-height:1.7;color:#1c1917">${inner}</body></html>`;
}

/** One notification, sent right away (emailMode IMMEDIATE). */
export function immediateMail(p: {
  name: string;
  item: MailItem;
  unsubscribeToken: string;
  isChallengeMatch: boolean;
}): RenderedMail {
  const { item } = p;
  const link = appUrl(item.url);
  const lead = p.isChallengeMatch ? "お知らせ設定に合う課題が公開されました。" : "新しいお知らせがあります。";
  const f = footer(p.unsubscribeToken);
  const subject = p.isChallengeMatch
    ? `【${SITE}】新しい課題：${oneLine(item.title)}`
    : `【${SITE}】${oneLine(item.title)}`;
  const text = `${p.name} 様\n\n${lead}\n\n■ ${item.title}\n${item.body ? `${item.body}\n` : ""}\n詳しくはこちら：\n${link}\n${f.text}`;
  const html = wrapHtml(
    `<p>${escapeHtml(p.name)} 様</p><p>${escapeHtml(lead)}</p>` +
      `<h2 style="font-size:18px">${escapeHtml(item.title)}</h2>` +
      (item.body ? `<p>${escapeHtml(item.body).replace(/\n/g, "<br>")}</p>` : "") +
      `<p><a href="${escapeHtml(link)}">詳しく見る</a></p>${f.html}`,
  );
  return { subject, text, html };
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
export function digestMail(p: { name: string; items: MailItem[]; unsubscribeToken: string }): RenderedMail {
  const groups = groupForDigest(p.items);
  const f = footer(p.unsubscribeToken);
  const subject = `【${SITE}】本日のお知らせ（${p.items.length}件）`;
  const textGroups = groups
    .map((g) =>
      g
        .map(
          (it, i) =>
            `${i === 0 ? "■" : "  ・"} ${it.title}${it.body ? `\n    ${oneLine(it.body)}` : ""}\n    ${appUrl(withSource(it.url, "digest"))}`,
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
  const lead = `本日のお知らせが ${p.items.length} 件あります（課題ごと・新しい順）。`;
  return {
    subject,
    text: `${p.name} 様\n\n${lead}\n\n${textGroups}\n${f.text}`,
    html: wrapHtml(`<p>${escapeHtml(p.name)} 様</p><p>${escapeHtml(lead)}</p>${htmlGroups}${f.html}`),
  };
}
