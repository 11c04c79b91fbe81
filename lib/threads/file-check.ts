import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { MAX_DOCUMENT_BYTES } from "./schema";
import { extensionOf, neutraliseFileName } from "./file-name";

// What a thread accepts, decided by the bytes (magic numbers via file-type), not by the name or
// the browser's Content-Type, both of which the uploader controls. The name's extension must
// agree with the content, so a program renamed 「見積書.pdf」 or an HTML page named .png is refused.
const BY_MIME: Record<string, string[]> = {
  "application/pdf": ["pdf"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
};

// Legacy Office (OLE compound file): file-type only says "cfb", so the extension picks the type.
const LEGACY_OFFICE: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

export type FileCheck = { ok: true; mimeType: string; fileName: string } | { ok: false; message: string };

const UNSUPPORTED =
  "対応していない形式のファイルです。PDF、Word・Excel・PowerPoint、画像（PNG・JPEG・GIF・WebP）を送れます。";

export async function checkDocument(bytes: Uint8Array, rawName: string): Promise<FileCheck> {
  const fileName = neutraliseFileName(rawName);
  if (bytes.byteLength === 0) return { ok: false, message: `「${fileName}」は空のファイルです。` };
  if (bytes.byteLength > MAX_DOCUMENT_BYTES)
    return { ok: false, message: `「${fileName}」は20MBを超えています。小さくするか分けて送ってください。` };
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return { ok: false, message: `「${fileName}」は${UNSUPPORTED}` };
  const ext = extensionOf(fileName);
  if (detected.ext === "cfb") {
    const mimeType = LEGACY_OFFICE[ext];
    return mimeType ? { ok: true, mimeType, fileName } : { ok: false, message: `「${fileName}」は${UNSUPPORTED}` };
  }
  const allowed = BY_MIME[detected.mime];
  if (!allowed) return { ok: false, message: `「${fileName}」は${UNSUPPORTED}` };
  // No extension at all: add the one the content has, so the download opens in the right program.
  if (!ext) return { ok: true, mimeType: detected.mime, fileName: neutraliseFileName(`${fileName}.${allowed[0]}`) };
  if (!allowed.includes(ext)) {
    return {
      ok: false,
      message: `「${fileName}」は名前（.${ext}）と中身（${detected.ext.toUpperCase()}）が一致しません。正しいファイルか確認してください。`,
    };
  }
  return { ok: true, mimeType: detected.mime, fileName };
}
