// Two projects: `unit` (pure code, no database) and `integration` (*.int.test.ts, each file on its
// own PostgreSQL database cloned from a migrated template), run side by side on every core.
import os from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const root = fileURLToPath(new URL(".", import.meta.url));

const resolve = {
  alias: [
    { find: /^@\//, replacement: `${root}/` },
    // `server-only` throws outside React Server Components; tests call data functions directly.
    { find: /^server-only$/, replacement: `${root}/test/server-only-stub.ts` },
  ],
};

/**
 * The order in which the projects' files are handed to the workers. `unit` first: it holds the longest files (whole
 * corpora parsed, up to a minute each), and `integration`'s many short files then even out the workers' ends instead of
 * one worker finishing a long file alone. Each project's files stay together, so the unit files keep reusing their
 * workers (isolate: false reuses a worker only for the file queued right after, of the same project).
 */
const PROJECT_ORDER = ["unit", "integration"];

class ProjectOrderSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const index = PROJECT_ORDER.indexOf(spec.project.name);
      return index === -1 ? PROJECT_ORDER.length : index;
    };
    // Within a project, Vitest's own order (known slow files first, from the last run's cache); the sort is stable.
    const sorted = await super.sort(files);
    return sorted.sort((a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || rank(a) - rank(b));
  }
}

export default defineConfig({
  resolve,
  test: {
    // Vitest's default in a run is one worker fewer than the cores: a single worker on a two-core CI machine, where
    // the integration files then ran one by one and the unit files only after them. The workers spend much of their
    // time waiting on PostgreSQL and on child processes, so every core gets one.
    maxWorkers: os.availableParallelism(),
    sequence: { sequencer: ProjectOrderSequencer },
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
