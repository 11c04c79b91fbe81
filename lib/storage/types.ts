import type { Readable } from "node:stream";

/**
 * Where shared documents live. Keys are chosen by the app (random, never the uploader's file
 * name) and are the only handle a backend ever sees. See docs/storage.md for the S3 variant.
 */
export interface DocumentStorage {
  put(key: string, data: Uint8Array): Promise<void>;
  /** A stream of the stored bytes, or null when the key does not exist. */
  get(key: string): Promise<{ stream: Readable; size: number } | null>;
  /** Removing a missing key is not an error (clean-up after a failed transaction may repeat). */
  delete(key: string): Promise<void>;
  /** Every stored key last written before `before` (for the orphan sweep). */
  listOlderThan(before: Date): AsyncIterable<string>;
}

/** Only what newStorageKey produces: a backend refuses anything else, so no key can walk out of its folder. */
export const STORAGE_KEY = /^[a-z0-9]{1,32}\/[a-f0-9]{32}$/;
