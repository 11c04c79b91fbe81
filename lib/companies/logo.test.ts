import { deflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { getStorage } from "@/lib/storage";
import { createUser } from "@/tests/fixtures/factories";
import { companyLogoUrl, openCompanyLogo, removeCompanyLogo, setCompanyLogo } from "./logo";
import { companyLogoUploadSchema, MAX_LOGO_BYTES } from "./schema";

// A real 1×1 PNG, built byte by byte (signature, IHDR, IDAT, IEND with CRCs).
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function tinyPng(): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 2; // 8-bit RGB
  const idat = deflateSync(Buffer.from([0, 255, 0, 0]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", ihdr),
      chunk("IDAT", idat),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}
const file = (bytes: Uint8Array, name: string, type = "image/png") =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type });
const logoKeyOf = async (organizationId: string) =>
  (await db.companyProfile.findUnique({ where: { organizationId } }))?.logoKey ?? null;

let member: SessionUser;
let otherMember: SessionUser;
let coordinator: SessionUser;
let staff: SessionUser;

beforeAll(async () => {
  member = await createUser({ role: "COMPANY_MEMBER" });
  otherMember = await createUser({ role: "COMPANY_MEMBER" });
  coordinator = await createUser({ role: "COORDINATOR" });
  staff = await createUser({ role: "MUNICIPAL_STAFF" });
});

describe("company logo upload", () => {
  it("accepts a tiny real PNG, stores it under a random key, and serves it to the audience", async () => {
    const png = tinyPng();
    expect(
      await setCompanyLogo(member, { organizationId: member.organizationId!, file: file(png, "logo.png") }),
    ).toEqual({ ok: true });
    const key = await logoKeyOf(member.organizationId!);
    expect(key).toMatch(/^logos\/[a-f0-9]{32}$/);
    const stored = await getStorage().get(key!);
    expect(stored?.size).toBe(png.byteLength);
    stored?.stream.destroy();

    const served = await openCompanyLogo(staff, member.organizationId);
    expect(served?.headers.get("Content-Type")).toBe("image/png");
    expect(served?.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(served?.headers.get("Cache-Control")).toBe("private, max-age=300");
    expect(served?.headers.get("Content-Security-Policy")).toBe("default-src 'none'");
    expect(Buffer.from(served!.body).equals(Buffer.from(png))).toBe(true);
    expect(await openCompanyLogo(member, member.organizationId)).not.toBeNull();
    // Another company's member and anonymous visitors get nothing (→ 404).
    expect(await openCompanyLogo(otherMember, member.organizationId)).toBeNull();
    expect(await openCompanyLogo(null, member.organizationId)).toBeNull();
    const profile = await db.companyProfile.findUniqueOrThrow({ where: { organizationId: member.organizationId! } });
    expect(companyLogoUrl(member.organizationId!, profile)).toContain(
      `/api/companies/${member.organizationId}/logo?v=`,
    );
  });

  it("refuses an HTML page named .png (content, not name)", async () => {
    const html = new TextEncoder().encode("<!doctype html><html><script>alert(1)</script></html>");
    const r = await setCompanyLogo(otherMember, {
      organizationId: otherMember.organizationId!,
      file: file(html, "logo.png"),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("PNG・JPEG・WebP");
    expect(await logoKeyOf(otherMember.organizationId!)).toBeNull();
  });

  it("refuses a file over 2 MB (schema and mutation)", async () => {
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(tinyPng());
    const fd = new FormData();
    fd.set("organizationId", otherMember.organizationId!);
    fd.set("file", file(big, "big.png"));
    const parsed = companyLogoUploadSchema.safeParse(fd);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0].message).toContain("2MB");
    const r = await setCompanyLogo(otherMember, {
      organizationId: otherMember.organizationId!,
      file: file(big, "big.png"),
    });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toContain("2MB");
    expect(await logoKeyOf(otherMember.organizationId!)).toBeNull();
  });

  it("refuses another company's member and municipal staff; a coordinator may set any", async () => {
    await expect(
      setCompanyLogo(otherMember, { organizationId: member.organizationId!, file: file(tinyPng(), "x.png") }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      setCompanyLogo(staff, { organizationId: member.organizationId!, file: file(tinyPng(), "x.png") }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeCompanyLogo(otherMember, member.organizationId!)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await setCompanyLogo(coordinator, {
        organizationId: otherMember.organizationId!,
        file: file(tinyPng(), "x.png"),
      }),
    ).toEqual({ ok: true });
    expect(await logoKeyOf(otherMember.organizationId!)).not.toBeNull();
  });

  it("replacing removes the old stored file; removing clears the key and the file", async () => {
    const org = member.organizationId!;
    await setCompanyLogo(member, { organizationId: org, file: file(tinyPng(), "a.png") });
    const first = (await logoKeyOf(org))!;
    await setCompanyLogo(member, { organizationId: org, file: file(tinyPng(), "b.png") });
    const second = (await logoKeyOf(org))!;
    expect(second).not.toBe(first);
    expect(await getStorage().get(first)).toBeNull();
    const s = await getStorage().get(second);
    expect(s).not.toBeNull();
    s?.stream.destroy();

    expect(await removeCompanyLogo(member, org)).toEqual({ ok: true });
    expect(await logoKeyOf(org)).toBeNull();
    expect(await getStorage().get(second)).toBeNull();
    expect(await openCompanyLogo(staff, org)).toBeNull();
  });
});
