// Route handlers, called as functions with a Request (the session comes from the mocked
// getCurrentUser, exactly as in production). Downloads answer 404 to anyone who may not see the
// thing, so a URL reveals nothing; the notification link redirects instead.
import { GET as openNotification } from "@/app/(app)/notifications/[id]/open/route";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { GET as logo } from "@/app/api/companies/[id]/logo/route";
import { GET as document } from "@/app/api/documents/[id]/route";
import { GET as funnelCsv } from "@/app/api/funnel/csv/route";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { GET as municipalities } from "@/app/api/municipalities/route";
import { GET as suggest } from "@/app/api/search/suggest/route";
import { GET as unsubscribeGet, POST as unsubscribePost } from "@/app/api/unsubscribe/route";
import { db } from "@/lib/db";
import { setCompanyLogo } from "@/lib/companies/logo";
import { postMessage } from "@/lib/threads/mutations";
import { postMessageSchema } from "@/lib/threads/schema";
import { tinyPdf, tinyPng } from "@/tests/fixtures/threads";
import { TEST_PASSWORD } from "@/tests/fixtures/factories";
import { NextRequest } from "next/server";
import { notificationOf } from "./notifications";
import { byStatus, row, type Entry, type World } from "./types";
import { threadOf } from "./world";
import { inRequestScope } from "./request-scope";

const ORIGIN = "http://localhost:3000";
const req = (p: string, init?: RequestInit) =>
  new NextRequest(new URL(p, ORIGIN), init as ConstructorParameters<typeof NextRequest>[1]);
const params = <T extends object>(p: T) => ({ params: Promise.resolve(p) });
const EVERYONE = row("A A A A A A A A");

/** A PDF posted by staffOwn in their thread with companyOwn. */
export async function documentOf(w: World, name = "提案書.pdf") {
  const t = await threadOf(w);
  const r = await postMessage(
    w.u("staffOwn"),
    postMessageSchema.parse({ threadId: t.id, body: "", files: [new File([tinyPdf() as BlobPart], name)] }),
  );
  if (!r.ok) throw new Error(r.fileErrors.join());
  return db.document.findFirstOrThrow({ where: { messageId: r.messageId } });
}

export async function logoOf(w: World) {
  const org = w.u("companyOwn").organizationId!;
  const r = await setCompanyLogo(w.u("companyOwn"), {
    organizationId: org,
    file: new File([tinyPng() as BlobPart], "logo.png"),
  });
  if (!r.ok) throw new Error(r.message);
  return org;
}

/** 303 to /signin = UNAUTHENTICATED; to the list = NOT_FOUND (someone else's id); elsewhere = allowed. */
function redirectOutcome(res: Response): string {
  const to = new URL(res.headers.get("location") ?? "", ORIGIN).pathname;
  if (res.status !== 303) return `status ${res.status}`;
  return to === "/signin" ? "UNAUTHENTICATED" : to === "/notifications" ? "NOT_FOUND" : "allowed";
}

export const routeEntries: Entry[] = [
  {
    id: "app/(app)/notifications/[id]/open/route.ts#GET",
    scenarios: [
      {
        name: "staffOwn's notification",
        expect: row("U N A N N N N N"),
        run: async (_, w) => {
          const n = await notificationOf(w);
          return redirectOutcome(await openNotification(req(`/notifications/${n.id}/open`), params({ id: n.id })));
        },
      },
    ],
  },
  {
    id: "app/api/documents/[id]/route.ts#GET",
    scenarios: [
      {
        name: "PDF in a staffOwn ↔ companyOwn thread",
        expect: row("N N A N A N A A"),
        run: async (_, w) => {
          const d = await documentOf(w);
          return byStatus(await document(req(`/api/documents/${d.id}`), params({ id: d.id })));
        },
      },
    ],
  },
  {
    id: "app/api/companies/[id]/logo/route.ts#GET",
    // Directory viewers (ACTIVE staff, coordinators, admins) and the company's own members.
    scenarios: [
      {
        name: "companyOwn's logo",
        expect: row("N N A A A N A A"),
        run: async (_, w) => {
          const id = await logoOf(w);
          return byStatus(await logo(req(`/api/companies/${id}/logo`), params({ id })));
        },
      },
    ],
  },
  {
    id: "app/api/funnel/csv/route.ts#GET",
    // Staff always get their own municipality (the municipality param is ignored for them: see security tests).
    scenarios: [
      {
        name: "加賀市 funnel",
        expect: row("N N A A N N A A"),
        run: async (_, w) => byStatus(await funnelCsv(req(`/api/funnel/csv?municipality=${w.kagaId}`))),
      },
    ],
  },
  {
    id: "app/api/health/route.ts#GET",
    scenarios: [{ name: "liveness", expect: EVERYONE, run: async () => byStatus(await health()) }],
  },
  {
    id: "app/api/ready/route.ts#GET",
    // A load-balancer probe, public by design: 200 or 503, and never a connection string or stack.
    scenarios: [
      {
        name: "readiness",
        expect: EVERYONE,
        run: async () => {
          const res = await ready();
          const body = await res.text();
          return [200, 503].includes(res.status) && !/postgres(ql)?:\/\/|at .+\.ts:\d+/.test(body)
            ? "allowed"
            : `status ${res.status} ${body.slice(0, 200)}`;
        },
      },
    ],
  },
  {
    id: "app/api/municipalities/route.ts#GET",
    scenarios: [
      {
        name: "石川県 list (public, for sign-up)",
        expect: EVERYONE,
        run: async () => byStatus(await municipalities(req("/api/municipalities?pref=17"))),
      },
    ],
  },
  {
    id: "app/api/search/suggest/route.ts#GET",
    // Public; what each viewer may see is filtered by the search backend (lib/search/contract.test.ts).
    scenarios: [
      {
        name: "suggestions",
        expect: EVERYONE,
        run: async () => byStatus(await suggest(req("/api/search/suggest?q=空き家"))),
      },
    ],
  },
  {
    id: "app/api/unsubscribe/route.ts#POST",
    // No session: the token is the credential, and it only ever turns off its owner's mail.
    scenarios: [
      {
        name: "staffOwn's token",
        expect: EVERYONE,
        run: async (_, w) => {
          const p = await db.alertPreference.upsert({
            where: { userId: w.u("staffOwn").id },
            create: { userId: w.u("staffOwn").id, emailMode: "IMMEDIATE" },
            update: { emailMode: "IMMEDIATE" },
          });
          const res = await unsubscribePost(req(`/api/unsubscribe?token=${p.unsubscribeToken}`, { method: "POST" }));
          return res.status === 303 && new URL(res.headers.get("location")!).searchParams.get("done") === "1"
            ? "allowed"
            : `status ${res.status}`;
        },
      },
    ],
  },
  {
    id: "app/api/unsubscribe/route.ts#GET",
    scenarios: [
      {
        name: "confirm page redirect (changes nothing)",
        expect: EVERYONE,
        run: async () =>
          (await unsubscribeGet(req("/api/unsubscribe?token=abcdefghijkl"))).status === 303 ? "allowed" : "status",
      },
    ],
  },
  {
    id: "app/api/auth/[...nextauth]/route.ts#GET",
    scenarios: [
      {
        name: "providers (NextAuth's own endpoint)",
        expect: EVERYONE,
        run: async () => {
          const r = req("/api/auth/providers");
          return byStatus(
            await inRequestScope(r, "/api/auth/[...nextauth]", () => authGet(r, params({ nextauth: ["providers"] }))),
          );
        },
      },
    ],
  },
  {
    id: "app/api/auth/[...nextauth]/route.ts#POST",
    // Without the CSRF token NextAuth refuses to sign anyone in: it redirects, issuing no session cookie.
    scenarios: [
      {
        name: "sign-in with the right password but no CSRF token",
        expect: EVERYONE,
        run: async (_, w) => {
          const r = req("/api/auth/callback/credentials", {
            method: "POST",
            body: new URLSearchParams({ email: w.u("admin").email, password: TEST_PASSWORD }),
            headers: { "content-type": "application/x-www-form-urlencoded" },
          });
          const res: Response = await inRequestScope(r, "/api/auth/[...nextauth]", () =>
            authPost(r, params({ nextauth: ["callback", "credentials"] })),
          );
          const cookies = res.headers.getSetCookie?.() ?? [];
          if (cookies.some((c) => c.includes("session-token"))) return "issued a session without CSRF";
          return res.headers.get("location")?.includes("csrf=true") ? "allowed" : `status ${res.status}`;
        },
      },
    ],
  },
];
