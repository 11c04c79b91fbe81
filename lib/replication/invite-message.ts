// The polite first message of an invitation (「招待する」): pure, so its limits are checked by a property
// test (invite.fuzz.test.ts). Every name in it comes from the database and may be long or odd; the result
// must still be a valid direct inquiry (directInquirySchema: subject ≤ 100, body ≤ 5000, no control chars).
import { cleanText } from "@/lib/fields";

const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
const name = (s: string | null | undefined, max: number) => cut(cleanText(s ?? "").replace(/\s+/g, " "), max);

export type InviteFacts = {
  company: string;
  municipality: string;
  department: string | null;
  caseTitle: string;
  caseMunicipality: string;
  challengeTitle: string;
};

export function inviteMessage(f: InviteFacts): { subject: string; body: string } {
  const from = [name(f.municipality, 60), name(f.department, 60)].filter(Boolean).join(" ") || "自治体";
  const caseTitle = name(f.caseTitle, 200) || "（無題の事例）";
  const challenge = name(f.challengeTitle, 200) || "（無題の課題）";
  const subject = cut(`事例「${name(f.caseTitle, 40) || "（無題）"}」を参考にした課題へのお誘い`, 100);
  const body = [
    `${name(f.company, 100) || "貴社"} ご担当者様`,
    `${from}です。Kyoso Hub を通じてご連絡いたします。`,
    `貴社が参加された事例「${caseTitle}」（${name(f.caseMunicipality, 60)}）を拝見し、私どものまちでも同じような取り組みを検討したいと考え、次の課題を公開しました。`,
    `「${challenge}」（このやりとりの上部の課題名から内容をご覧いただけます）`,
    "事例でのご経験を踏まえてお話を伺えましたら幸いです。ご関心がありましたら、このメッセージにご返信ください。",
    "どうぞよろしくお願いいたします。",
  ].join("\n\n");
  return { subject, body };
}
