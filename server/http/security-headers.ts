/**
 * Response headers every page and API answer carries (served through next.config.ts headers()).
 *
 * The Content-Security-Policy allows inline scripts: Next.js App Router streams its page data as
 * inline <script> tags, and allowing them by nonce would mean a per-request nonce from the proxy,
 * which makes every page dynamic (no static rendering or caching). 'self' still keeps out scripts
 * from any other origin, and frame-ancestors 'none' stops the app from being framed.
 */
export function contentSecurityPolicy(production: boolean): string {
  const directives = [
    "default-src 'self'",
    // Development adds 'unsafe-eval' for React's fast refresh; production never has it.
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

export interface HeaderRule {
  source: string;
  has?: { type: "header"; key: string; value?: string }[];
  headers: { key: string; value: string }[];
}

/** Every response; HSTS only when the request reached us over https (as the proxy in front says). */
export function securityHeaderRules(production: boolean): HeaderRule[] {
  return [
    {
      source: "/:path*",
      headers: [
        { key: "Content-Security-Policy", value: contentSecurityPolicy(production) },
        { key: "X-Frame-Options", value: "DENY" },
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
      ],
    },
    {
      source: "/:path*",
      has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
      headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
    },
  ];
}
