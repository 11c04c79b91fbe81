// The view beacon of the public challenge page: open to everyone (it must work for signed-out visitors and behind
// the page cache), but only signed-out visitors and companies are counted; staff, coordinators and admins are
// answered alike and leave nothing (docs/metrics.md).
import { POST as viewBeacon } from "@/app/api/views/route";
import { db } from "@/lib/db";
import { createChallenge } from "@/lib/interests/test-helpers";
import { NextRequest } from "next/server";
import { row, type Entry, type Role } from "./types";

const COUNTED: Role[] = ["anonymous", "companyOwn", "companyOther"];

export const viewEntries: Entry[] = [
  {
    id: "app/api/views/route.ts#POST",
    scenarios: [
      {
        name: "a view of 加賀市's published challenge",
        expect: row("A A A A A A A A"),
        run: async (role, w) => {
          const c = await createChallenge(w.u("staffOwn"));
          const res = await viewBeacon(
            new NextRequest("http://localhost:3000/api/views", {
              method: "POST",
              headers: { "content-type": "application/json", "user-agent": "Mozilla/5.0" },
              body: JSON.stringify({ challengeId: c.id, src: "list" }),
            }),
          );
          const counted = (await db.challengeView.count({ where: { challengeId: c.id } })) === 1;
          if (res.status !== 204) return `status ${res.status}`;
          return counted === COUNTED.includes(role) ? "allowed" : `counted=${counted}`;
        },
      },
    ],
  },
];
