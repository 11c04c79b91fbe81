import { getMessages } from "next-intl/server";

/**
 * Plain texts of one part of calls.json for a client component. The desk's section sends no message namespace
 * of ours to the browser (lib/i18n/client-messages.ts), so its forms get their few labels as props.
 */
export async function callLabels<K extends "form" | "actions" | "answer">(part: K): Promise<Record<string, string>> {
  const all = (await getMessages()) as { calls: Record<K, Record<string, string>> };
  return all.calls[part];
}
