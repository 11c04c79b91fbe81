import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { createUser } from "@/tests/fixtures/factories";
import { countMyData, exportMyData } from "./queries";

// Issue 15 F11: the audit log is kept after deletion, so 個人情報保護法 §33 disclosure must include it.
describe("personal-data export: the audit rows about the person", () => {
  it("lists their sign-ins, failures and actions with addresses, and nothing of anyone else", async () => {
    const me = await createUser({ role: "COMPANY_MEMBER" });
    const other = await createUser({ role: "COMPANY_MEMBER" });
    const admin = await createUser({ role: "ADMIN" });
    await recordAudit({
      action: "SIGNIN_SUCCESS",
      actorId: me.id,
      targetType: "User",
      targetId: me.id,
      ip: "198.51.100.7",
    });
    await recordAudit({
      action: "SIGNIN_FAILURE",
      targetType: "User",
      targetId: me.id,
      ip: "203.0.113.9",
      meta: { email: me.email },
    });
    // A lock on the address names the account only in meta.
    await recordAudit({ action: "SIGNIN_LOCKED", ip: "203.0.113.10", meta: { email: me.email, by: "account" } });
    await recordAudit({
      action: "DOCUMENT_DOWNLOADED",
      actorId: me.id,
      targetType: "Document",
      targetId: "doc1",
      ip: "198.51.100.7",
    });
    // Someone else acting on them: what and when, not the other person's address or note.
    await recordAudit({
      action: "ACCOUNT_APPROVED",
      actorId: admin.id,
      targetType: "User",
      targetId: me.id,
      ip: "192.0.2.44",
      meta: { reason: "管理者のメモ" },
    });
    await recordAudit({
      action: "SIGNIN_SUCCESS",
      actorId: other.id,
      targetType: "User",
      targetId: other.id,
      ip: "192.0.2.99",
    });

    const data = await exportMyData(me);
    const rows = data.auditLog;
    expect(rows.map((r) => r.action).sort()).toEqual(
      ["ACCOUNT_APPROVED", "DOCUMENT_DOWNLOADED", "SIGNIN_FAILURE", "SIGNIN_LOCKED", "SIGNIN_SUCCESS"].sort(),
    );
    expect(rows.find((r) => r.action === "SIGNIN_SUCCESS")).toMatchObject({ by: "you", ip: "198.51.100.7" });
    expect(rows.find((r) => r.action === "SIGNIN_FAILURE")).toMatchObject({
      by: null,
      ip: "203.0.113.9",
      targetId: "you",
    });
    expect(rows.find((r) => r.action === "SIGNIN_LOCKED")?.ip).toBe("203.0.113.10");
    expect(rows.find((r) => r.action === "ACCOUNT_APPROVED")).toMatchObject({ by: "another user", ip: null, meta: {} });
    const json = JSON.stringify(data);
    for (const s of ["192.0.2.44", "192.0.2.99", "管理者のメモ", admin.id, other.id]) expect(json).not.toContain(s);
    expect((await countMyData(me)).audit).toBe(rows.length);
  });

  it("does not give a new account the sign-in history of an earlier holder of the address", async () => {
    const me = await createUser({ role: "COMPANY_MEMBER" });
    await db.auditLog.create({
      data: {
        action: "SIGNIN_LOCKED",
        ip: "203.0.113.77",
        meta: { email: me.email },
        at: new Date(Date.now() - 86_400_000),
      },
    });
    const { auditLog } = await exportMyData(me);
    expect(auditLog.some((r) => r.ip === "203.0.113.77")).toBe(false);
  });
});
