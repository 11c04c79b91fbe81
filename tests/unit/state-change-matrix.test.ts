// Class 4 of issue 15: what each role sees after a state change that happens AFTER a relationship
// exists. For every change (tests/unit/state/changes.ts) a fresh scene is built through the real
// mutations (scene.ts), the change is made, and every view (views.ts) is read as every role; each
// cell says which strings must not appear and which must. docs/reliability/state-changes.md.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopBoss } from "@/lib/jobs/boss";
import { startMailSink, type MailSink } from "@/lib/mail/sink";
import { closeTransport, setSmtpTarget } from "@/lib/mail/transport";
import { CHANGES, resolve, type Cell } from "./state/changes";
import { discoverReads, REVIEWED } from "./state/coverage";
import { buildScene, ROLES, viewerNow, type Scene } from "./state/scene";
import { shown, VIEWS, type MailBox } from "./state/views";

let sink: MailSink;
let mail: MailBox;

beforeAll(async () => {
  sink = await startMailSink({ port: 0 });
  setSmtpTarget({ port: sink.port });
  mail = {
    textTo: async (email) => {
      const mine = sink.messages.filter((m) => m.to.includes(email));
      const parsed = await Promise.all(mine.map((m) => sink.parse(m)));
      return parsed.map((p) => `${p.subject}\n${p.text}`).join("\n");
    },
  };
});
afterAll(async () => {
  closeTransport();
  await sink.stop();
  await stopBoss();
});

function cellsFor(change: (typeof CHANGES)[number], role: (typeof ROLES)[number], view: string): Cell[] {
  const byView = change.expect[role] ?? {};
  return [byView["*"], byView[view]].filter((c): c is Cell => !!c);
}

describe("state-change matrix: nobody sees more than the new state allows", () => {
  it("every exported read is a view of the matrix or reviewed", () => {
    const views = new Set(VIEWS.map((v) => v.id));
    const found = discoverReads();
    const unclassified = found.filter((id) => !views.has(id) && !(id in REVIEWED));
    expect(unclassified, "add these to tests/unit/state/views.ts or coverage.ts REVIEWED").toEqual([]);
    const stale = [...views, ...Object.keys(REVIEWED)].filter((id) => !found.includes(id));
    expect(stale, "listed but no longer exported").toEqual([]);
  });

  it("every cell names a view that exists", () => {
    const ids = new Set(["*", ...VIEWS.map((v) => v.id)]);
    for (const change of CHANGES)
      for (const byView of Object.values(change.expect))
        for (const view of Object.keys(byView ?? {})) expect(ids, `${change.name}: ${view}`).toContain(view);
  });

  for (const change of CHANGES) {
    it(change.name, async () => {
      const scene: Scene = await buildScene();
      await change.run(scene);
      const failures: string[] = [];
      for (const role of ROLES) {
        const user = scene.users[role];
        const viewer = await viewerNow(user);
        for (const view of VIEWS) {
          const cells = cellsFor(change, role, view.id);
          if (!cells.length) continue;
          const out = await shown(view, { scene, viewer, user, mail });
          for (const c of cells) {
            for (const t of c.hide ?? [])
              if (out.includes(resolve(scene, t))) failures.push(`${role} × ${view.id}: shows ${t}`);
            for (const t of c.show ?? [])
              if (!out.includes(resolve(scene, t))) failures.push(`${role} × ${view.id}: does not show ${t}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
