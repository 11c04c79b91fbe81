import type { StoredAnswer } from "@/lib/interests/schema";

/** A company's answers to a challenge's questions, as the municipality and the company both see them. */
export function InterestAnswers({ answers, className }: { answers: StoredAnswer[]; className: string }) {
  return (
    <dl className={`${className} space-y-2`}>
      {answers.map((a, n) => (
        <div key={n} className="rounded bg-stone-50 p-3">
          <dt className="text-sm font-medium text-stone-700">{a.question}</dt>
          <dd className="mt-1 whitespace-pre-wrap break-words">{a.answer}</dd>
        </div>
      ))}
    </dl>
  );
}
