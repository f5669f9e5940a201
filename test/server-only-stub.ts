// Empty module standing in for `server-only` when data functions run under Vitest.
export {};
