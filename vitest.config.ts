// Two projects: `unit` (pure code, no database) and `integration` (*.int.test.ts, each file on its
// own PostgreSQL database cloned from a migrated template).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

const resolve = {
  alias: [
    { find: /^@\//, replacement: `${root}/` },
    // `server-only` throws outside React Server Components; tests call data functions directly.
    { find: /^server-only$/, replacement: `${root}/test/server-only-stub.ts` },
  ],
};

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          // Unit test files share their workers' module cache (no database, no module state a file leaves behind:
          // env changes are restored by the files that make them), which halves the project's time on two cores;
          // integration files stay isolated, each on its own database.
          isolate: false,
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
          testTimeout: 30_000,
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses; inlined,
          // Vite resolves it (lib/auth/sessions.int.test.ts drives Auth.js's own handlers).
          server: { deps: { inline: ["next-auth"] } },
          include: ["lib/**/*.int.test.ts", "scripts/**/*.int.test.ts", "prisma/**/*.int.test.ts", "test/**/*.int.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/setup-database.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
