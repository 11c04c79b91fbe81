"use client";

import NextLink from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * next/link that prefetches on intent (pointer over it, keyboard focus, touch), not on sight. Next prefetches
 * every link that scrolls into view; our pages are dynamic, so each of those is a server round trip that
 * buys little, and one page view cost about twice the server CPU of the page itself (docs/architecture.md).
 */
export default function Link({
  prefetch,
  onMouseEnter,
  onFocus,
  onTouchStart,
  ...props
}: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false);
  const wake = () => setIntent(true);
  return (
    <NextLink
      {...props}
      prefetch={prefetch ?? (intent ? null : false)}
      onMouseEnter={(e) => (wake(), onMouseEnter?.(e))}
      onFocus={(e) => (wake(), onFocus?.(e))}
      onTouchStart={(e) => (wake(), onTouchStart?.(e))}
    />
  );
}
