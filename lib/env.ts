// Environment variables the command-line entries read, parsed once with readable errors.
import { z } from "zod";
import { DEFAULT_CONNECTIONS_PER_ADDRESS, DEFAULT_PAGE_RENDERS_PER_MINUTE } from "./http/client-limits";
import { DEFAULT_HELD_BODY_BYTES } from "./http/large-bodies";
import { parseTrustedProxies } from "./http/forwarded";
import { DEFAULT_S_MAXAGE, DEFAULT_STALE_SECONDS } from "./public/cache-policy";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL.")
    .optional(),
  /** The owner role's URL for migrations and restores, when DATABASE_URL is the app's own, less privileged role. */
  CLAIMDESK_OWNER_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "CLAIMDESK_OWNER_DATABASE_URL must be a postgresql:// URL.")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface to listen on. Not HOSTNAME: shells set that to the machine's name. */
  HOST: z.string().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters.").optional(),
  CLAIMDESK_DEMO_PASSWORD: z.string().min(12, "CLAIMDESK_DEMO_PASSWORD must be at least 12 characters.").optional(),
  /** The public site's address (scheme, host, optional port and path), written into every absolute URL. */
  CLAIMDESK_PUBLIC_URL: z.string().regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, "CLAIMDESK_PUBLIC_URL must be an http:// or https:// address without query or fragment.").optional(),
  /** The time zone of dates in ClaimReview and the feed (an IANA name). */
  CLAIMDESK_TIMEZONE: z
    .string()
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "CLAIMDESK_TIMEZONE must be an IANA time zone such as Asia/Ho_Chi_Minh.")
    .optional(),
  /**
   * V8's old-generation limit for `next start`, in MB. Unbounded, V8 sizes it from the machine's memory (about
   * 4 GB here) and lets garbage pile up under load; bounded, it collects sooner. The largest import, a 20 MB file,
   * needs it: saving a 19.5 MB text ran out of memory at 256 and 384 MB and was stored at 640 MB.
   */
  CLAIMDESK_MAX_HEAP_MB: z.coerce.number().int("CLAIMDESK_MAX_HEAP_MB must be a whole number of MB.").min(128, "CLAIMDESK_MAX_HEAP_MB must be at least 128.").default(640),
  /**
   * Which peers of the front server are proxies whose X-Forwarded-* headers count: a hop count (`1`) or
   * comma-separated addresses and CIDR ranges (IPv4 and IPv6). Unset: none, the socket address is the client.
   */
  CLAIMDESK_TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, context) => {
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  /** Hosts the front server answers for (comma-separated `name` or `name:port`); others get 421 (lib/http/allowed-hosts.ts). */
  CLAIMDESK_ALLOWED_HOSTS: z.string().regex(/^\s*[A-Za-z0-9.\-\[\]:]+(\s*,\s*[A-Za-z0-9.\-\[\]:]+)*\s*$/, "CLAIMDESK_ALLOWED_HOSTS must be host names, each optionally with :port, separated by commas.").optional(),
  /** Open connections one client address may hold (0: no limit; trusted proxies are not counted). */
  CLAIMDESK_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(0, "CLAIMDESK_CONNECTIONS_PER_ADDRESS must be 0 or more.").default(DEFAULT_CONNECTIONS_PER_ADDRESS),
  /** Pages one client address may have rendered per minute when no cache holds them (0: no limit). */
  CLAIMDESK_PAGE_RENDERS_PER_MINUTE: z.coerce.number().int().min(0, "CLAIMDESK_PAGE_RENDERS_PER_MINUTE must be 0 or more.").default(DEFAULT_PAGE_RENDERS_PER_MINUTE),
  /** Bytes of server-action bodies the front server holds at once across clients to check them (0: no bound); beyond it 503. */
  CLAIMDESK_HELD_BODY_BYTES: z.coerce.number().int().min(0, "CLAIMDESK_HELD_BODY_BYTES must be 0 or more.").default(DEFAULT_HELD_BODY_BYTES),
  /** Seconds a shared cache (nginx, a CDN) may serve a public page or feed without asking again (lib/public/cache-policy.ts). */
  CLAIMDESK_CACHE_S_MAXAGE: z.coerce.number().int().min(0, "CLAIMDESK_CACHE_S_MAXAGE must be 0 or more seconds.").default(DEFAULT_S_MAXAGE),
  /** Seconds after that a shared cache may still serve it while it fetches the new one in the background. */
  CLAIMDESK_CACHE_STALE_SECONDS: z.coerce.number().int().min(0, "CLAIMDESK_CACHE_STALE_SECONDS must be 0 or more seconds.").default(DEFAULT_STALE_SECONDS),
  /**
   * nginx in front (deploy/nginx.conf), told of each approval: the address the app reaches it at, with the scheme
   * visitors use (lib/public/shared-cache.ts). Unset: nginx keeps pages until s-maxage runs out.
   */
  CLAIMDESK_NGINX_URL: z.string().regex(/^https?:\/\/[^\s/?#]+\/?$/, "CLAIMDESK_NGINX_URL must be an http:// or https:// address without a path, e.g. http://127.0.0.1:8080.").optional(),
  /** The secret nginx's config names for X-Claimdesk-Refresh: letters, digits, - and _, at least 24. */
  CLAIMDESK_NGINX_REFRESH_SECRET: z.string().regex(/^[A-Za-z0-9_-]{24,200}$/, "CLAIMDESK_NGINX_REFRESH_SECRET must be 24 to 200 letters, digits, - or _.").optional(),
  /** How long one import file may parse on its worker thread before it is stopped (lib/sources/parse-in-worker.ts). */
  CLAIMDESK_IMPORT_TIMEOUT_MS: z.coerce.number().int().min(100, "CLAIMDESK_IMPORT_TIMEOUT_MS must be at least 100.").default(20_000),
  /** The import worker's heap bound in MB; a parse over it is stopped. */
  CLAIMDESK_IMPORT_WORKER_MB: z.coerce.number().int().min(32, "CLAIMDESK_IMPORT_WORKER_MB must be at least 32.").default(1024),
  /** How many import files parse at once (each on its own worker thread); more wait their turn. */
  CLAIMDESK_IMPORT_WORKERS: z.coerce.number().int().min(1, "CLAIMDESK_IMPORT_WORKERS must be at least 1.").default(1),
});

export type Env = z.infer<typeof schema>;

function parseWith<T>(parser: z.ZodType<T>, source: Record<string, string | undefined>): T {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = parser.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return parseWith(schema, source);
}

const importLimitsSchema = schema.pick({ CLAIMDESK_IMPORT_TIMEOUT_MS: true, CLAIMDESK_IMPORT_WORKER_MB: true, CLAIMDESK_IMPORT_WORKERS: true });

/** The import workers' three settings alone, by the same rules `npm start` checks them with before anything runs. */
export function readImportLimits(source: Record<string, string | undefined> = process.env): z.infer<typeof importLimitsSchema> {
  return parseWith(importLimitsSchema, source);
}
