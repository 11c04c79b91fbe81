// Every e-mail template × locale, and every platform notice × locale, rendered with sample data: a
// missing text shows as its key path (`mail.stage.lead`, lib/mail/i18n.ts), an English reader must not
// get Japanese, and nothing may be empty (issue 16 §3). Templates are discovered: each exported
// `…Mail` function of lib/mail/*templates.ts needs a sample here, so a new template cannot skip this.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales, type Locale } from "@/lib/i18n/config";
import { renderNotice, type NoticeKey, type NoticeValue } from "@/lib/notifications/notice";
import { translatorFor } from "@/lib/mail/i18n";
import type { RenderedMail } from "@/lib/mail/templates";

const root = path.resolve(import.meta.dirname, "../..");
const mailDir = path.join(root, "lib/mail");
const namespaces = readdirSync(path.join(root, "lib/i18n/messages/ja")).map((f) => f.replace(/\.json$/, ""));
const RAW_KEY = new RegExp(`(?<![\\w/.@-])(${namespaces.join("|")})\\.[A-Za-z_]+`);
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

// ASCII sample data: whatever Japanese an English mail shows then came from our own texts.
const NAME = "Alex Tanaka";
const TOKEN = "unsubscribetoken0001";
const item = {
  title: "Smart lock for the town hall",
  body: "Kaga City - Consultation",
  url: "/challenges/c1",
  challengeId: "c1",
  createdAt: new Date("2026-12-01T03:00:00Z"),
};
const at = (m: number) => new Date(Date.UTC(2026, 11, 1, 3, m));

type Sample = (locale: Locale) => RenderedMail;
const samples: Record<string, Sample[]> = {
  immediateMail: [
    (locale) => templates.immediateMail({ locale, name: NAME, item, unsubscribeToken: TOKEN, isChallengeMatch: true }),
    (locale) => templates.immediateMail({ locale, name: NAME, item, unsubscribeToken: TOKEN, isChallengeMatch: false }),
  ],
  digestMail: [
    (locale) =>
      templates.digestMail({
        locale,
        name: NAME,
        items: [item, { ...item, createdAt: at(9) }, { ...item, challengeId: null }],
        unsubscribeToken: TOKEN,
      }),
    (locale) => templates.digestMail({ locale, name: NAME, items: [item], unsubscribeToken: TOKEN }),
  ],
  stageChangesMail: [
    (locale) =>
      stage.stageChangesMail({
        locale,
        name: NAME,
        subject: item.title,
        changes: [{ from: "INTEREST", to: "MATCHING", at: at(0) }],
        url: "/interests",
        unsubscribeToken: TOKEN,
      }),
    (locale) =>
      stage.stageChangesMail({
        locale,
        name: NAME,
        subject: item.title,
        changes: [
          { from: "MATCHING", to: "MEETING", at: at(0) },
          { from: "MEETING", to: "MATCHING", at: at(1) },
        ],
        url: "/interests",
        unsubscribeToken: TOKEN,
      }),
  ],
  signupConfirmMail: [(locale) => signup.signupConfirmMail("token-abc", 24, locale)],
  signupExistingMail: [(locale) => signup.signupExistingMail(locale)],
  approvedMail: [
    (locale) => approval().approvedMail({ locale, name: NAME }),
    (locale) => approval().approvedMail({ locale, name: NAME, byDesk: true }),
  ],
  staffInvitationMail: [
    (locale) =>
      invitation().staffInvitationMail({
        locale,
        token: "token-abc",
        days: 14,
        municipality: "Kaga City",
        department: "Policy Division",
        inviter: NAME,
        callTitle: "Childcare in 2027",
      }),
    (locale) =>
      invitation().staffInvitationMail({
        locale,
        token: "token-abc",
        days: 14,
        municipality: "Kaga City",
        department: null,
        inviter: null,
        callTitle: null,
      }),
  ],
  rejectedMail: [
    (locale) => approval().rejectedMail({ locale, name: NAME, reason: "Not a municipal address" }),
    (locale) => approval().rejectedMail({ locale, name: NAME, reason: null }),
  ],
};

const templates = await import("@/lib/mail/templates");
const stage = await import("@/lib/mail/stage-templates");
const signup = await import("@/lib/mail/signup-templates");
const modules = new Map<string, Record<string, unknown>>();
for (const file of readdirSync(mailDir).filter((f) => /templates\.ts$/.test(f)))
  modules.set(file, await import(path.join(mailDir, file)));
const approval = () => modules.get("approval-templates.ts") as typeof import("@/lib/mail/approval-templates");
const invitation = () => modules.get("invitation-templates.ts") as typeof import("@/lib/mail/invitation-templates");

/** `export function xMail` in a templates file: what a sender can call. */
const discovered = [...modules.keys()].flatMap((file) =>
  [...readFileSync(path.join(mailDir, file), "utf8").matchAll(/export function (\w+Mail)\b/g)].map((m) => m[1]),
);

function expectWellFormed(mail: RenderedMail, locale: Locale) {
  for (const part of [mail.subject, mail.text, mail.html]) {
    expect(part.trim()).not.toBe("");
    expect(part).not.toMatch(RAW_KEY);
    expect(part).not.toContain("undefined");
  }
  expect(mail.html).toContain(`lang="${locale}"`);
  if (locale === "en") {
    expect(mail.subject, "English subject").not.toMatch(JAPANESE);
    expect(mail.text, "English text").not.toMatch(JAPANESE);
  } else {
    expect(mail.subject).toMatch(/[\u3000-\u30ff\u3400-\u9fff]/);
    expect(mail.text).toMatch(JAPANESE);
  }
}

describe("e-mail templates", () => {
  it("finds the templates, and each has a sample here", () => {
    expect(discovered).toEqual(expect.arrayContaining(["immediateMail", "digestMail", "stageChangesMail"]));
    expect(discovered.filter((name) => !samples[name])).toEqual([]);
  });

  for (const locale of locales)
    for (const [name, cases] of Object.entries(samples))
      it(`${name} in ${locale}: no raw key, nothing empty, all in ${locale}`, () => {
        for (const render of cases) expectWellFormed(render(locale), locale);
      });

  it("says so when a card went back to where it was, and where it stands otherwise", () => {
    const [moved, back] = samples.stageChangesMail.map((s) => s("ja").text);
    expect(moved).toContain("現在の段階：マッチング");
    expect(back).toContain("元の段階（マッチング）に戻りました");
    expect(back).toContain("マッチング → 商談");
    expect(back).toContain("商談 → マッチング");
  });
});

describe("platform notices (lib/i18n/messages/*/notices.json)", () => {
  const ja = JSON.parse(readFileSync(path.join(root, "lib/i18n/messages/ja/notices.json"), "utf8")) as Record<
    string,
    Record<string, string>
  >;
  // Every placeholder the Japanese text uses gets an ASCII value: numbers for counts, a stage reference for a stage,
  // epoch ms for a date (`startsOn`, ICU `{startsOn, date, long}`), a fiscal year for `fiscalYear`.
  const sample = (n: string): NoticeValue =>
    n === "stage"
      ? { msg: "pipeline.stage.MEETING" }
      : n === "step"
        ? { msg: "pipeline.budgetStep.FINANCE_HEARING" }
        : n === "fiscalYear"
          ? { fiscalYear: 2027 }
          : /On$/.test(n)
            ? Date.UTC(2026, 7, 1)
            : /count|total/.test(n)
              ? 2
              : `Sample ${n}`;
  const sampleValues = (text: string): Record<string, NoticeValue> =>
    Object.fromEntries([...text.matchAll(/\{(\w+)/g)].map(([, n]) => [n, sample(n)]));
  const expectClean = (text: string, locale: Locale) => {
    expect(text.trim()).not.toBe("");
    expect(text).not.toMatch(RAW_KEY);
    expect(text).not.toMatch(/\{\w+\}/);
    if (locale === "en") expect(text).not.toMatch(JAPANESE);
  };

  for (const locale of locales)
    for (const key of Object.keys(ja) as NoticeKey[]) {
      it(`${key} in ${locale}: every text`, () => {
        const t = translatorFor(locale, `notices.${key}`);
        for (const [field, text] of Object.entries(ja[key])) {
          const values = Object.fromEntries(
            Object.entries(sampleValues(text)).map(([k, v]) => [k, typeof v === "object" ? "Meeting" : v]),
          );
          // A separator may be punctuation only; it must still exist.
          if (field === "separator") expect(t(field)).not.toMatch(RAW_KEY);
          else expectClean(t(field, values), locale);
        }
      });
      it(`${key} in ${locale}: as stored in Notification.data`, () => {
        const out = renderNotice(locale, { key, values: sampleValues(Object.values(ja[key]).join(" ")) });
        for (const text of [out.title, ...(out.body === null ? [] : [out.body])]) expectClean(text, locale);
        expect(out.body === null).toBe(!("body" in ja[key]));
      });
    }
});
