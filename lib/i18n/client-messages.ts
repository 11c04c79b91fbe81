// Which messages travel to the browser. Every page carried the whole catalogue (~40,000 characters,
// half of a public page's RSC payload) because the root layout's provider passed all of it. Now the
// root provider passes only what client components outside app/(app) use — the header's search box,
// sign-in and sign-up forms, the challenge page's status buttons, the error page — and each section
// of the signed-in area (app/(app)/<section>/layout.tsx, SectionMessages) adds what its own client
// components use: a thread page sends its reply form's texts, not the wizard's and the pipeline's
// (one provider for the whole area had sent 25,000 characters to every signed-in page).
// tests/unit/i18n-client-messages.test.ts fails when a client component uses a namespace its section does not send.

export const SHARED_CLIENT_NAMESPACES = [
  "common",
  "errors",
  "search.box",
  "challenges.detail",
  "auth.signin",
  "auth.signup",
] as const;

/** Per section of app/(app), on top of the shared ones. A section without an entry has no layout of its own. */
export const APP_SECTION_NAMESPACES = {
  admin: ["admin.approvals", "admin.users", "calendar.stale", "pipeline"],
  cases: ["cases", "case-approval"],
  challenges: [
    "challenges",
    "interests.form",
    "interests.introduce",
    "interests.list",
    "interests.screening",
    "search.similar",
  ],
  companies: ["companies"],
  desk: ["admin.approvals", "desk"],
  company: ["companies"],
  interests: ["interests.mine"],
  pilots: ["pilots"],
  proposals: ["proposals"],
  messages: ["messages.form", "inbox.meetings"],
  pipeline: ["budget-path", "calendar", "case-approval", "cases.scheme", "inbox.meetings", "matches", "pipeline"],
  settings: ["notifications.alerts", "privacy"],
} as const satisfies Record<string, readonly string[]>;

export type AppSection = keyof typeof APP_SECTION_NAMESPACES;

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
