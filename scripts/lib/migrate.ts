// Prisma migrations through Prisma's own WebAssembly schema engine: the CLI's native engine
// cannot be downloaded on our machines, but the folder format stays Prisma's, so
// `prisma migrate deploy` works unchanged wherever the binary can be had.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { SchemaEngine } from "@prisma/schema-engine-wasm";

const root = path.resolve(import.meta.dirname, "../..");
export const schemaPath = path.join(root, "prisma/schema.prisma");
export const migrationsDir = path.join(root, "prisma/migrations");
const lockName = "migration_lock.toml";
const noFilters = { externalTables: [], externalEnums: [] };

// The wasm engine reports panics through this global before it throws.
let lastPanic = "";
(globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = { set_message: (m: string) => (lastPanic = m) };

async function withEngine<T>(url: string, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const schema = readFileSync(schemaPath, "utf8");
  const { factory, disposeAll } = trackedFactory(url);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const logs: string[] = [];
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, (l: string) => logs.push(l), adapter);
  try {
    return await fn(engine);
  } catch (e) {
    throw new Error(`schema engine: ${(e as Error).message}\n${lastPanic}\n${logs.slice(-5).join("\n")}`, { cause: e });
  } finally {
    engine.free();
    await disposeAll();
  }
}

/**
 * PrismaPg makes its shadow database by spreading its config and overriding `database`; a
 * `connectionString` would win over that override and point the shadow at the real database.
 */
function poolConfig(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    ssl: u.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
  };
}

/**
 * Two workarounds for @prisma/adapter-pg 7.10 when driven by the wasm engine:
 * its shadow database is dropped while its own pool still holds a connection (so the drop fails),
 * and the engine never disposes the pools it opened (so they die noisily when the server stops).
 */
function trackedFactory(url: string) {
  const config = poolConfig(url);
  const open: { dispose(): Promise<void> }[] = [];
  const factory = new PrismaPg(config);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const a = await connect();
    patchCharColumns(a);
    wholeScripts(a);
    open.push(a);
    return a;
  };
  factory.connectToShadowDb = async () => {
    const admin = await connect();
    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ ...config, database: name }).connect();
    patchCharColumns(shadow);
    wholeScripts(shadow);
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  };
  const disposeAll = async () => {
    await Promise.allSettled(open.splice(0).map((a) => a.dispose()));
  };
  return { factory, disposeAll };
}

/**
 * adapter-pg 7.10 splits a migration script at every ";", even inside a function body or a comment, so a
 * PL/pgSQL trigger could not be created. PostgreSQL's simple query protocol runs the script whole (in one
 * implicit transaction), as `prisma migrate deploy` does.
 */
function wholeScripts(adapter: object) {
  const a = adapter as { client: { query(sql: string): Promise<unknown> }; onError(e: unknown): never };
  (adapter as { executeScript(script: string): Promise<void> }).executeScript = async (script) => {
    try {
      await a.client.query(script);
    } catch (e) {
      a.onError(e);
    }
  };
}

/**
 * The engine's catalog queries return columns of PostgreSQL's internal one-byte type "char"
 * (oid 18, e.g. pg_constraint.contype), which adapter-pg 7.10 cannot map, and the engine reads
 * them as Character. Patched on the shared prototype so transactions are covered too; only this
 * migration tool's process is affected.
 */
const CHARACTER = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils
function patchCharColumns(adapter: object) {
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "queryRaw")) proto = Object.getPrototypeOf(proto);
  if (!proto || proto.__charPatched) return;
  const { queryRaw, performIO } = proto;
  proto.queryRaw = async function (this: object, query: unknown) {
    const charCols: number[] = [];
    const self = Object.create(this);
    self.performIO = async (q: unknown) => {
      const r = await performIO.call(this, q);
      r.fields.forEach((f: { dataTypeID: number }, i: number) => {
        if (f.dataTypeID === 18) {
          f.dataTypeID = 25;
          charCols.push(i);
        }
      });
      return r;
    };
    const res = await queryRaw.call(self, query);
    for (const i of charCols) res.columnTypes[i] = CHARACTER;
    return res;
  };
  proto.__charPatched = true;
}

function migrationsList() {
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, lockName);
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: lockName,
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies pending migrations; returns the names applied now. */
export async function applyMigrations(url: string): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrationsList() as never, filters: noFilters });
    return out.appliedMigrationNames;
  });
}

/** SQL that would bring a database built from the migrations up to schema.prisma ("" when in sync). */
export async function pendingSchemaDiff(url: string): Promise<string> {
  ensureLockfile();
  const list = migrationsList();
  return withEngine(url, async (engine) => {
    const res = await engine.diff({
      from: (list.migrationDirectories.length ? { tag: "migrations", ...list } : { tag: "empty" }) as never,
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return (res as { stdout?: string }).stdout ?? "";
  });
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql from the schema diff. */
export async function createMigration(url: string, name: string): Promise<string | null> {
  const sql = await pendingSchemaDiff(url);
  if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name.replace(/[^a-z0-9_]+/gi, "_").toLowerCase()}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  return dir;
}

function ensureLockfile() {
  const lock = path.join(migrationsDir, lockName);
  if (existsSync(lock)) return;
  mkdirSync(migrationsDir, { recursive: true });
  writeFileSync(
    lock,
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
}
