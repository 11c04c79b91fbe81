import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { enqueueIndex } from "@/lib/search/enqueue";
import { getStorage, newStorageKey } from "@/lib/storage";
import { CAN } from "@/lib/auth/roles";
import { canViewDirectory, editableCompanyWhere } from "./access";
import { companyIdSchema, MAX_LOGO_BYTES } from "./schema";

// Logos are decided by their bytes (magic numbers via file-type), never by the name or the
// browser's Content-Type: an HTML page renamed logo.png is refused, so nothing but an image is
// ever served from /api/companies/[id]/logo.
const LOGO_TYPES = new Set(["image/png", "image/jpeg", "image/webp"]);

export type LogoResult = { ok: true } | { ok: false; message: string };

export async function sniffLogo(
  bytes: Uint8Array,
): Promise<{ ok: true; mimeType: string } | { ok: false; message: string }> {
  if (bytes.byteLength === 0) return { ok: false, message: "空のファイルです。ロゴ画像のファイルを選んでください。" };
  if (bytes.byteLength > MAX_LOGO_BYTES)
    return { ok: false, message: "ロゴ画像は2MBまでです。小さくしてから登録してください。" };
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !LOGO_TYPES.has(detected.mime)) {
    return { ok: false, message: "ロゴに使える画像はPNG・JPEG・WebPだけです。画像ファイルを選んでください。" };
  }
  return { ok: true, mimeType: detected.mime };
}

/** The company's current logo key, or NOT_FOUND when this user may not edit the company. */
async function editableLogoKey(actor: SessionUser, organizationId: string): Promise<string | null> {
  const org = await db.organization.findFirst({
    where: editableCompanyWhere(actor, organizationId),
    select: { companyProfile: { select: { logoKey: true } } },
  });
  if (!org) throw new AppError("NOT_FOUND");
  return org.companyProfile?.logoKey ?? null;
}

/**
 * Stores the image under a fresh random key and records it in one guarded update (the old key must
 * still be the current one, else CONFLICT); the old file is removed only after the commit, and the
 * new one is removed if the update fails, so no row ever points at a missing file.
 */
export async function setCompanyLogo(
  user: SessionUser | null,
  input: { organizationId: string; file: Blob },
): Promise<LogoResult> {
  const actor = assertRole(user, CAN.editCompanyProfiles, { active: true });
  const old = await editableLogoKey(actor, input.organizationId);
  if (input.file.size > MAX_LOGO_BYTES)
    return { ok: false, message: "ロゴ画像は2MBまでです。小さくしてから登録してください。" };
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const check = await sniffLogo(bytes);
  if (!check.ok) return check;
  const storage = getStorage();
  const key = newStorageKey("logos");
  await storage.put(key, bytes);
  try {
    await db.$transaction(async (tx) => {
      const exists = await tx.companyProfile.findUnique({
        where: { organizationId: input.organizationId },
        select: { organizationId: true },
      });
      if (!exists) {
        await tx.companyProfile.create({
          data: { organizationId: input.organizationId, industries: [], regionsServed: [], logoKey: key },
        });
        // A first profile row puts the company in the directory, and so in search.
        await enqueueIndex(tx, "COMPANY", input.organizationId);
        return;
      }
      const { count } = await tx.companyProfile.updateMany({
        where: { organizationId: input.organizationId, logoKey: old },
        data: { logoKey: key },
      });
      if (count === 0) throw new AppError("CONFLICT");
    });
  } catch (e) {
    await storage.delete(key);
    throw e;
  }
  if (old) await storage.delete(old);
  return { ok: true };
}

export async function removeCompanyLogo(user: SessionUser | null, organizationId: string): Promise<LogoResult> {
  const actor = assertRole(user, CAN.editCompanyProfiles, { active: true });
  const old = await editableLogoKey(actor, organizationId);
  if (!old) return { ok: true };
  const { count } = await db.companyProfile.updateMany({
    where: { organizationId, logoKey: old },
    data: { logoKey: null },
  });
  if (count === 0) throw new AppError("CONFLICT");
  await getStorage().delete(old);
  return { ok: true };
}

/** Cache-busting URL for <img>, or null when the company has no logo. */
export function companyLogoUrl(
  organizationId: string,
  profile: { logoKey: string | null; updatedAt: Date } | null | undefined,
): string | null {
  return profile?.logoKey
    ? `/api/companies/${encodeURIComponent(organizationId)}/logo?v=${profile.updatedAt.getTime()}`
    : null;
}

/**
 * The logo bytes for the route, or null (→ 404) when the id is malformed, the user may not see the
 * company (directory audience, or the company's own ACTIVE members), there is no logo, or the
 * stored bytes are not an allowed image.
 */
export async function openCompanyLogo(
  user: SessionUser | null,
  rawId: unknown,
): Promise<{ body: Uint8Array; headers: Headers } | null> {
  const id = companyIdSchema.safeParse(rawId);
  if (!id.success || !user) return null;
  const where = canViewDirectory(user)
    ? { id: id.data, kind: "COMPANY" as const }
    : editableCompanyWhere(user, id.data);
  const org = await db.organization.findFirst({ where, select: { companyProfile: { select: { logoKey: true } } } });
  const key = org?.companyProfile?.logoKey;
  if (!key) return null;
  const file = await getStorage().get(key);
  if (!file) return null;
  const chunks: Buffer[] = [];
  for await (const c of file.stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as Uint8Array));
  const body = new Uint8Array(Buffer.concat(chunks));
  const type = await sniffLogo(body);
  if (!type.ok) return null;
  const headers = new Headers({
    "Content-Type": type.mimeType,
    "Content-Length": String(body.byteLength),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, max-age=300",
    "Content-Security-Policy": "default-src 'none'",
  });
  return { body, headers };
}
