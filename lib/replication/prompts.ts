// The first version of a challenge started from a case (「この事例を自分のまちでも」). Shared with the
// challenge schema (client-safe): the sheet's fields hold questions for the clerk, never the case's own
// text, so a published challenge says what the next town needs in its own words. Every question ends with
// PROMPT_MARK, and 公開する refuses a field that still holds it (lib/challenges/schema.ts).

export const PROMPT_MARK = "自分の言葉で書き直してください";
export const PROMPT_LEFT = `参考にした事例の問いかけ（「…${PROMPT_MARK}」）が残っています。自分のまちのことを自分の言葉で書いてください`;

const TITLE_MAX = 100;
const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

export const hasPrompt = (text: string | null | undefined) => !!text && text.includes(PROMPT_MARK);

type SourceCase = { title: string; municipality: string; figures: { label: string; value: string }[] };

/** Title, いま起きていること, 誰が困っているか and 解決したらどうなるか of the draft; the other fields stay empty. */
export function replicationDraft(c: SourceCase) {
  const title = oneLine(c.title);
  const figure = c.figures[0];
  const result = figure ? `事例の成果は「${cut(oneLine(`${figure.label} ${figure.value}`), 60)}」でした。` : "";
  return {
    title: cut(`${title}のような取り組みを検討したい`, TITLE_MAX),
    situation: `（参考にした事例：${oneLine(c.municipality)}「${cut(title, 80)}」。自分のまちでは何に困っていますか？ 事例の文ではなく、${PROMPT_MARK}）`,
    affected: `（自分のまちでは、誰が・どれくらい困っていますか？ 数字があれば添えて、${PROMPT_MARK}）`,
    success: `（${result}自分のまちでは、何が変われば成功ですか？ ${PROMPT_MARK}）`,
  };
}
