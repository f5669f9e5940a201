// Environment variables the command-line entries read, parsed once with readable errors.
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL.")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface to listen on. Not HOSTNAME: shells set that to the machine's name. */
  HOST: z.string().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters.").optional(),
  CLAIMDESK_DEMO_PASSWORD: z.string().min(12, "CLAIMDESK_DEMO_PASSWORD must be at least 12 characters.").optional(),
  /**
   * V8's old-generation limit for `next start`, in MB. Unbounded, V8 sizes it from the machine's memory (about
   * 4 GB here) and lets garbage pile up under load; bounded, it collects sooner. The largest import, a 20 MB file,
   * needs it: saving a 19.5 MB text ran out of memory at 256 and 384 MB and was stored at 640 MB.
   */
  CLAIMDESK_MAX_HEAP_MB: z.coerce.number().int("CLAIMDESK_MAX_HEAP_MB must be a whole number of MB.").min(128, "CLAIMDESK_MAX_HEAP_MB must be at least 128.").default(640),
  /** How long one import file may parse on its worker thread before it is stopped (lib/sources/parse-in-worker.ts). */
  CLAIMDESK_IMPORT_TIMEOUT_MS: z.coerce.number().int().min(100, "CLAIMDESK_IMPORT_TIMEOUT_MS must be at least 100.").default(20_000),
  /** The import worker's heap bound in MB; a parse over it is stopped. */
  CLAIMDESK_IMPORT_WORKER_MB: z.coerce.number().int().min(32, "CLAIMDESK_IMPORT_WORKER_MB must be at least 32.").default(1024),
  /** How many import files parse at once (each on its own worker thread); more wait their turn. */
  CLAIMDESK_IMPORT_WORKERS: z.coerce.number().int().min(1, "CLAIMDESK_IMPORT_WORKERS must be at least 1.").default(1),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}
