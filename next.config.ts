import type { NextConfig } from "next";
import { securityHeaderRules } from "./server/http/security-headers";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder, and argon2 is a
  // native addon: both must be required at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  // A second dev server (a helper working beside the main one) needs its own build folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Only for scripts/first-load-by-package.mjs, which reads them to say where the bytes come from.
  productionBrowserSourceMaps: process.env.ANALYZE_BUNDLE === "1",
  reactStrictMode: true,
  // The test command type-checks the whole project with `tsc` as its own step; building does
  // not repeat it (and on two cores that saves several seconds a build).
  typescript: { ignoreBuildErrors: true },
  // CSP, framing, sniffing, referrer and permissions on every response (see server/http/security-headers.ts).
  async headers() {
    return securityHeaderRules(process.env.NODE_ENV === "production");
  },
};

export default nextConfig;
