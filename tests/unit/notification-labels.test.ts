// Every notification type has its label in every locale: a missing one showed the raw key
// (`notifications.types.MATCH_STAGE_CHANGED`) on the notifications page (issue 16 §3).
import { describe, expect, it } from "vitest";
import { NotificationType } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";

describe("notification type labels", () => {
  for (const locale of locales) {
    it(`has a label for every type in ${locale}`, () => {
      const types = (loadMessages(locale).notifications as { types: Record<string, unknown> }).types;
      const missing = Object.values(NotificationType).filter((t) => typeof types[t] !== "string" || types[t] === "");
      expect(missing).toEqual([]);
      expect(
        Object.keys(types).filter((k) => !(k in NotificationType)),
        "labels for types that no longer exist",
      ).toEqual([]);
    });
  }
});
