// Decidim-class audit findings (issue 7 §3), downloads and route twins:
// - a download/export link that works signed out or for someone else (replay of a copied URL);
// - file URLs that carry a token instead of the session (we sign none: the URL is the id only);
// - a route handler that is looser than the page that links to it.
// See docs/reliability/security-matrix.md.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { canViewDirectory } from "@/lib/companies/access";
import { getCompany } from "@/lib/companies/queries";
import { getFunnelDashboard } from "@/lib/funnel/queries";
import { parseCsvParams } from "@/lib/funnel/schema";
import { getThread } from "@/lib/threads/queries";
import { db } from "@/lib/db";
import { ROLES, type World } from "./authz/types";
import { createWorld } from "./authz/world";
import { documentOf, logoOf } from "./authz/routes";
import { discoverHandlers } from "./authz/discover";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => session.user,
}));

const { GET: documentRoute } = await import("@/app/api/documents/[id]/route");
const { GET: logoRoute } = await import("@/app/api/companies/[id]/logo/route");
const { GET: csvRoute } = await import("@/app/api/funnel/csv/route");

let w: World;
let documentId: string;
let companyId: string;
beforeAll(async () => {
  w = await createWorld();
  documentId = (await documentOf(w, "見積書.pdf")).id;
  companyId = await logoOf(w);
  // A match in each town so both CSVs have rows of their own.
  for (const municipalityId of [w.kagaId, w.otherMunicipalityId]) {
    await db.match.create({
      data: {
        origin: "DIRECT_INQUIRY",
        stage: "MATCHING",
        maxStageRank: 1,
        municipalityId,
        companyId,
        changes: { create: { fromStage: null, toStage: "MATCHING" } },
      },
    });
  }
});

const as = (u: SessionUser | null) => (session.user = u);
const doc = (id = documentId) =>
  documentRoute(new Request(`http://localhost/api/documents/${id}`), { params: Promise.resolve({ id }) });
const logo = (id = companyId) =>
  logoRoute(new Request(`http://localhost/api/companies/${id}/logo`), { params: Promise.resolve({ id }) });
const csv = (qs = "") => csvRoute(new Request(`http://localhost/api/funnel/csv${qs}`));

describe("download and export links", () => {
  it("signed out: document, logo and funnel CSV give 404 and no bytes", async () => {
    as(null);
    for (const res of [await doc(), await logo(), await csv()]) {
      expect(res.status).toBe(404);
      const body = await res.text();
      expect(body).not.toContain("%PDF");
      expect(body).not.toContain("PNG");
      expect(res.headers.get("Cache-Control")).toContain("no-store");
    }
  });

  it("a link copied to a user of another organisation is 404 (document, logo)", async () => {
    as(w.u("staffOwn"));
    expect((await doc()).status).toBe(200);
    for (const other of ["companyOther", "staffOther", "pendingStaff"] as const) {
      as(w.u(other));
      expect((await doc()).status, other).toBe(404);
    }
    as(w.u("companyOther"));
    expect((await logo()).status).toBe(404);
  });

  it("the same link stops working when the session ends (nothing in the URL replays it)", async () => {
    as(w.u("companyOwn"));
    expect((await doc()).status).toBe(200);
    as(null);
    expect((await doc()).status).toBe(404);
  });

  it("another municipality's funnel CSV cannot be asked for: staff always get their own town", async () => {
    const kaga = (await db.organization.findUniqueOrThrow({ where: { id: w.kagaId } })).name;
    const other = (await db.organization.findUniqueOrThrow({ where: { id: w.otherMunicipalityId } })).name;
    as(w.u("staffOther"));
    const res = await csv(`?municipality=${w.kagaId}&by=municipality`);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).not.toContain(kaga);
    // The file is named after the town whose figures it holds: the caller's own.
    const disposition = decodeURIComponent(res.headers.get("Content-Disposition") ?? "");
    expect(disposition).toContain(other);
    expect(disposition).not.toContain(kaga);
    as(w.u("companyOwn"));
    expect((await csv(`?municipality=${w.kagaId}`)).status).toBe(404);
  });

  it("download URLs carry no token: they are /api/<kind>/<id> and need the session", () => {
    const sources = [
      "app/(app)/messages/_components/message-item.tsx",
      "lib/companies/logo.ts",
      "app/(app)/pipeline/funnel/page.tsx",
    ]
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    expect(sources).toContain("`/api/documents/${d.id}`");
    expect(sources).not.toMatch(/token=|signature=|X-Amz-|expires=|getSignedUrl|presign/i);
    const storage = ["lib/storage/index.ts", "lib/storage/types.ts", "lib/storage/local-disk.ts"]
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    expect(storage).not.toMatch(/sign|presign|expires/i);
  });
});

describe("route handlers are never looser than their pages", () => {
  it("/api/documents/[id] ⊆ /messages/[id] (the thread page that links to it)", async () => {
    const thread = await db.document.findUniqueOrThrow({
      where: { id: documentId },
      select: { message: { select: { threadId: true } } },
    });
    for (const role of ROLES) {
      as(w.users[role]);
      const page = !!w.users[role] && (await getThread(w.users[role], thread.message!.threadId)) !== null;
      expect((await doc()).status === 200, role).toBe(page);
    }
  });

  it("/api/funnel/csv ⊆ /pipeline/funnel (requirePageRole + getFunnelDashboard)", async () => {
    const filter = parseCsvParams({});
    for (const role of ROLES) {
      const u = w.users[role];
      as(u);
      const page =
        !!u &&
        ["COORDINATOR", "ADMIN", "MUNICIPAL_STAFF"].includes(u.role) &&
        u.status === "ACTIVE" &&
        (await getFunnelDashboard(u, filter)) !== null;
      expect((await csv()).status === 200, role).toBe(page);
    }
  });

  it("/api/companies/[id]/logo ⊆ /companies/[id] (directory) ∪ /company/profile (own members)", async () => {
    for (const role of ROLES) {
      const u = w.users[role];
      as(u);
      const directory = canViewDirectory(u) && (await getCompany(u, companyId)) !== null;
      const ownProfile = !!u && u.role === "COMPANY_MEMBER" && u.organizationId === companyId && u.status === "ACTIVE";
      expect((await logo()).status === 200, role).toBe(directory || ownProfile);
    }
  });

  it("every route handler is one of the reviewed twins above or public by design", () => {
    const reviewed = new Set([
      "app/api/documents/[id]/route.ts#GET",
      "app/api/companies/[id]/logo/route.ts#GET",
      "app/api/funnel/csv/route.ts#GET",
      // signed-in only, own rows only (markNotificationRead filters by userId; the export has no id at all)
      "app/(app)/notifications/[id]/open/route.ts#GET",
      "app/api/me/export/route.ts#GET",
      // the loop's generated documents: their route ⊆ page twins are in tests/unit/state/documents.test.ts
      "app/api/pilots/[id]/agreement/route.ts#GET",
      "app/api/pilots/[id]/review-sheet/route.ts#GET",
      "app/api/matches/[id]/budget-memo/route.ts#GET",
      // public by design: liveness/readiness probes, sign-up municipality list, search suggestions (filtered per viewer), unsubscribe by token, NextAuth
      "app/api/health/route.ts#GET",
      "app/api/ready/route.ts#GET",
      "app/api/municipalities/route.ts#GET",
      "app/api/search/suggest/route.ts#GET",
      "app/api/unsubscribe/route.ts#GET",
      "app/api/unsubscribe/route.ts#POST",
      // the view beacon: answers nothing but a status, counts only published public challenges (lib/views/record.ts)
      "app/api/views/route.ts#POST",
      "app/api/auth/[...nextauth]/route.ts#GET",
      "app/api/auth/[...nextauth]/route.ts#POST",
    ]);
    expect(discoverHandlers().routes.filter((r) => !reviewed.has(r))).toEqual([]);
  });
});
