import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The layers, top to bottom; a file imports only from its own layer or those below it:
 *
 *   app/ (routes, instrumentation, proxy)
 *   components/
 *   server/trpc, server/demo
 *   server/auth
 *   server/services
 *   db/, server/mail
 *   server/schemas, server/templates
 *   server/planner, server/ics
 *   server/domain (the vocabulary: zod only)
 *
 * Each rule below names what a layer may not reach, as `@/` aliases and as relative paths.
 * Tests may reach across layers (they assemble the whole), so they are left out.
 */
const TESTS = ["**/*.test.ts", "**/*.test.tsx", "**/__tests__/**", "**/__fixtures__/**", "db/testing.ts"];

/** A pattern for each folder, matching `@/folder...` and relative `../folder...` imports. */
function forbid(folders, message) {
  return folders.map((folder) => {
    const [top, sub] = folder.split("/");
    // "server/trpc" is "@/server/trpc", "../../server/trpc", or "../trpc" from inside server/.
    const regex = sub ? `^(@/${top}/|(\\.\\./)+(${top}/)?)${sub}(/|$)` : `^(@/|(\\.\\./)+)${top}(/|$)`;
    return { regex, message };
  });
}

const FRAMEWORK = [
  { regex: "^(next|react|react-dom)(/.*)?$", message: "This layer is plain TypeScript: no Next.js or React." },
];
const DATABASE = [
  { regex: "^(drizzle-orm|postgres|@electric-sql/.*)(/.*)?$", message: "Only db/ talks to the database." },
];
const NODE = [{ regex: "^node:", message: "Pure code: no file system, network or process access." }];

function layer(files, patterns, extra = {}) {
  return {
    files,
    ignores: TESTS,
    rules: { "no-restricted-imports": ["error", { patterns }], ...extra },
  };
}

const above = {
  app: forbid(["app"], "Nothing imports a route: move shared code down a layer."),
  components: forbid(["components"], "The server never imports a component."),
  trpc: forbid(["server/trpc", "server/demo"], "Services and below never import the tRPC layer."),
  auth: forbid(["server/auth"], "Services and below never import auth: they take the user id as an argument."),
  services: forbid(["server/services"], "The data and pure layers never import a use case."),
  data: forbid(["db", "server/mail"], "Pure code never touches the database or mail."),
  schemas: forbid(["server/schemas", "server/templates"], "The planner and importer sit below the schemas."),
  engines: forbid(["server/planner", "server/ics"], "The vocabulary sits below the planner and importer."),
};

/** The planner's and importer's purity: no clock, no randomness, no environment. */
const purity = {
  "no-restricted-properties": [
    "error",
    { object: "process", property: "env", message: "Settings come in as arguments, not from the environment." },
    { object: "Date", property: "now", message: "'Today' comes in as an argument." },
    { object: "Math", property: "random", message: "The same input must give the same result." },
  ],
  "no-restricted-syntax": [
    "error",
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "'Today' comes in as an argument." },
  ],
};

const PURE_TOOLS = ["**/cli.ts", "**/command.ts", "**/bench.ts", "**/tools/**", "**/fixtures/**"];

export const layers = [
  layer(
    ["components/**"],
    [
      ...above.app,
      ...forbid(
        ["db", "server/services", "server/demo", "server/mail"],
        "Components reach the server through tRPC (types from the router), never a service or the database.",
      ),
    ],
  ),
  layer(["server/trpc/**", "server/demo/**"], [...above.app, ...above.components]),
  layer(["server/auth/**"], [...above.app, ...above.components, ...above.trpc]),
  layer(["server/services/**"], [...above.app, ...above.components, ...above.trpc, ...above.auth]),
  layer(
    ["db/**", "server/mail/**"],
    [...above.app, ...above.components, ...above.trpc, ...above.auth, ...above.services],
  ),
  layer(
    ["server/schemas/**", "server/templates/**"],
    [...above.app, ...above.components, ...above.trpc, ...above.auth, ...above.services, ...above.data],
  ),
  {
    ...layer(
      ["server/planner/**", "server/ics/**"],
      [
        ...above.app,
        ...above.components,
        ...above.trpc,
        ...above.auth,
        ...above.services,
        ...above.data,
        ...above.schemas,
        ...FRAMEWORK,
        ...DATABASE,
        ...NODE,
      ],
      purity,
    ),
    ignores: [...TESTS, ...PURE_TOOLS],
  },
  layer(
    ["server/domain/**"],
    [
      ...above.app,
      ...above.components,
      ...above.trpc,
      ...above.auth,
      ...above.services,
      ...above.data,
      ...above.schemas,
      ...above.engines,
      ...FRAMEWORK,
      ...DATABASE,
      ...NODE,
    ],
    purity,
  ),
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  ...layers,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    ".cli/**",
    "node_modules/**",
    ".data/**",
    ".test-data/**",
    "next-env.d.ts",
    "db/migrations/**",
  ]),
]);
