import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { addressBucket } from "@/lib/auth/forwarded";
import { db } from "@/lib/db";
import type { TrafficSourceParam } from "./source";
import { toSourceValue } from "./source";

// Challenge views, counted as distinct visitors per challenge per JST day (docs/metrics.md). Nothing personal is
// kept: no IP, no user id, no user agent. The visitor is a random first-party cookie; the row stores only a hash
// of it with the day and the challenge, so two rows cannot be linked to each other or back to the cookie.

/** Scoped to the beacon's path: pages never carry it, so the anonymous page cache (lib/page-cache) still applies. */
export const VISITOR_COOKIE = "kh_vid";
export const VISITOR_COOKIE_PATH = "/api/views";
/** One day: counting is per day, so a longer-lived id would only make the cookie a longer-lived identifier. */
export const VISITOR_COOKIE_MAX_AGE = 24 * 60 * 60;
const VISITOR_ID = /^[A-Za-z0-9_-]{22}$/;

export const newVisitorId = () => randomBytes(16).toString("base64url");
export const validVisitorId = (v: string | undefined): v is string => !!v && VISITOR_ID.test(v);

// Crawlers, link previews and scripted clients that run JavaScript (most bots never run the beacon at all).
const BOT =
  /bot|crawl|spider|slurp|archiver|preview|facebookexternalhit|embedly|lighthouse|pagespeed|curl|wget|python|java\/|go-http|okhttp|axios|node-fetch|undici|^$/i;
export const isBot = (userAgent: string | null) => BOT.test(userAgent ?? "");

/** The JST calendar day of `now`, "2026-12-06". */
export const jstDay = (now: Date) => new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);

const visitorHash = (visitorId: string, day: string, challengeId: string) =>
  createHash("sha256").update(`${visitorId}|${day}|${challengeId}`).digest("base64url").slice(0, 32);

/**
 * Counts one view, once per visitor, challenge and day (the first source of the day is kept). Only a published,
 * public challenge is counted; anything else, like an unknown id, is silently not counted. One statement, so
 * parallel beacons of the same visitor leave one row (primary key, ON CONFLICT DO NOTHING).
 */
export async function recordView(input: {
  challengeId: string;
  source: TrafficSourceParam;
  visitorId: string;
  now?: Date;
}): Promise<boolean> {
  const day = jstDay(input.now ?? new Date());
  const visitor = visitorHash(input.visitorId, day, input.challengeId);
  const n = await db.$executeRaw`
    INSERT INTO "ChallengeView" ("challengeId", "day", "visitor", "source")
    SELECT c."id", ${day}::date, ${visitor}, ${toSourceValue(input.source)}::"TrafficSource"
    FROM "Challenge" c
    WHERE c."id" = ${input.challengeId} AND c."status" = 'PUBLISHED' AND c."kind" <> 'PRIVATE_CONSULTATION'
    ON CONFLICT DO NOTHING`;
  return n > 0;
}

/**
 * Beacons per client address (the /64 for IPv6) in 10 minutes: a city hall or an office is one NAT address, and a
 * person reading 20 challenges sends 20. Past it the view is not counted; the page is unaffected. The key is a hash,
 * so the table holds no address.
 */
export const VIEW_LIMIT = { max: 300, windowMs: 10 * 60_000 };
export const viewAddressKey = (ip: string) =>
  `view:ip:${createHash("sha256").update(addressBucket(ip)).digest("hex").slice(0, 32)}`;
