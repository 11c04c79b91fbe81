import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { APP_CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";

// The signed-in area's client components (wizard, pipeline board, forms) get every namespace a client
// component uses; the root layout passes only the shared part (lib/i18n/client-messages.ts).
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), APP_CLIENT_NAMESPACES)}>{children}</NextIntlClientProvider>;
}
