// Lint: Next.js's rules, plus the layering rule (no Prisma or the Prisma client in app/) and the import's selector rule.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "generated/**", "node_modules/**", ".data/**", "scratch/**", "test-results/**", "next-env.d.ts"],
  },
  {
    files: ["app/**/*.{ts,tsx}", "proxy.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@prisma/*", "@/generated/*", "**/generated/prisma/*"], message: "Pages and actions call data functions in lib/; only lib/ talks to Prisma." },
            { group: ["@/lib/db/client"], message: "Pages and actions call data functions in lib/; only lib/ talks to Prisma." },
          ],
        },
      ],
    },
  },
  {
    // The HTML import asks its selectors through lib/sources/dom-selectors.ts, which compiles each once; linkedom's own
    // querySelector(All) and closest compile the selector again on every call.
    files: ["lib/sources/**/*.ts"],
    ignores: ["lib/sources/**/*.test.ts", "lib/sources/dom-selectors.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression > MemberExpression.callee > Identifier.property[name=/^(?:querySelector|querySelectorAll|closest)$/]",
          message: "Use selectAll, selectOne or closestOf from ./dom-selectors (each selector compiled once).",
        },
      ],
    },
  },
  {
    // Playwright fixtures receive a callback named `use`, which is not React's hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
