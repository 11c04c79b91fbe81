import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/tests/fixtures/factories";
import { sendDirectInquiry } from "./mutations";
import { createCompany } from "./test-helpers";

// The notification write is the last step of the transaction; make it fail and nothing may remain.
vi.mock("@/lib/notifications/outbox", () => ({
  notify: vi.fn(async () => {
    throw new Error("outbox down");
  }),
}));

describe("direct inquiry transaction", () => {
  it("leaves no thread and no message when notifying fails", async () => {
    const staff = await createUser({ role: "MUNICIPAL_STAFF" });
    const company = await createCompany();
    await expect(sendDirectInquiry(staff, { companyId: company.id, subject: "件名", body: "本文" })).rejects.toThrow(
      "outbox down",
    );
    expect(await db.thread.count({ where: { companyId: company.id } })).toBe(0);
    expect(await db.message.count({ where: { thread: { companyId: company.id } } })).toBe(0);
  });
});
