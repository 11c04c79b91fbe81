import "server-only";
import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { localDiskStorage } from "./local-disk";
import type { DocumentStorage } from "./types";

export type { DocumentStorage } from "./types";

let instance: DocumentStorage | undefined;

/** The configured backend (local disk today; an S3-compatible one would be chosen here, see docs/storage.md). */
export function getStorage(): DocumentStorage {
  instance ??= localDiskStorage(env.UPLOAD_DIR);
  return instance;
}

/** Random, unguessable, and unrelated to the user's file name. */
export function newStorageKey(prefix = "documents"): string {
  return `${prefix}/${randomBytes(16).toString("hex")}`;
}
