// The authorization matrix (issue 7 §3): every route-handler method and server action in the code
// base, called for real against the test database as each kind of user. A handler found in the
// source without an Entry in tests/unit/authz/ fails "every handler is declared". See
// docs/reliability/security-matrix.md.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { discoverHandlers } from "./authz/discover";
import { ENTRIES } from "./authz/index";
import { ROLES, type World } from "./authz/types";
import { createWorld } from "./authz/world";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
// Next's request-scope stores need the global AsyncLocalStorage that `next start` installs; set it
// before any Next module loads (see authz/request-scope.ts).
vi.hoisted(async () => {
  const { AsyncLocalStorage } = await import("node:async_hooks");
  (globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
});
vi.mock("@/lib/auth/session", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => session.user,
}));
// createAction translates the AppError code; returning the key makes formError the code itself.
vi.mock("next-intl/server", async (orig) => ({
  ...(await orig<typeof import("next-intl/server")>()),
  getTranslations: async () => (key: string) => key,
}));
// revalidatePath needs Next's request store; outside a request it is a no-op for the matrix.
vi.mock("next/cache", async (orig) => ({
  ...(await orig<typeof import("next/cache")>()),
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
}));

let world: World;
beforeAll(async () => {
  world = await createWorld();
  world.as = (u) => (session.user = u);
});

describe("authorization matrix: coverage", () => {
  it("every route handler and server action in the source has an entry", () => {
    const { routes, actions } = discoverHandlers();
    const declared = new Set(ENTRIES.map((e) => e.id));
    const missing = [...routes, ...actions].filter((id) => !declared.has(id));
    expect(
      missing,
      "add an Entry in tests/unit/authz/<domain>.ts for each (docs/reliability/security-matrix.md)",
    ).toEqual([]);
    const stale = [...declared].filter((id) => !routes.includes(id) && !actions.includes(id));
    expect(stale, "entries whose handler no longer exists").toEqual([]);
    expect(routes.length + actions.length).toBeGreaterThan(40);
  });

  it("every entry has at least one scenario and ids are unique", () => {
    expect(new Set(ENTRIES.map((e) => e.id)).size).toBe(ENTRIES.length);
    for (const e of ENTRIES) expect(e.scenarios.length, e.id).toBeGreaterThan(0);
  });
});

describe.each(ENTRIES.map((e) => [e.id, e] as const))("%s", (_id, entry) => {
  it.each(entry.scenarios.map((s) => [s.name, s] as const))("%s", async (_name, scenario) => {
    const got: Record<string, string> = {};
    for (const role of ROLES) {
      session.user = world.users[role];
      try {
        got[role] = await scenario.run(role, world);
      } catch (e) {
        got[role] = `threw ${e instanceof Error ? e.message : String(e)}`;
      }
    }
    session.user = null;
    expect(got).toEqual(scenario.expect);
  });
});
