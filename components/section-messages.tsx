import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import {
  APP_SECTION_NAMESPACES,
  type AppSection,
  pickMessages,
  SHARED_CLIENT_NAMESPACES,
} from "@/lib/i18n/client-messages";

/** The messages a section of the signed-in area sends to the browser (lib/i18n/client-messages.ts). */
export async function SectionMessages({ section, children }: { section: AppSection; children: React.ReactNode }) {
  const messages = pickMessages(await getMessages(), [...SHARED_CLIENT_NAMESPACES, ...APP_SECTION_NAMESPACES[section]]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
