import { afterEach, describe, expect, it, vi } from "vitest";
import { newWrite, uuid } from "./write-id";

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("the identity of a write", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is a fresh v4 id and the moment of the tap, so a replay is recognised and the later tap wins", () => {
    const first = newWrite(() => new Date("2026-11-30T07:15:00.000Z"));
    const second = newWrite(() => new Date("2026-11-30T07:15:02.000Z"));
    expect(first.clientId).toMatch(V4);
    expect(second.clientId).not.toBe(first.clientId);
    expect(first.clientTime).toBe("2026-11-30T07:15:00.000Z");
    expect(first.clientTime < second.clientTime).toBe(true);
    expect(Date.parse(newWrite().clientTime)).not.toBeNaN();
  });

  it("still makes v4 ids where randomUUID is missing (a plain-http address on a LAN)", () => {
    const real = globalThis.crypto;
    vi.stubGlobal("crypto", { getRandomValues: (bytes: Uint8Array) => real.getRandomValues(bytes) });
    const ids = new Set(Array.from({ length: 50 }, () => uuid()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(V4);
  });
});
