import { NextIntlClientProvider } from "next-intl";

// The signed-in area's client components (wizard, pipeline board, forms) get the whole message
// catalogue; the root layout passes only the shared part (lib/i18n/client-messages.ts).
export default function AppLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
