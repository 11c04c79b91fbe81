// Which messages travel to the browser. Every page carried the whole catalogue (~40,000 characters,
// half of a public page's RSC payload) because the root layout's provider passed all of it. Now the
// root provider passes only what client components outside app/(app) use — the header's search box,
// sign-in and sign-up forms, the challenge page's status buttons, the error page — and the signed-in
// area (app/(app)/layout.tsx) what any client component uses (about two thirds of the catalogue: the
// dashboard, funnel, audit and about texts are only rendered on the server).
// tests/unit/i18n-client-messages.test.ts fails when a client component uses a namespace missing here.

export const SHARED_CLIENT_NAMESPACES = ["common", "errors", "search.box", "challenges.detail", "auth.signin", "auth.signup"] as const;

export const APP_CLIENT_NAMESPACES = [
  ...SHARED_CLIENT_NAMESPACES, "admin.approvals", "calendar", "cases", "challenges", "companies", "interests.form", "interests.introduce",
  "interests.list", "interests.mine", "interests.screening", "matches", "messages.form", "notifications.alerts", "pipeline", "privacy", "search.similar",
] as const;

type Messages = Record<string, unknown>;

/** The given dotted namespaces of a message catalogue, nested as in the catalogue. */
export function pickMessages(all: Messages, namespaces: readonly string[]): Messages {
  const out: Messages = {};
  for (const ns of namespaces) {
    const path = ns.split(".");
    let from: unknown = all;
    for (const p of path) from = (from as Messages | undefined)?.[p];
    if (from === undefined) continue;
    let to = out;
    for (const p of path.slice(0, -1)) to = (to[p] ??= {}) as Messages;
    to[path[path.length - 1]] = from;
  }
  return out;
}
