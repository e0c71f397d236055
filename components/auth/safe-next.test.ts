import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

const SITE = "https://groundwork.test";
/** Where the browser goes with the returned path (WHATWG URL parsing, as browsers do it). */
const landsOn = (path: string) => new URL(path, SITE);

describe("safeNextPath: after sign-in, only back to a page of this site", () => {
  it.each(["/dashboard", "/week", "/plans/2f1c9c1e?tab=print", "/sessions/abc#exercise-2", "/runs/import"])(
    "keeps the path %j",
    (path) => {
      expect(safeNextPath(path)).toBe(path);
    },
  );

  it.each([null, undefined, ""])("goes to the dashboard without a path (%j)", (next) => {
    expect(safeNextPath(next)).toBe("/dashboard");
  });

  it("uses the fallback it is given", () => {
    expect(safeNextPath("https://evil.example", "/week")).toBe("/week");
  });

  const hostile = [
    "https://evil.example",
    "http://evil.example/dashboard",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    "/\\\t\\evil.example",
    "%2F%2Fevil",
    "/%09/evil.example",
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "dashboard",
    " /dashboard",
  ];

  it.each(hostile)("never leaves the site for %j", (next) => {
    const target = landsOn(safeNextPath(next));
    expect(target.origin).toBe(SITE);
    expect(target.protocol).toBe("https:");
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "%2F%2Fevil",
    "javascript:alert(1)",
  ])("falls back to the dashboard for %j", (next) => {
    expect(safeNextPath(next)).toBe("/dashboard");
  });
});
