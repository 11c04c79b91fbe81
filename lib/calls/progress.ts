// A call's progress as the desk reads it: 依頼 → 回答 → 課題化 → 公開 → マッチ. Pure, from rows a query loaded.

type Ask = { departmentId: string };
type Answer = {
  departmentId: string;
  challenge: { status: string; publishedAt: Date | null; _count: { matches: number } } | null;
};

export type CallProgress = {
  /** 依頼: departments asked. */
  asked: number;
  /** 回答: departments that answered at least once, and answers in all. */
  answeredDepartments: number;
  answers: number;
  /** 課題化: answers turned into challenge drafts. */
  turned: number;
  /** 公開: those challenges published (a closed one was published too). */
  published: number;
  /** マッチ: matches on those challenges. */
  matches: number;
};

export function progressOf(asks: Ask[], answers: Answer[]): CallProgress {
  const turned = answers.filter((a) => a.challenge);
  return {
    asked: asks.length,
    answeredDepartments: new Set(answers.map((a) => a.departmentId)).size,
    answers: answers.length,
    turned: turned.length,
    published: turned.filter((a) => a.challenge!.publishedAt).length,
    matches: turned.reduce((n, a) => n + a.challenge!._count.matches, 0),
  };
}
