import { existsSync, mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, uid } from "@/tests/fixtures/factories";
import { localDiskStorage } from "./local-disk";
import { newStorageKey } from "./index";
import { SWEEP_GRACE_MS, sweepOrphanedFiles } from "./sweep";

const root = mkdtempSync(path.join(tmpdir(), "kyoso-sweep-"));
const storage = localDiskStorage(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const age = (key: string, ms: number) => {
  const t = new Date(Date.now() - ms);
  utimesSync(path.join(root, key), t, t);
};

describe("orphaned upload sweep", () => {
  it("deletes old files nothing references and keeps documents, logos and fresh uploads", async () => {
    const staff = await createUser({ role: "MUNICIPAL_STAFF" });
    const company = await db.organization.create({ data: { kind: "COMPANY", name: `掃除テスト ${uid()}` } });
    const thread = await db.thread.create({
      data: { kind: "DIRECT_INQUIRY", subject: "sweep", municipalityId: staff.organizationId!, companyId: company.id },
    });
    const [orphan, fresh, document, logo] = [newStorageKey(), newStorageKey(), newStorageKey(), newStorageKey("logos")];
    for (const key of [orphan, fresh, document, logo]) await storage.put(key, new Uint8Array([1, 2, 3]));
    for (const key of [orphan, document, logo]) age(key, SWEEP_GRACE_MS * 3);
    await db.document.create({
      data: {
        threadId: thread.id,
        fileName: "a.pdf",
        mimeType: "application/pdf",
        size: 3,
        storageKey: document,
        sha256: "x",
      },
    });
    await db.companyProfile.create({
      data: { organizationId: company.id, industries: [], regionsServed: [], logoKey: logo },
    });

    const result = await sweepOrphanedFiles(new Date(), storage);
    expect(result).toEqual({ checked: 3, deleted: 1 });
    expect(existsSync(path.join(root, orphan))).toBe(false);
    for (const key of [fresh, document, logo]) expect(existsSync(path.join(root, key)), key).toBe(true);
  });
});
