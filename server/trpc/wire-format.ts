/**
 * superjson's wire format ({ json, meta: { values, v: 1 } }) read and written without the superjson
 * package, so the browser does not load it on every page. The server's tRPC router still uses
 * superjson itself; wire-format.test.ts checks this module against it value for value, so the two
 * cannot drift apart unnoticed.
 *
 * What it covers is what superjson covers without registrations (this app registers none): undefined,
 * bigint, Date, Error, RegExp, Set, Map, NaN, ±Infinity, -0, URL and typed arrays. Shared references
 * arrive as equal copies (superjson's referentialEqualities are not applied); nothing here relies on
 * two fields being the same object.
 */

type TypeAnnotation = string | [string, string];
/** A leaf [type], a transformed node with children [type, children], or plain children. */
type Tree = [TypeAnnotation] | [TypeAnnotation, Children] | Children;
type Children = { [path: string]: Tree };

export interface WirePayload {
  json: unknown;
  meta?: { values?: Tree; referentialEqualities?: unknown; v?: number };
}

const TYPED_ARRAYS = {
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  Uint8ClampedArray,
} as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || value === Object.prototype) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype;
}

/** The type annotation and JSON form of a value superjson transforms, or undefined if it does not. */
function transform(value: unknown): { type: TypeAnnotation; value: unknown } | undefined {
  if (value === undefined) return { type: "undefined", value: null };
  if (typeof value === "bigint") return { type: "bigint", value: value.toString() };
  if (value instanceof Date)
    return Number.isNaN(value.valueOf()) ? undefined : { type: "Date", value: value.toISOString() };
  if (value instanceof Error) {
    const base: Record<string, unknown> = { name: value.name, message: value.message };
    if ("cause" in value) base.cause = value.cause;
    return { type: "Error", value: base };
  }
  if (value instanceof RegExp) return { type: "regexp", value: String(value) };
  if (value instanceof Set) return { type: "set", value: [...value.values()] };
  if (value instanceof Map) return { type: "map", value: [...value.entries()] };
  if (typeof value === "number") {
    if (Number.isNaN(value)) return { type: "number", value: "NaN" };
    if (value === Infinity || value === -Infinity) return { type: "number", value: String(value) };
    if (value === 0 && 1 / value === -Infinity) return { type: "number", value: "-0" };
    return undefined;
  }
  if (value instanceof URL) return { type: "URL", value: value.toString() };
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return {
      type: ["typed-array", value.constructor.name],
      value: Array.from(value as unknown as ArrayLike<number>),
    };
  }
  return undefined;
}

const escapeKey = (key: string) => key.replace(/\\/g, "\\\\").replace(/\./g, "\\.");
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

interface Walked {
  json: unknown;
  annotations?: Tree;
}

function walk(value: unknown, ancestors: unknown[]): Walked {
  const deep =
    isPlainObject(value) ||
    Array.isArray(value) ||
    value instanceof Map ||
    value instanceof Set ||
    value instanceof Error;
  if (!deep) {
    const transformed = transform(value);
    return transformed ? { json: transformed.value, annotations: [transformed.type] } : { json: value };
  }
  // superjson writes a circular reference as null.
  if (ancestors.includes(value)) return { json: null };
  const transformed = transform(value);
  const source = (transformed?.value ?? value) as Record<string, unknown> | unknown[];
  const json: Record<string, unknown> | unknown[] = Array.isArray(source) ? [] : {};
  const children: Children = {};
  for (const [key, child] of Object.entries(source)) {
    if (FORBIDDEN_KEYS.has(key)) throw new Error(`Detected property ${key}. This is a prototype pollution risk.`);
    const result = walk(child, [...ancestors, value]);
    (json as Record<string, unknown>)[key] = result.json;
    if (Array.isArray(result.annotations)) children[escapeKey(key)] = result.annotations;
    else if (result.annotations) {
      for (const [path, tree] of Object.entries(result.annotations)) children[`${escapeKey(key)}.${path}`] = tree;
    }
  }
  const hasChildren = Object.keys(children).length > 0;
  if (!transformed) return { json, annotations: hasChildren ? children : undefined };
  return { json, annotations: hasChildren ? [transformed.type, children] : [transformed.type] };
}

export function serialize(value: unknown): WirePayload {
  const { json, annotations } = walk(value, []);
  return annotations ? { json, meta: { values: annotations, v: 1 } } : { json };
}

function parsePath(path: string): string[] {
  const segments: string[] = [];
  let segment = "";
  for (let i = 0; i < path.length; i++) {
    const char = path[i];
    if (char === "\\") {
      const escaped = path[i + 1];
      if (escaped !== "\\" && escaped !== ".") throw new Error("invalid path");
      segment += escaped;
      i++;
    } else if (char === ".") {
      segments.push(segment);
      segment = "";
    } else segment += char;
  }
  segments.push(segment);
  return segments;
}

function untransform(value: unknown, type: TypeAnnotation): unknown {
  if (Array.isArray(type)) {
    const [kind, name] = type;
    const TypedArray = kind === "typed-array" ? TYPED_ARRAYS[name as TypedArrayName] : undefined;
    if (!TypedArray) throw new Error(`Cannot read a ${kind} '${name}' from the server`);
    return new TypedArray(value as number[]);
  }
  switch (type) {
    case "undefined":
      return undefined;
    case "bigint":
      return BigInt(value as string);
    case "Date":
      return new Date(value as string);
    case "Error": {
      const fields = value as { name: string; message: string; cause?: unknown; stack?: string };
      const error = new Error(fields.message, { cause: fields.cause });
      error.name = fields.name;
      error.stack = fields.stack;
      return error;
    }
    case "regexp": {
      const text = value as string;
      return new RegExp(text.slice(1, text.lastIndexOf("/")), text.slice(text.lastIndexOf("/") + 1));
    }
    case "set":
      return new Set(value as unknown[]);
    case "map":
      return new Map(value as [unknown, unknown][]);
    case "number":
      return Number(value);
    case "URL":
      return new URL(value as string);
    default:
      throw new Error(`Cannot read a ${type} from the server`);
  }
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, copy(child)]));
  return value;
}

/** Children first, then the node itself: a Map's entries are restored before the Map is built. */
function applyAnnotations(root: unknown, tree: Tree, path: string[]): unknown {
  if (path.some((key) => FORBIDDEN_KEYS.has(key))) throw new Error("A path through __proto__ is not allowed");
  if (!Array.isArray(tree)) {
    for (const [key, child] of Object.entries(tree)) root = applyAnnotations(root, child, [...path, ...parsePath(key)]);
    return root;
  }
  const [type, children] = tree;
  if (children) {
    for (const [key, child] of Object.entries(children))
      root = applyAnnotations(root, child, [...path, ...parsePath(key)]);
  }
  const last = path.at(-1);
  if (last === undefined) return untransform(root, type);
  let parent = root as Record<string, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  parent[last] = untransform(parent[last], type);
  return root;
}

export function deserialize<T = unknown>(payload: WirePayload): T {
  const values = payload.meta?.values;
  const json = copy(payload.json);
  return (values ? applyAnnotations(json, values, []) : json) as T;
}

/** The tRPC data transformer (client links) and the query cache's (de)hydration. */
export const wireFormat = { serialize, deserialize };
