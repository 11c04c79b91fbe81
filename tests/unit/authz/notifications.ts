// Notifications: every signed-in user (pending staff too: they get 「承認されました」) manages only
// their own rows; someone else's id matches nothing.
import { db } from "@/lib/db";
import {
  markAllNotificationsReadAction,
  markNotificationReadAction,
  saveAlertPreferenceAction,
  saveReaderLocaleAction,
} from "@/lib/notifications/actions";
import { postMessageAction } from "@/lib/threads/actions";
import { act, row, type Entry, type World } from "./types";
import { threadOf } from "./world";

export const notificationOf = (w: World) =>
  db.notification.create({
    data: { userId: w.u("staffOwn").id, type: "DIRECT_INQUIRY", title: "権限テストの通知", url: "/messages" },
  });

export const notificationEntries: Entry[] = [
  {
    id: "lib/notifications/actions.ts#markNotificationReadAction",
    scenarios: [
      {
        name: "staffOwn's notification",
        expect: row("U N A N N N N N"),
        run: async (_, w) => act(markNotificationReadAction, { id: (await notificationOf(w)).id }),
      },
    ],
  },
  {
    id: "lib/notifications/actions.ts#markAllNotificationsReadAction",
    scenarios: [
      {
        name: "own notifications",
        expect: row("U A A A A A A A"),
        run: async () => act(markAllNotificationsReadAction, {}),
      },
    ],
  },
  {
    id: "lib/notifications/actions.ts#saveAlertPreferenceAction",
    scenarios: [
      {
        name: "own preference",
        expect: row("U A A A A A A A"),
        run: async () => act(saveAlertPreferenceAction, { emailMode: "DAILY_DIGEST" }),
      },
    ],
  },
  {
    id: "lib/notifications/actions.ts#saveReaderLocaleAction",
    scenarios: [
      {
        name: "own language",
        expect: row("U A A A A A A A"),
        run: async () => act(saveReaderLocaleAction, { locale: "ja" }),
      },
    ],
  },
  {
    id: "lib/threads/actions.ts#postMessageAction",
    scenarios: [
      // Both sides of the thread and the coordinators; another town's staff or another company: NOT_FOUND.
      {
        name: "staffOwn ↔ companyOwn thread",
        expect: row("U P A N A N A A"),
        run: async (_, w) =>
          act(postMessageAction, { threadId: (await threadOf(w)).id, body: "よろしくお願いします", files: [] }),
      },
    ],
  },
];
