import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The infrastructure tests of issue 14 (two app instances on one database, check-offs through
 * crashes, the production server's admission control, the driver under load): they start
 * production servers from the build, so they run after it, one file at a time (they share ports
 * 3116-3119), from scripts/test-all.sh.
 */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["scripts/*.infra.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
