// File names come from the uploader's machine and end up in other people's browsers and
// download dialogs, so they are neutralised once, on upload, and again when building headers.
// Storage never uses them: keys are random (lib/storage).

const MAX_NAME = 120;
const MAX_EXT = 10;

/**
 * Keeps the last path segment; drops control and invisible format characters (U+202E RIGHT-TO-LEFT
 * OVERRIDE turns "gpj.exe" into something that looks like a picture); replaces characters that
 * Windows forbids; trims dots and spaces at the ends (no hidden files, no "..");
 * limits the length while keeping the extension. Japanese names pass through unchanged.
 */
export function neutraliseFileName(raw: string, fallback = "file"): string {
  let name = String(raw ?? "").normalize("NFC");
  name = name.split(/[/\\]/).pop() ?? "";
  name = name.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]/gu, "");
  name = name.replace(/[<>:"|?*]/g, "_").replace(/\s+/g, " ");
  name = name.replace(/^[\s.]+|[\s.]+$/g, "");
  if (!name) return fallback;
  const dot = name.lastIndexOf(".");
  const ext =
    dot > 0 && name.length - dot - 1 <= MAX_EXT && /^[A-Za-z0-9]+$/.test(name.slice(dot + 1)) ? name.slice(dot) : "";
  const base = ext ? name.slice(0, dot) : name;
  const chars = [...base];
  const room = MAX_NAME - ext.length;
  const trimmed =
    chars.length > room
      ? chars
          .slice(0, room)
          .join("")
          .replace(/[\s.]+$/, "")
      : base;
  return `${trimmed || fallback}${ext}`;
}

/** The part after the last dot, lower-case, or "" (for matching against the detected type). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/**
 * RFC 6266 attachment header: a plain-ASCII fallback for old clients and the exact UTF-8 name
 * in filename* (RFC 5987), so 「提案書.pdf」 arrives as 提案書.pdf in every current browser.
 */
export function contentDisposition(name: string): string {
  const safe = neutraliseFileName(name);
  const ascii = safe.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_");
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * The same file under its neutralised name, for forms to send. Next's multipart parser refuses a
 * part header that holds a control character (a NUL in the name, which browsers send raw) and the
 * whole request failed with 500 before any of our checks ran; the server neutralises again anyway.
 */
export function withCleanName(file: File): File {
  const name = neutraliseFileName(file.name);
  return name === file.name ? file : new File([file], name, { type: file.type, lastModified: file.lastModified });
}
