import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The layers of eslint.config.mjs, proved on code that is never written to disk: an import that
 * runs upward fails lint with the layer's message, and the same import downward passes.
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId?.startsWith("no-restricted"))
    .map((m) => m.message);
}

describe("lint keeps every import pointing down", () => {
  it.each([
    ["a service importing the tRPC layer", "server/services/x.ts", 'import { router } from "../trpc/init";'],
    ["a service importing auth", "server/services/x.ts", 'import { auth } from "@/server/auth";'],
    ["a query importing a service", "db/queries/x.ts", 'import { createPlan } from "../../server/services/plans";'],
    ["the planner importing the database", "server/planner/x.ts", 'import { getDatabase } from "@/db";'],
    ["the planner importing a schema", "server/planner/x.ts", 'import { x } from "../schemas/runs";'],
    ["the importer importing Next.js", "server/ics/x.ts", 'import { headers } from "next/headers";'],
    ["the vocabulary importing the planner", "server/domain/x.ts", 'import { buildPlan } from "../planner";'],
    ["the tRPC layer importing a component", "server/trpc/x.ts", 'import { Button } from "@/components/ui/button";'],
    ["a component importing a service", "components/x.tsx", 'import { getWeek } from "@/server/services/plan-week";'],
    ["a component importing the database", "components/x.tsx", 'import { getDatabase } from "@/db";'],
    ["a component importing a route", "components/x.tsx", 'import Page from "@/app/(app)/week/page";'],
  ])("refuses %s", async (_label, filePath, code) => {
    expect(await layerErrors(filePath, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ["a route importing a component", "app/x/page.tsx", 'import { Button } from "@/components/ui/button";'],
    ["a router importing a service", "server/trpc/routers/x.ts", 'import { getWeek } from "../../services/plan-week";'],
    ["a service importing a query", "server/services/x.ts", 'import { findPlan } from "@/db/queries/plans";'],
    ["the planner importing the vocabulary", "server/planner/x.ts", 'import { LOADS } from "../domain/vocabulary";'],
    ["a component importing the vocabulary", "components/x.tsx", 'import { LOADS } from "@/server/domain/vocabulary";'],
  ])("allows %s", async (_label, filePath, code) => {
    expect(await layerErrors(filePath, `${code}\nexport {};\n`)).toEqual([]);
  });

  it("keeps the planner off the clock", async () => {
    expect(await layerErrors("server/planner/x.ts", "export const today = new Date();\n")).not.toEqual([]);
    expect(await layerErrors("server/ics/x.ts", "export const t = Date.now();\n")).not.toEqual([]);
  });
});
