// Prisma's schema engine as WebAssembly: the SQL `prisma migrate dev` would write, without the native binary.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type { Migration } from "./migrate";

type SchemaFiles = { path: string; content: string }[];
type DiffTarget =
  | { tag: "empty" }
  | { tag: "schemaDatamodel"; files: SchemaFiles }
  | { tag: "schemaDatasource"; files: SchemaFiles; configDir: string }
  | {
      tag: "migrations";
      baseDir: string;
      lockfile: { path: string; content: string | null };
      shadowDbInitScript: string;
      migrationDirectories: { path: string; migrationFile: { path: string; content: { tag: "ok"; value: string } } }[];
    };

type Engine = {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

type EngineModule = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (options: { datamodels: [string, string][] }, log: (message: string) => void, adapter: object) => Promise<Engine> };
};

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHARACTER_COLUMN = ColumnTypeEnum.Character;

/** Which columns of a result were PostgreSQL's one-byte "char", keyed by the result's rows array. */
const charColumns = new WeakMap<object, number[]>();

/**
 * The engine's introspection reads catalog columns of PostgreSQL's one-byte "char" type (e.g.
 * pg_constraint.contype), which the pg driver adapter refuses to map. Label them text for the
 * adapter, remember where they were, and report them as Character columns to the engine.
 */
class CatalogClient extends pg.Client {
  // @ts-expect-error -- pg's overloads; the pool calls the callback form, a checked-out client the promise form.
  override query(...args: unknown[]) {
    const relabel = (res: pg.QueryResult | undefined) => {
      const found: number[] = [];
      res?.fields?.forEach((field, index) => {
        if (field.dataTypeID === PG_CHAR_OID) {
          field.dataTypeID = PG_TEXT_OID;
          found.push(index);
        }
      });
      if (res && found.length) charColumns.set(res.rows, found);
      return res;
    };
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: Error | null, res?: pg.QueryResult) => (last as (e: Error | null, r?: pg.QueryResult) => void)(error, relabel(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return result instanceof Promise ? result.then(relabel) : result;
  }
}

type QueryResultSet = { columnTypes: number[]; rows: unknown[][] };
type EngineAdapter = {
  queryRaw: (query: never) => Promise<QueryResultSet>;
  executeScript: (script: string) => Promise<void>;
  underlyingDriver: () => pg.Pool;
};

/**
 * Two fixes to the connected adapter the engine uses: "char" columns come back as Character, and a
 * migration script runs as one multi-statement query. (The adapter splits scripts on every ";",
 * which breaks function bodies and comments that contain one.)
 */
function forSchemaEngine<A>(connected: A): A {
  const adapter = connected as unknown as EngineAdapter;
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = CHARACTER_COLUMN;
    return result;
  };
  // Dropping the shadow database terminates its idle connections: expected, not a crash.
  adapter.underlyingDriver().on("error", () => {});
  adapter.executeScript = async (script) => {
    // The engine drops its shadow database while its own pool to it is still open.
    const sql = script.replace(/^(\s*DROP DATABASE (?:IF EXISTS )?"prisma_migrate_shadow_db_[0-9a-f-]+")\s*;?\s*$/i, "$1 WITH (FORCE)");
    await adapter.underlyingDriver().query(sql);
  };
  return connected;
}

/**
 * Connection fields rather than a connection string: the adapter opens the shadow database with
 * `{ ...config, database }`, and pg lets a connection string override that `database`.
 */
function poolConfig(url: string): pg.PoolConfig {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)) || "postgres",
    Client: CatalogClient,
  } as pg.PoolConfig;
}

function catalogAwareFactory(url: string) {
  const factory = new PrismaPg(poolConfig(url));
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => forSchemaEngine(await connect());
  factory.connectToShadowDb = async () => forSchemaEngine(await connectToShadowDb());
  return factory;
}

let loaded: Promise<EngineModule> | null = null;

/** On Node 20 the package's ESM entry cannot import a .wasm file: instantiate it by hand. */
function loadModule(): Promise<EngineModule> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bg = (await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href)) as EngineModule;
    const bytes = fs.readFileSync(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return bg;
  })();
  return loaded;
}

export function readSchema(schemaPath = path.resolve("prisma/schema.prisma")): { path: string; content: string } {
  return { path: schemaPath, content: fs.readFileSync(schemaPath, "utf8") };
}

async function runDiff(url: string, from: DiffTarget, schema: { path: string; content: string }): Promise<string> {
  const mod = await loadModule();
  // The engine expects Prisma's error-capturing wrapper around the pg driver adapter.
  const adapter = bindMigrationAwareSqlAdapterFactory(catalogAwareFactory(url));
  const engine = await mod.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, adapter);
  try {
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return (result.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  } finally {
    engine.free();
  }
}

/**
 * SQL that takes the migrations' end state to what `schema.prisma` describes ("" when they agree).
 * Like `prisma migrate diff --from-migrations`: the engine replays them on a shadow database it
 * creates (and drops) on the server at `url`.
 */
export async function diffMigrationsToSchema(url: string, migrations: Migration[], baseDir: string, schema = readSchema()): Promise<string> {
  const lockPath = path.join(baseDir, "migration_lock.toml");
  return runDiff(
    url,
    {
      tag: "migrations",
      baseDir,
      lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
      shadowDbInitScript: "",
      migrationDirectories: migrations.map((m) => ({ path: m.name, migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } } })),
    },
    schema,
  );
}

/** SQL that takes the live database at `url` to what `schema.prisma` describes ("" when they agree). */
export async function diffDatabaseToSchema(url: string, schema = readSchema()): Promise<string> {
  return runDiff(url, { tag: "schemaDatasource", files: [schema], configDir: path.dirname(schema.path) }, schema);
}
