import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { STORAGE_KEY, type DocumentStorage } from "./types";

/** Files under one folder (UPLOAD_DIR, default .data/uploads); the key is the relative path. */
export function localDiskStorage(root: string): DocumentStorage {
  const base = path.resolve(root);
  const fileFor = (key: string) => {
    if (!STORAGE_KEY.test(key)) throw new Error("invalid storage key");
    return path.join(base, key);
  };
  return {
    async put(key, data) {
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true });
      // "wx": never overwrite; a key collision would be a bug, not something to paper over.
      await writeFile(file, data, { flag: "wx", mode: 0o640 });
    },
    async get(key) {
      const file = fileFor(key);
      try {
        const s = await stat(file);
        if (!s.isFile()) return null;
        return { stream: createReadStream(file), size: s.size };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },
    async delete(key) {
      await rm(fileFor(key), { force: true });
    },
    async *listOlderThan(before) {
      const prefixes = await readdir(base, { withFileTypes: true }).catch(() => []);
      for (const dir of prefixes) {
        if (!dir.isDirectory()) continue;
        for (const name of await readdir(path.join(base, dir.name))) {
          const key = `${dir.name}/${name}`;
          if (!STORAGE_KEY.test(key)) continue;
          const s = await stat(path.join(base, key)).catch(() => null);
          if (s?.isFile() && s.mtime < before) yield key;
        }
      }
    },
  };
}
