import fc from "fast-check";
import { z } from "zod";

/**
 * Inputs for the fuzz test, derived from a procedure's zod schema through its JSON Schema
 * (z.toJSONSchema): the right shape most of the time, so the call gets past the outer checks, with
 * hostile values mixed in at every leaf. Dates are plain refined strings in our schemas, so a
 * field whose name says date gets dates, from the year 100 to 9999.
 */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
};

export const HOSTILE_STRINGS = [
  "\u0000",
  "a\u0000b",
  "'; drop table users; --",
  "%00",
  "\u202Eevil",
  "\uD800",
  "🏃".repeat(50),
  " ",
  "",
];
export const HOSTILE_DATES = ["0100-01-04", "9999-12-31", "0000-00-00", "2026-02-30", "+010000-01-01", "1899-12-31"];
export const HOSTILE_NUMBERS = [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -(2 ** 31) - 1, 2 ** 31, 0.5, -1, 0];

const DATE_KEY = /date|day|from$|^to$|weekOf|weekStart|start|end/i;

const dateArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_DATES),
  fc
    .date({ min: new Date("0100-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
);

function stringArb(schema: JsonSchema, key: string): fc.Arbitrary<string> {
  if (schema.format === "uuid") return fc.oneof(fc.uuid(), fc.constantFrom(...HOSTILE_STRINGS));
  if (schema.format === "email") return fc.oneof(fc.emailAddress(), fc.constantFrom("a\u0000@example.test", "x"));
  if (schema.format === "date" || DATE_KEY.test(key)) return dateArb;
  if (schema.format === "date-time")
    return fc.oneof(
      dateArb.map((day) => `${day}T08:00:00Z`),
      fc.constant("junk"),
    );
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: Math.min(schema.maxLength ?? 40, 40) }) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((text) => `${text}\u0000${text}`) },
  );
}

function numberArb(schema: JsonSchema): fc.Arbitrary<number> {
  const min = Math.max(schema.minimum ?? -1e6, -1e6);
  const max = Math.min(schema.maximum ?? 1e6, 1e6);
  const inRange =
    schema.type === "integer"
      ? fc.integer({ min: Math.ceil(min), max: Math.floor(Math.max(min, max)) })
      : fc.double({ min, max: Math.max(min, max), noNaN: true });
  return fc.oneof({ weight: 3, arbitrary: inRange }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) });
}

function objectArb(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, arb(value, depth + 1, key)]));
  return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in model) });
}

function arb(schema: JsonSchema | boolean | undefined, depth: number, key = ""): fc.Arbitrary<unknown> {
  if (depth > 6 || schema === undefined || typeof schema === "boolean") return fc.jsonValue({ maxDepth: 2 });
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => arb(choice, depth + 1, key)));
  if (schema.allOf?.[0]) return arb(schema.allOf[0], depth + 1, key);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.oneof(fc.constantFrom(...schema.enum), fc.constant("not-a-choice"));
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type) => arb({ ...schema, type }, depth, key)));
  switch (schema.type) {
    case "string":
      return stringArb(schema, key);
    case "integer":
    case "number":
      return numberArb(schema);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "object":
      return objectArb(schema, depth);
    case "array":
      return fc.array(arb(schema.items, depth + 1, key), { maxLength: Math.min(schema.maxItems ?? 4, 4) });
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** An arbitrary of inputs for a procedure's input schema (undefined for a procedure without input). */
export function inputArbitrary(schema: z.ZodType | undefined): fc.Arbitrary<unknown> {
  if (!schema) return fc.constant(undefined);
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", cycles: "ref", reused: "inline" });
  return arb(json as JsonSchema, 0);
}

/** Every string leaf of a value replaced (arrays and objects kept), for the "U+0000 everywhere" inputs. */
export function mapLeaves(value: unknown, leaf: (value: string | number, key: string) => unknown, key = ""): unknown {
  if (typeof value === "string" || typeof value === "number") return leaf(value, key);
  if (Array.isArray(value)) return value.map((item) => mapLeaves(item, leaf, key));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapLeaves(v, leaf, k)]));
  }
  return value;
}

/**
 * The known hostile inputs for one procedure, built from a well-shaped sample of its schema:
 * wrong types, 2000 levels of nesting, U+0000 in every string, every date at the years 100 and
 * 9999, every number huge, and numbers and strings swapped. A procedure without input gets only
 * the first few (it ignores the rest anyway).
 */
export function hostileInputs(sample: unknown, hasInput: boolean): unknown[] {
  let deep: unknown = "bottom";
  for (let i = 0; i < 2000; i++) deep = i % 2 ? { a: deep } : [deep];
  const wrongTypes = [42, null, "x", deep];
  if (!hasInput) return wrongTypes;
  return [
    ...wrongTypes,
    mapLeaves(sample, (v) => (typeof v === "string" ? `${v}\u0000` : v)),
    mapLeaves(sample, (v, key) => (typeof v === "string" && DATE_KEY.test(key) ? "0100-01-04" : v)),
    mapLeaves(sample, (v, key) => (typeof v === "string" && DATE_KEY.test(key) ? "9999-12-31" : v)),
    mapLeaves(sample, (v) => (typeof v === "number" ? 1e308 : v)),
    mapLeaves(sample, (v) => (typeof v === "string" ? 12345 : typeof v === "number" ? "7" : v)),
  ];
}
