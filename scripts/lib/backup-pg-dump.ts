// The pg_dump engine of scripts/lib/backup.ts: custom format (compressed, restorable table by table).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** libpq takes the URL as --dbname; the password stays out of the process list through PGPASSWORD. */
function connArgs(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return { args: ["--dbname", u.toString()], env: { ...process.env, PGPASSWORD: password } };
}

export async function pgDumpFor(bin: string, url: string, file: string): Promise<{ tables: number; rows: number }> {
  const { args, env } = connArgs(url);
  await run(bin, ["--format=custom", "--no-owner", "--no-privileges", "--file", file, ...args], {
    env,
    maxBuffer: 64 << 20,
  });
  return { tables: -1, rows: -1 };
}

export async function pgRestore(
  url: string,
  file: string,
  opts: { clean?: boolean },
): Promise<{ tables: number; rows: number }> {
  const bin = process.env.PG_BIN ? path.join(process.env.PG_BIN, "pg_restore") : "pg_restore";
  const { args, env } = connArgs(url);
  const flags = [
    "--no-owner",
    "--no-privileges",
    "--exit-on-error",
    "--single-transaction",
    ...(opts.clean ? ["--clean", "--if-exists"] : []),
  ];
  await run(bin, [...flags, ...args, file], { env, maxBuffer: 64 << 20 });
  return { tables: -1, rows: -1 };
}
