// How a department's rough answer becomes the first version of a challenge sheet. Pure, so the rules
// are tested without a database (draft.test.ts). The wizard's publish rules apply later, when the
// department confirms: the draft only carries the text over.

type Answer = { trouble: string; tried: string | null; expectation: string | null };
type Merged = Answer & { department: { name: string } };

const TITLE_MAX = 100;
const TEXT_MAX = 4000;

const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** The first line that says something, without the bullet a memo starts with. */
export function titleFrom(trouble: string): string {
  const line =
    trouble
      .split("\n")
      .map((l) => l.replace(/^[\s・\-*●○■□◆◇>＞]+/u, "").trim())
      .find((l) => l.length > 0) ?? "";
  return cut(line, TITLE_MAX);
}

/** The answer's text, then each merged answer's under its department's name, so nothing a department wrote is lost. */
function joined(own: string | null, merged: Merged[], pick: (a: Answer) => string | null): string | null {
  const parts = [own, ...merged.map((m) => (pick(m) ? `【${m.department.name}】\n${pick(m)}` : null))].filter(
    (p): p is string => !!p,
  );
  return parts.length ? cut(parts.join("\n\n"), TEXT_MAX) : null;
}

/**
 * 困っていること → title (first line) and いま起きていること; これまでに試したこと → これまでの取り組み;
 * 企業に期待すること → 解決したらどうなるか (what the department hopes a company makes possible: the
 * sheet's nearest question; the メリット field is the company's side and stays for the department to fill).
 */
export function draftFromAnswers(answer: Answer, merged: Merged[] = []) {
  return {
    title: titleFrom(answer.trouble),
    situation: joined(answer.trouble, merged, (a) => a.trouble) ?? "",
    tried: joined(answer.tried, merged, (a) => a.tried),
    success: joined(answer.expectation, merged, (a) => a.expectation),
  };
}
