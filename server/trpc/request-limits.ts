import { IMPORT_PROCEDURES, MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES } from "../domain/http-limits";

/** The procedure paths a tRPC URL names ("a.b" or a batch "a.b,c.d"). */
export function calledPaths(req: Request, endpoint: string): string[] {
  const pathname = new URL(req.url).pathname;
  const tail = pathname.startsWith(endpoint) ? pathname.slice(endpoint.length).replace(/^\//, "") : "";
  return decodeURIComponent(tail).split(",").filter(Boolean);
}

export function bodyLimitFor(paths: string[]): number {
  return paths.some((path) => IMPORT_PROCEDURES.includes(path)) ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES;
}

/**
 * The body, read up to `limit` bytes, or null when it is bigger. Content-Length is checked first
 * but not trusted: a chunked body has none, so the bytes are counted as they arrive.
 */
export async function readBodyWithin(req: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
