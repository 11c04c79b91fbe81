// createAction turns every kind of bad input into INVALID_INPUT, including values zod itself trips
// over: React decodes a "$T" in a hand-made action body as a proxy that throws on any property read,
// which was logged as a server error (issue 15, class 5).
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createAction } from "./action";
import { logger } from "./log";

vi.mock("@/lib/auth/session", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => null,
}));
vi.mock("next-intl/server", async (orig) => ({
  ...(await orig<typeof import("next-intl/server")>()),
  getTranslations: async () => (key: string) => key,
}));

const action = createAction({ public: true }, z.object({ organizationId: z.string() }), async (input) => input);
const throwsOnRead = new Proxy(
  {},
  {
    get() {
      throw new Error("Cannot access organizationId on the server.");
    },
  },
);

describe("createAction", () => {
  it("refuses input that makes zod throw as INVALID_INPUT, logged as a warning, not an error", async () => {
    const error = vi.spyOn(logger, "error");
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => {});
    for (const raw of [throwsOnRead, [throwsOnRead], { organizationId: throwsOnRead }])
      expect(await action(raw)).toMatchObject({ ok: false, formError: "INVALID_INPUT" });
    expect(error).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
  });

  it("still gives field errors for ordinary bad input, and runs the handler for good input", async () => {
    expect(await action({ organizationId: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { organizationId: [expect.any(String)] },
    });
    expect(await action(null)).toMatchObject({ ok: false, formError: "INVALID_INPUT" });
    expect(await action({ organizationId: "x" })).toEqual({ ok: true, data: { organizationId: "x" } });
  });
});
