import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { errorCodeOf } from "@/lib/errors";
import { createUser, uid } from "@/tests/fixtures/factories";
import { mostly, withJunkFields } from "@/tests/fixtures/property";
import { autosaveChallengeDraft, type AutosaveResult } from "./autosave";
import { publishChallenge } from "./mutations";
import { challengeAutosaveSchema, challengePublishSchema, CHALLENGE_KINDS } from "./schema";

let staff: SessionUser;
let colleague: SessionUser;
let otherStaff: SessionUser;

beforeAll(async () => {
  staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
  colleague = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
  otherStaff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "082368" });
});

const input = (extra: Record<string, unknown> = {}) =>
  challengeAutosaveSchema.parse({ title: `自動保存 ${uid()}`, revision: randomUUID(), ...extra });

function ok(r: AutosaveResult) {
  if (!r.ok) throw new Error(`expected a save, got ${r.reason}`);
  return r;
}

describe("autosave", () => {
  it("keeps a rough draft: no kind, no situation, and the kind is not silently 相談型", async () => {
    const r = ok(await autosaveChallengeDraft(staff, challengeAutosaveSchema.parse({ situation: "まだ題名がない" })));
    const row = await db.challenge.findUniqueOrThrow({ where: { id: r.id } });
    expect(row).toMatchObject({ status: "DRAFT", title: "", situation: "まだ題名がない", kindChosen: false });
    expect(row.revision).toBe(r.revision);
    const chosen = ok(
      await autosaveChallengeDraft(staff, input({ id: r.id, kind: "THEME_PROPOSAL", baseRevisions: [r.revision] })),
    );
    expect(await db.challenge.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      kind: "THEME_PROPOSAL",
      kindChosen: true,
      revision: chosen.revision,
    });
  });

  it("the same first save sent 25 times at once creates one draft", async () => {
    const first = input();
    const results = await Promise.all(Array.from({ length: 25 }, () => autosaveChallengeDraft(staff, first)));
    const ids = new Set(results.map((r) => ok(r).id));
    expect(ids.size).toBe(1);
    expect(await db.challenge.count({ where: { title: first.title } })).toBe(1);
  });

  it("a retry after a lost answer updates the draft the first save created", async () => {
    const lost = input();
    const { id } = ok(await autosaveChallengeDraft(staff, lost));
    // The browser never heard back, so it still has no id and names the lost version as a possible base.
    const retry = ok(
      await autosaveChallengeDraft(
        staff,
        input({ title: lost.title, situation: "続き", baseRevisions: [lost.revision] }),
      ),
    );
    expect(retry.id).toBe(id);
    expect(await db.challenge.count({ where: { title: lost.title } })).toBe(1);
    expect((await db.challenge.findUniqueOrThrow({ where: { id } })).situation).toBe("続き");
  });

  it("an older tab cannot overwrite newer text; the same save delivered twice is not a conflict", async () => {
    const base = ok(await autosaveChallengeDraft(staff, input()));
    const tabA = input({ id: base.id, situation: "新しい文章", baseRevisions: [base.revision] });
    const a = ok(await autosaveChallengeDraft(staff, tabA));
    expect(ok(await autosaveChallengeDraft(staff, tabA)).revision).toBe(a.revision);
    const tabB = await autosaveChallengeDraft(
      colleague,
      input({ id: base.id, situation: "古い画面の文章", baseRevisions: [base.revision] }),
    );
    expect(tabB).toEqual({ ok: false, reason: "stale" });
    expect((await db.challenge.findUniqueOrThrow({ where: { id: base.id } })).situation).toBe("新しい文章");
    // Overwriting on purpose: the wizard re-sends with the version it was told about.
    ok(
      await autosaveChallengeDraft(colleague, input({ id: base.id, situation: "上書き", baseRevisions: [a.revision] })),
    );
    expect((await db.challenge.findUniqueOrThrow({ where: { id: base.id } })).situation).toBe("上書き");
  });

  it("25 saves at once from the same version: one wins, the rest are stale, the row holds the winner's text", async () => {
    const base = ok(await autosaveChallengeDraft(staff, input()));
    const saves = Array.from({ length: 25 }, (_, i) =>
      input({ id: base.id, situation: `版 ${i}`, baseRevisions: [base.revision] }),
    );
    const results = await Promise.all(saves.map((s) => autosaveChallengeDraft(staff, s)));
    const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "stale")).toHaveLength(24);
    const row = await db.challenge.findUniqueOrThrow({ where: { id: base.id } });
    expect(row.situation).toBe(`版 ${winners[0]}`);
    expect(row.revision).toBe(saves[winners[0]].revision);
  });

  it("a draft published meanwhile is not changed by a late autosave", async () => {
    const base = ok(await autosaveChallengeDraft(staff, input()));
    const pub = challengePublishSchema.parse({
      id: base.id,
      kind: "CONSULTATION",
      title: "公開済みの題名",
      situation: "s",
      themeSlugs: ["dx"],
    });
    await publishChallenge(staff, pub);
    const late = await autosaveChallengeDraft(staff, input({ id: base.id, baseRevisions: [base.revision] }));
    expect(late).toEqual({ ok: false, reason: "not_draft" });
    expect((await db.challenge.findUniqueOrThrow({ where: { id: base.id } })).title).toBe("公開済みの題名");
  });
});

describe("who may autosave", () => {
  it("only editors of the draft's municipality: others get NOT_FOUND and the text stays", async () => {
    const { id, revision } = ok(await autosaveChallengeDraft(staff, input({ situation: "元の文章" })));
    await expect(
      autosaveChallengeDraft(otherStaff, input({ id, situation: "乗っ取り", baseRevisions: [revision] })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const pending = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065", status: "PENDING" });
    await expect(autosaveChallengeDraft(company, input({ id }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(autosaveChallengeDraft(pending, input({ id }))).rejects.toMatchObject({ code: "PENDING_APPROVAL" });
    await expect(autosaveChallengeDraft(null, input({ id }))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await db.challenge.findUniqueOrThrow({ where: { id } })).situation).toBe("元の文章");
  });

  it("a known revision token does not lead to someone else's draft", async () => {
    const victim = ok(await autosaveChallengeDraft(staff, input({ situation: "被害者の文章" })));
    // Without an id the token is only looked up among the caller's own drafts: this makes a new draft.
    const r = ok(
      await autosaveChallengeDraft(otherStaff, input({ situation: "攻撃", baseRevisions: [victim.revision] })),
    );
    expect(r.id).not.toBe(victim.id);
    expect((await db.challenge.findUniqueOrThrow({ where: { id: victim.id } })).situation).toBe("被害者の文章");
    // Reusing the victim's token as the new version's token collides with the unique revision: refused, nothing written.
    await expect(
      autosaveChallengeDraft(otherStaff, input({ situation: "攻撃2", revision: victim.revision })),
    ).rejects.toBeTruthy();
    expect((await db.challenge.findUniqueOrThrow({ where: { id: victim.id } })).situation).toBe("被害者の文章");
  });
});

describe("autosave with hostile input", () => {
  const valid = fc.record({
    title: fc.oneof(fc.constant(""), fc.string({ maxLength: 110 }), fc.constant("空き家\u0000の件")),
    situation: fc.string({ maxLength: 200, unit: "binary" }),
    kind: fc.constantFrom(...CHALLENGE_KINDS, ""),
    themeSlugs: fc.uniqueArray(fc.constantFrom("dx", "housing", "nope")),
    budgetAmount: fc.oneof(fc.constant(""), fc.constant("３,０００,０００円"), fc.integer()),
    revision: mostly(fc.uuid({ version: 4 }), fc.string()),
    baseRevisions: mostly(fc.array(fc.uuid({ version: 4 }), { maxLength: 3 }), fc.anything()),
  });
  const hostile = mostly(
    withJunkFields(valid, ["title", "situation", "kind", "revision", "baseRevisions", "id", "departmentId"]),
    fc.anything(),
  );

  it("either stores a clean draft or refuses with a known code, never a server error", async () => {
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(hostile, async (raw) => {
        const parsed = challengeAutosaveSchema.safeParse(raw);
        if (!parsed.success) return;
        try {
          const r = ok(await autosaveChallengeDraft(staff, parsed.data));
          const row = await db.challenge.findUniqueOrThrow({ where: { id: r.id } });
          expect(row).toMatchObject({ status: "DRAFT", authorId: staff.id, revision: r.revision });
          expect(row.title).not.toMatch(/\u0000/);
          stored++;
        } catch (e) {
          // NOT_FOUND: an id of no draft of ours; ALREADY_EXISTS: a token that is another row's version.
          expect(["NOT_FOUND", "INVALID_INPUT", "ALREADY_EXISTS"]).toContain(errorCodeOf(e));
        }
      }),
      { numRuns: 120 },
    );
    expect(stored).toBeGreaterThan(20);
  });
});
