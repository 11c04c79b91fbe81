"use client";
import { useEffect } from "react";
import type { TrafficSourceParam } from "@/lib/views/source";

/**
 * Counts the view (app/api/views/route.ts) from the browser: the page itself may come from the anonymous page cache,
 * so the server render happens once for many visitors. Crawlers that do not run scripts are never counted.
 */
export function ViewBeacon({ challengeId, src }: { challengeId: string; src: TrafficSourceParam }) {
  useEffect(() => {
    fetch("/api/views", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ challengeId, src }),
      keepalive: true,
      credentials: "same-origin",
    }).catch(() => {});
  }, [challengeId, src]);
  return null;
}
