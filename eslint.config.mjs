import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** The planner is a pure library: no database, framework, clock or environment. */
const plannerPurity = {
  files: ["server/planner/**/*.ts", "server/templates/**/*.ts"],
  ignores: ["**/*.test.ts", "**/cli.ts", "**/bench.ts", "**/tools/**"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { regex: "^(next|react|react-dom)(/.*)?$", message: "The planner must not depend on Next.js or React." },
          {
            regex: "^(drizzle-orm|postgres|@electric-sql/.*)(/.*)?$",
            message: "The planner must not touch the database.",
          },
          {
            regex: "^(@/db|@/server/(trpc|services|auth))(/.*)?$|/db(/|$)|/trpc(/|$)|/services(/|$)",
            message: "The planner sits below the db, services and tRPC layers.",
          },
          { regex: "^node:", message: "The planner is pure: no file system, network or process access." },
        ],
      },
    ],
    "no-restricted-properties": [
      "error",
      { object: "process", property: "env", message: "Settings come in as arguments, not from the environment." },
      { object: "Date", property: "now", message: "'Today' comes in as an argument." },
      { object: "Math", property: "random", message: "The same input must give the same plan." },
    ],
    "no-restricted-syntax": [
      "error",
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: "'Today' comes in as an argument.",
      },
    ],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  plannerPurity,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "node_modules/**",
    ".data/**",
    ".test-data/**",
    "next-env.d.ts",
    "db/migrations/**",
  ]),
]);
