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
