// Where a visitor came from to a challenge page (docs/metrics.md): a small fixed list carried as ?src= on the links
// the platform itself makes. Anything else (no parameter, an external link, a hand-edited or hostile value) is
// "direct". Shared with client components: nothing server-only here.
import { choiceParam } from "@/lib/fields";

export const TRAFFIC_SOURCES = ["alert", "digest", "search", "case", "directory", "home", "list", "direct"] as const;
export type TrafficSourceParam = (typeof TRAFFIC_SOURCES)[number];
/** The TrafficSource enum of the database, the same list in capitals. */
export type TrafficSourceValue = Uppercase<TrafficSourceParam>;

export const sourceParam = choiceParam(TRAFFIC_SOURCES, "direct");

/** ?src= as given (string, array or nothing) → one of the list, "direct" for everything else. Never throws. */
export const parseSource = (v: unknown): TrafficSourceParam => sourceParam.parse(v);

export const toSourceValue = (s: TrafficSourceParam) => s.toUpperCase() as TrafficSourceValue;

/** A link to a challenge page from one of the platform's own places. */
export const challengeHref = (id: string, src: TrafficSourceParam) => `/challenges/${id}?src=${src}`;

/**
 * `href` with its source set (replacing one it had), if it is a challenge page; any other link as it was. For links
 * made elsewhere: search hits (whatever the backend answers), a notification's url when it goes out in the digest.
 */
export function withSource(href: string, src: TrafficSourceParam): string {
  const m = /^(\/challenges\/[^/?#]+)(\?[^#]*)?(#.*)?$/.exec(href);
  if (!m || m[1] === "/challenges/new") return href;
  const params = new URLSearchParams(m[2] ?? "");
  params.set("src", src);
  return `${m[1]}?${params}${m[3] ?? ""}`;
}

/** The interest form of a challenge, keeping the source; "direct" is left out to keep the URL plain. */
export const interestHref = (id: string, src: TrafficSourceParam) =>
  `/challenges/${id}/interest${src === "direct" ? "" : `?src=${src}`}`;
