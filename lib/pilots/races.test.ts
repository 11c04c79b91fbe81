import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { agreePilot, createPilot, updatePilot } from "./mutations";
import { pilotCast, pilotMatch, planningPilot, termsFor, type PilotCast } from "./test-helpers";

// Two requests at once on one pilot or one match (real parallel transactions on PostgreSQL).

let cast: PilotCast;
beforeAll(async () => {
  cast = await pilotCast();
});

describe("races", () => {
  it("25 parallel creates for one match (both sides and a coordinator) make exactly one pilot", async () => {
    const m = await pilotMatch(cast);
    const who = [cast.dept, m.company, cast.coordinator];
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => createPilot(who[i % 3], { matchId: m.id, ...termsFor() })),
    );
    const ok = results.filter((r) => r.ok);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "open_exists" && r.id === ok[0].id)).toHaveLength(24);
    expect(await db.pilot.count({ where: { matchId: m.id } })).toBe(1);
  }, 60_000);

  it("both sides agreeing at the same moment as an edit: never AGREED on terms one side did not see", async () => {
    let agreedRounds = 0;
    let editedRounds = 0;
    for (let round = 0; round < 8; round++) {
      const m = await pilotMatch(cast);
      const p = await planningPilot(cast, m);
      const edited = { ...termsFor(), title: `編集後 ${round}` };
      const [city, company, edit] = await Promise.all([
        agreePilot(cast.dept, { id: p.id, expectedVersion: p.version }),
        agreePilot(m.company, { id: p.id, expectedVersion: p.version }),
        updatePilot(round % 2 ? cast.coordinator : m.company, { id: p.id, expectedVersion: p.version, ...edited }),
      ]);
      const after = await db.pilot.findUniqueOrThrow({ where: { id: p.id } });
      if (after.status === "AGREED") {
        agreedRounds++;
        // Both agreed to version 0's terms, and the edit did not slip in after them.
        expect(after.title).not.toBe(edited.title);
        expect(edit).toEqual({ ok: false, reason: "locked", id: p.id });
      } else {
        expect(after.status).toBe("PLANNING");
        if (edit.ok) {
          editedRounds++;
          expect(after.title).toBe(edited.title);
          // Whatever agreement landed before the edit was cleared by it; any after it was refused as stale.
          expect([after.cityAgreedAt, after.companyAgreedAt]).toEqual([null, null]);
          for (const r of [city, company]) if (!r.ok) expect(r.reason).toBe("stale");
        }
      }
    }
    expect(agreedRounds + editedRounds).toBe(8);
  }, 120_000);
});
