import { expect, it } from "vitest";
import nextConfig from "@/next.config";

async function headersFor(path: string, requestHeaders: Record<string, string>): Promise<Map<string, string>> {
  const rules = (await nextConfig.headers?.()) ?? [];
  const found = new Map<string, string>();
  for (const rule of rules) {
    expect(rule.source).toBe("/:path*"); // every path
    const applies = (rule.has ?? []).every(
      (condition) => condition.type === "header" && requestHeaders[condition.key] === condition.value,
    );
    if (applies) for (const header of rule.headers) found.set(header.key, header.value);
  }
  expect(path).toMatch(/^\//);
  return found;
}

it("every response carries the security headers", async () => {
  const headers = await headersFor("/dashboard", {});
  expect(headers.get("X-Frame-Options")).toBe("DENY");
  expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
  expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
  expect(headers.get("Permissions-Policy")).toBe("camera=(), microphone=(), geolocation=()");
  const csp = headers.get("Content-Security-Policy") ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toMatch(/script-src 'self' 'unsafe-inline'/);
  expect(headers.has("Strict-Transport-Security")).toBe(false);
});

it("adds HSTS only when the request came over https", async () => {
  const headers = await headersFor("/", { "x-forwarded-proto": "https" });
  expect(headers.get("Strict-Transport-Security")).toMatch(/^max-age=\d{8,}/);
  expect((await headersFor("/", { "x-forwarded-proto": "http" })).has("Strict-Transport-Security")).toBe(false);
});
