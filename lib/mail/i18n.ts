// Translators for text rendered outside a request (e-mail, notices written by jobs and actions): the
// locale is the reader's (User.locale), never the sender's cookie or the server's default.
// use-intl/core (next-intl's own core, no React): the job worker runs with the react-server condition, under
// which "next-intl" pulls in next/headers and React client hooks and fails to load (every mail job failed).
import { createTranslator } from "use-intl/core";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";

/** A stored locale that is not one we ship (or none at all) reads as Japanese. */
export function readerLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A missing text renders as its key path (`mail.stage.lead`), which the template enumeration test
 * (tests/unit/mail-templates.test.ts) looks for; it is never thrown at a reader.
 */
export function translatorFor(locale: Locale, namespace?: string): Translate {
  const t = createTranslator({
    locale,
    messages: loadMessages(locale) as Record<string, never>,
    timeZone: "Asia/Tokyo",
    onError: () => {},
    getMessageFallback: ({ namespace: ns, key }) => [ns, key].filter(Boolean).join("."),
  });
  // The catalogue is loaded at run time, so keys are plain strings here; the enumeration test checks them.
  const translate = t as unknown as Translate;
  return (key, values) => translate(namespace ? `${namespace}.${key}` : key, values);
}
