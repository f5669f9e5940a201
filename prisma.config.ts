// Prisma CLI configuration: where the schema and migrations live. The URL is only needed by
// commands that talk to a database (the native `prisma migrate deploy`, where available).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/claimdesk" },
});
