import "server-only";

// NIST SP 800-63B-4 §3.1.1.2 for passwords chosen by the user: a minimum length (in
// lib/accounts/schema.ts, shared with the forms), no composition rules, no forced rotation, and
// every new password compared against a list of values known to be common or breached.
// The list is @zxcvbn-ts/language-common's passwords.json (about 49,000 entries gathered from
// public breach corpora), read on first use and kept as a Set.

let breached: Promise<Set<string>> | undefined;

function breachedList(): Promise<Set<string>> {
  breached ??= import("@zxcvbn-ts/language-common/src/passwords.json").then(
    (m) => new Set((m.default as string[]).map((p) => p.toLowerCase())),
  );
  return breached;
}

/** Words of this service that people reach for (NIST's "context-specific words"). */
const CONTEXT_WORDS = ["kyosohub", "kyoso", "kyosopassword", "password", "passw0rd"];

/** "aaaaaaaaaaaaaaa", "abcabcabcabcabc", "passwordpassword": one short chunk repeated. */
function isRepetitive(p: string): boolean {
  for (let size = 1; size <= Math.floor(p.length / 2); size++) {
    if (p.length % size === 0 && p.slice(0, size).repeat(p.length / size) === p) return true;
  }
  return false;
}

/** "123456789012345", "abcdefghijklmno": every character one step from the last. */
function isSequential(p: string): boolean {
  let up = 0;
  let down = 0;
  for (let i = 1; i < p.length; i++) {
    const d = p.charCodeAt(i) - p.charCodeAt(i - 1);
    if (d === 1 || (p[i] === "0" && p[i - 1] === "9")) up++;
    if (d === -1) down++;
  }
  return up === p.length - 1 || down === p.length - 1;
}

const normalize = (p: string) =>
  p
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_.]+/g, "");

/**
 * Why a new password should be refused, or null when it is fine. Also refuses the user's own
 * e-mail address or its local part (what an attacker tries first).
 */
export async function weakPasswordReason(
  password: string,
  opts: { email?: string } = {},
): Promise<"breached" | "predictable" | null> {
  const p = normalize(password);
  const list = await breachedList();
  if (list.has(password.toLowerCase()) || list.has(p)) return "breached";
  if (isRepetitive(p) || isSequential(p)) return "predictable";
  // "kyosohub2026" or "passwordpassword1": little is left once the obvious words are taken out.
  const rest = CONTEXT_WORDS.reduce((s, w) => s.replaceAll(w, ""), p);
  if (rest !== p && (rest.length < 6 || isRepetitive(rest) || isSequential(rest))) return "predictable";
  if (opts.email) {
    const email = normalize(opts.email);
    const local = email.split("@")[0];
    if (p === email || (local.length >= 4 && p.includes(local))) return "predictable";
  }
  return null;
}

export const WEAK_PASSWORD_MESSAGE = {
  breached: "このパスワードは過去に流出したパスワードの一覧に含まれているため使えません。別のパスワードにしてください",
  predictable:
    "推測されやすいパスワードです（同じ文字の繰り返し、連続した文字、メールアドレスなど）。別のパスワードにしてください",
} as const;
