import "server-only";
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE, type Locale } from "./config";

/**
 * The language the visitor chose with the language switch (its cookie, as lib/i18n/request.ts reads it);
 * none when they never chose one, or outside a request (tests).
 */
export async function chosenLocale(): Promise<Locale | undefined> {
  try {
    const value = (await cookies()).get(LOCALE_COOKIE)?.value;
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
