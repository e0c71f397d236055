import fc from "fast-check";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { deserialize, serialize, type WirePayload } from "./wire-format";

/** Values of every kind superjson handles without registrations, nested in objects, arrays, sets and maps. */
const leaf = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.date({ noInvalidDate: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0),
  fc.constantFrom(/runs?/gi, /a\/b/, new URL("https://example.test/week?date=2026-12-07")),
  fc.string().map((message) => new Error(message)),
  fc.array(fc.integer({ min: 0, max: 255 })).map((bytes) => new Uint8Array(bytes)),
);
const key = fc.oneof(fc.string(), fc.constantFrom("a.b", "a\\b", "x\\.y", "", "0"));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    tie("object"),
    tie("array"),
    tie("set"),
    tie("map"),
  ),
  object: fc.dictionary(key, tie("value"), { maxKeys: 4 }),
  array: fc.array(tie("value"), { maxLength: 4 }),
  set: fc.array(tie("value"), { maxLength: 3 }).map((items) => new Set(items)),
  map: fc.array(fc.tuple(tie("value"), tie("value")), { maxLength: 3 }).map((entries) => new Map(entries)),
}));

/**
 * superjson's payload through JSON, without its shared-reference notes: this module leaves them out
 * on purpose (and superjson counts every NaN as one shared value, which would muddle the comparison).
 */
function superjsonWire(input: unknown): WirePayload {
  const { json, meta } = JSON.parse(JSON.stringify(superjson.serialize(input))) as WirePayload;
  return meta?.values ? { json, meta: { values: meta.values, v: meta.v } } : { json };
}
type SuperjsonPayload = Parameters<typeof superjson.deserialize>[0];

describe("the wire format matches superjson", () => {
  it("writes what superjson writes", () => {
    fc.assert(
      fc.property(value, (input) => {
        const ours = serialize(input);
        const theirs = superjson.serialize(input);
        expect(ours.json).toStrictEqual(theirs.json);
        expect(ours.meta?.values).toStrictEqual(theirs.meta?.values);
      }),
      { numRuns: 400 },
    );
  });

  it("reads what superjson writes as superjson does", () => {
    fc.assert(
      fc.property(value, (input) => {
        const payload = superjsonWire(input);
        expect(deserialize(payload)).toStrictEqual(superjson.deserialize(superjsonWire(input) as SuperjsonPayload));
      }),
      { numRuns: 400 },
    );
  });

  it("lets superjson read what it writes", () => {
    fc.assert(
      fc.property(value, (input) => {
        const wire = JSON.parse(JSON.stringify(serialize(input))) as SuperjsonPayload;
        expect(superjson.deserialize(wire)).toStrictEqual(
          superjson.deserialize(superjsonWire(input) as SuperjsonPayload),
        );
      }),
      { numRuns: 400 },
    );
  });

  it("reads a week as the server sends it: dates stay dates and absent fields stay absent", () => {
    const week = { weekStart: "2026-12-07", loggedAt: new Date("2026-12-08T06:30:00Z"), note: undefined, days: [] };
    const read = deserialize<typeof week>(JSON.parse(JSON.stringify(superjson.serialize(week))) as WirePayload);
    expect(read.loggedAt).toBeInstanceOf(Date);
    expect(read.loggedAt.toISOString()).toBe("2026-12-08T06:30:00.000Z");
    expect("note" in read && read.note === undefined).toBe(true);
  });

  it("refuses a path through __proto__", () => {
    const payload: WirePayload = { json: {}, meta: { values: { "__proto__.polluted": ["undefined"] }, v: 1 } };
    expect(() => deserialize(payload)).toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
