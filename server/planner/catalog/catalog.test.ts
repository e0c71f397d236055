import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EMPHASES, EQUIPMENT, MOVEMENT_PATTERNS, SORENESS, type Exercise, type MovementPattern } from "../types";
import {
  CATALOG,
  availableLadder,
  exerciseById,
  exercisesByPattern,
  isAvailable,
  ladderOf,
  ladderRoots,
} from "./index";
import { fingerprint, hashShingle, shingles } from "./tools/own-words";
import seedFingerprint from "./tools/seed-fingerprint.json";

const SEEDS = [
  "000_0feef3ce087d421e.txt",
  "001_9836dd6cdfd68c6c.txt",
  "002_dddd3189478de613.txt",
  "003_5db4d33a0d580c8d.txt",
  "004_efd7f9b287666479.txt",
] as const;

/** Where the seed articles live when they are available (outside the repo). */
// The shared folder sits beside the repository (../shared), in CI as on a developer machine.
const SEEDS_DIR = process.env.SEEDS_DIR ?? join(process.cwd(), "..", "shared", "seeds");
const seedsPresent = SEEDS.every((f) => existsSync(join(SEEDS_DIR, f)));

const LOWER_BODY: readonly MovementPattern[] = [
  "hinge",
  "squat",
  "lunge",
  "knee-flexion",
  "hip-extension",
  "hip-abduction",
  "calf",
  "core",
  "plyometric",
];

/** Every exercise the seed articles describe, with the seed it is credited to. */
const SEED_EXERCISES: ReadonlyArray<readonly [id: string, source: (typeof SEEDS)[number]]> = [
  ["glute-bridge", "000_0feef3ce087d421e.txt"],
  ["single-leg-glute-bridge", "000_0feef3ce087d421e.txt"],
  ["single-leg-bridge-hold", "001_9836dd6cdfd68c6c.txt"],
  ["glute-bridge-pull-over", "003_5db4d33a0d580c8d.txt"],
  ["single-leg-bridge-pull-over", "003_5db4d33a0d580c8d.txt"],
  ["single-leg-box-bridge", "003_5db4d33a0d580c8d.txt"],
  ["stability-ball-bridge", "002_dddd3189478de613.txt"],
  ["stability-ball-curl", "000_0feef3ce087d421e.txt"],
  ["single-leg-ball-curl", "000_0feef3ce087d421e.txt"],
  ["slider-hamstring-curl", "004_efd7f9b287666479.txt"],
  ["heel-slides", "000_0feef3ce087d421e.txt"],
  ["seated-band-hamstring-curl", "000_0feef3ce087d421e.txt"],
  ["seated-machine-hamstring-curl", "004_efd7f9b287666479.txt"],
  ["lying-machine-hamstring-curl", "004_efd7f9b287666479.txt"],
  ["single-leg-machine-hamstring-curl", "004_efd7f9b287666479.txt"],
  ["nordic-curl", "004_efd7f9b287666479.txt"],
  ["butt-kicks", "000_0feef3ce087d421e.txt"],
  ["donkey-kick", "000_0feef3ce087d421e.txt"],
  ["backward-monster-walk", "000_0feef3ce087d421e.txt"],
  ["single-leg-lunge-jump", "000_0feef3ce087d421e.txt"],
  ["prone-superman", "000_0feef3ce087d421e.txt"],
  ["single-leg-rdl", "000_0feef3ce087d421e.txt"],
  ["bodyweight-single-leg-rdl", "000_0feef3ce087d421e.txt"],
  ["romanian-deadlift", "003_5db4d33a0d580c8d.txt"],
  ["conventional-deadlift", "002_dddd3189478de613.txt"],
  ["wall-supported-ir-single-leg-deadlift", "003_5db4d33a0d580c8d.txt"],
  ["single-leg-dip", "001_9836dd6cdfd68c6c.txt"],
  ["lying-leg-lift", "001_9836dd6cdfd68c6c.txt"],
  ["clamshell", "001_9836dd6cdfd68c6c.txt"],
  ["banded-clamshell", "002_dddd3189478de613.txt"],
  ["bird-dog-wall-push", "003_5db4d33a0d580c8d.txt"],
  ["gallops", "003_5db4d33a0d580c8d.txt"],
  ["kettlebell-swing", "000_0feef3ce087d421e.txt"],
  ["step-up", "000_0feef3ce087d421e.txt"],
  ["weighted-step-up", "000_0feef3ce087d421e.txt"],
  ["bodyweight-squat", "000_0feef3ce087d421e.txt"],
  ["sumo-squat", "000_0feef3ce087d421e.txt"],
  ["goblet-squat", "000_0feef3ce087d421e.txt"],
  ["pistol-squat", "000_0feef3ce087d421e.txt"],
  ["reverse-lunge", "000_0feef3ce087d421e.txt"],
  ["walking-lunge", "000_0feef3ce087d421e.txt"],
  ["curtsy-lunge", "000_0feef3ce087d421e.txt"],
  ["box-jump", "000_0feef3ce087d421e.txt"],
  ["single-leg-balance", "000_0feef3ce087d421e.txt"],
];

/** What a heavy block needs beyond the seeds (ids only). */
const BLOCK_EXERCISES: readonly string[] = [
  "goblet-squat",
  "back-squat",
  "split-squat",
  "dumbbell-split-squat",
  "bulgarian-split-squat",
  "conventional-deadlift",
  "trap-bar-deadlift",
  "hip-thrust",
  "single-leg-hip-thrust",
  "barbell-hip-thrust",
  "double-calf-raise",
  "single-leg-calf-raise",
  "weighted-single-leg-calf-raise",
  "bent-knee-calf-raise",
  "weighted-soleus-raise",
  "pogo-hops",
  "a-skips",
  "bounds",
  "lateral-hops",
  "depth-jump",
  "box-jump",
  "plank",
  "side-plank",
  "dead-bug",
  "pallof-press",
  "copenhagen-plank",
  "band-row",
  "dumbbell-row",
  "inverted-row",
  "pull-up",
  "push-up",
  "knee-push-up",
  "dumbbell-bench-press",
];

const BODYWEIGHT = (e: Exercise): boolean => e.equipment.every((item) => item === "none" || item === "mat");

function get(id: string): Exercise {
  const e = exerciseById(id);
  if (!e) throw new Error(`missing exercise ${id}`);
  return e;
}

describe("catalogue shape", () => {
  it("has at least 45 exercises with unique kebab-case ids", () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(45);
    const ids = CATALOG.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("uses only the fixed vocabularies", () => {
    for (const e of CATALOG) {
      expect(MOVEMENT_PATTERNS, e.id).toContain(e.pattern);
      expect(EMPHASES, e.id).toContain(e.emphasis);
      expect(SORENESS, e.id).toContain(e.soreness);
      expect([1, 2, 3, 4, 5], e.id).toContain(e.level);
      expect(["reps", "seconds", "metres"], e.id).toContain(e.unit);
      expect(e.name.trim().length, e.id).toBeGreaterThan(0);
      expect(e.equipment.length, e.id).toBeGreaterThan(0);
      expect(new Set(e.equipment).size, e.id).toBe(e.equipment.length);
      for (const item of e.equipment) expect(EQUIPMENT, e.id).toContain(item);
      if (e.equipment.includes("none")) expect(e.equipment, e.id).toEqual(["none"]);
    }
  });

  it("has 3-6 non-empty steps per exercise", () => {
    for (const e of CATALOG) {
      expect(e.steps.length, e.id).toBeGreaterThanOrEqual(3);
      expect(e.steps.length, e.id).toBeLessThanOrEqual(6);
      for (const s of e.steps) expect(s.trim().length, e.id).toBeGreaterThan(10);
    }
  });

  it("credits only the seed articles", () => {
    for (const e of CATALOG) {
      if (e.source !== undefined) expect(SEEDS, e.id).toContain(e.source);
    }
  });

  it("exerciseById finds every exercise and nothing else", () => {
    for (const e of CATALOG) expect(exerciseById(e.id)).toBe(e);
    expect(exerciseById("no-such-exercise")).toBeUndefined();
  });
});

describe("ladders", () => {
  it("reference existing ids and are doubly linked", () => {
    for (const e of CATALOG) {
      if (e.progression !== undefined) {
        const next = exerciseById(e.progression);
        expect(next, `${e.id} -> ${e.progression}`).toBeDefined();
        expect(next?.regression, `${e.progression}.regression`).toBe(e.id);
      }
      if (e.regression !== undefined) {
        const prev = exerciseById(e.regression);
        expect(prev, `${e.id} <- ${e.regression}`).toBeDefined();
        expect(prev?.progression, `${e.regression}.progression`).toBe(e.id);
      }
      expect(e.progression, e.id).not.toBe(e.id);
      expect(e.regression, e.id).not.toBe(e.id);
    }
  });

  it("are acyclic and each exercise sits on exactly one ladder", () => {
    const covered = new Map<string, string>();
    for (const root of ladderRoots()) {
      const seen = new Set<string>();
      let cur: Exercise | undefined = root;
      while (cur) {
        expect(seen.has(cur.id), `cycle at ${cur.id}`).toBe(false);
        seen.add(cur.id);
        expect(covered.has(cur.id), `${cur.id} on two ladders`).toBe(false);
        covered.set(cur.id, root.id);
        cur = cur.progression !== undefined ? exerciseById(cur.progression) : undefined;
      }
    }
    // Anything not reached from a root would be part of a cycle.
    expect(covered.size).toBe(CATALOG.length);
  });

  it("never get easier going up", () => {
    for (const e of CATALOG) {
      if (e.regression !== undefined) expect(get(e.regression).level, e.id).toBeLessThanOrEqual(e.level);
      if (e.progression !== undefined) expect(get(e.progression).level, e.id).toBeGreaterThanOrEqual(e.level);
    }
  });

  it("ladderOf returns the whole ladder, easiest first, from any rung", () => {
    for (const e of CATALOG) {
      const ladder = ladderOf(e.id);
      expect(ladder.map((x) => x.id)).toContain(e.id);
      expect(ladder[0]?.regression, e.id).toBeUndefined();
      expect(ladder[ladder.length - 1]?.progression, e.id).toBeUndefined();
      for (let i = 1; i < ladder.length; i++) {
        expect(ladder[i]?.regression).toBe(ladder[i - 1]?.id);
      }
      const root = ladder[0];
      if (root) expect(ladderOf(root.id)).toEqual(ladder);
    }
    expect(ladderOf("no-such-exercise")).toEqual([]);
  });

  it("contains the hamstring ladder of docs/training-science.md#hamstring-ladder in order", () => {
    expect(ladderOf("nordic-curl").map((e) => e.id)).toEqual([
      "glute-bridge",
      "two-up-one-down-bridge",
      "single-leg-glute-bridge",
      "single-leg-box-bridge",
      "stability-ball-bridge",
      "stability-ball-curl",
      "single-leg-ball-curl",
      "romanian-deadlift",
      "single-leg-rdl",
      "nordic-curl",
    ]);
  });
});

describe("content", () => {
  it.each(SEED_EXERCISES)("has the seed exercise %s credited to %s", (id, source) => {
    expect(get(id).source).toBe(source);
  });

  it.each(BLOCK_EXERCISES)("has the block exercise %s", (id) => {
    expect(exerciseById(id)).toBeDefined();
  });

  it("rates eccentric-heavy moves as high soreness", () => {
    expect(get("nordic-curl").soreness).toBe("high");
    expect(get("single-leg-rdl").soreness).toBe("high");
    expect(get("nordic-curl").emphasis).toBe("eccentric");
    expect(get("single-leg-rdl").emphasis).toBe("eccentric");
    for (const e of CATALOG) {
      if (e.emphasis === "eccentric" && e.level >= 4) expect(e.soreness, e.id).toBe("high");
    }
  });

  it("gives plyometrics a plyometric emphasis", () => {
    for (const e of CATALOG) {
      if (e.pattern === "plyometric") expect(e.emphasis, e.id).toBe("plyometric");
    }
  });

  it("times holds in seconds", () => {
    for (const e of CATALOG) {
      if (e.emphasis === "isometric" || /\b(hold|wall sit)\b/i.test(e.name)) {
        expect(e.unit, e.id).toBe("seconds");
      }
    }
    for (const id of ["plank", "side-plank", "copenhagen-plank", "two-point-plank", "wall-sit"]) {
      expect(get(id).unit, id).toBe("seconds");
    }
    expect(get("single-leg-bridge-hold").emphasis).toBe("isometric");
    expect(get("bird-dog-wall-push").emphasis).toBe("isometric");
  });

  it("measures gallops and walks in metres", () => {
    expect(get("gallops").unit).toBe("metres");
    expect(get("backward-monster-walk").unit).toBe("metres");
    expect(["metres", "seconds"]).toContain(get("butt-kicks").unit);
  });

  it.each(LOWER_BODY)("gives %s a bodyweight option and a bodyweight rung at level 4+", (pattern) => {
    const options = exercisesByPattern(pattern).filter(BODYWEIGHT);
    expect(options.length).toBeGreaterThan(0);
    expect(Math.max(...options.map((e) => e.level))).toBeGreaterThanOrEqual(4);
  });

  it("covers every movement pattern", () => {
    for (const p of MOVEMENT_PATTERNS) expect(exercisesByPattern(p).length, p).toBeGreaterThan(0);
  });
});

describe("helpers", () => {
  it("isAvailable treats 'none' and a mat (the floor does) as always there", () => {
    expect(isAvailable(get("bodyweight-squat"), [])).toBe(true);
    expect(isAvailable(get("glute-bridge"), [])).toBe(true);
    expect(isAvailable(get("nordic-curl"), [])).toBe(false);
    expect(isAvailable(get("glute-bridge"), ["mat"])).toBe(true);
    expect(isAvailable(get("bulgarian-split-squat"), ["dumbbell"])).toBe(false);
    expect(isAvailable(get("bulgarian-split-squat"), ["dumbbell", "box"])).toBe(true);
  });

  it("availableLadder keeps only rungs the athlete can do, in order", () => {
    expect(availableLadder("nordic-curl", ["mat"]).map((e) => e.id)).toEqual([
      "glute-bridge",
      "two-up-one-down-bridge",
      "single-leg-glute-bridge",
    ]);
  });

  it("keeps a fixed order", () => {
    expect(CATALOG[0]?.id).toBe("glute-bridge");
    expect(Object.isFrozen(CATALOG)).toBe(true);
  });
});

describe("own words", () => {
  const known = new Set<string>(seedFingerprint.hashes);

  it("uses a fingerprint that matches the seed articles", () => {
    expect(seedFingerprint.files).toEqual([...SEEDS]);
    expect(seedFingerprint.hashes.length).toBeGreaterThan(1000);
    if (seedsPresent) {
      const texts = SEEDS.map((f) => readFileSync(join(SEEDS_DIR, f), "utf8"));
      expect(
        readdirSync(SEEDS_DIR)
          .filter((f) => f.endsWith(".txt"))
          .sort(),
      ).toEqual([...SEEDS]);
      expect(fingerprint(texts)).toEqual(seedFingerprint.hashes);
    }
  });

  it("detects a copied sentence", () => {
    const copied = "Keep your back flat as you push through your heel to stand up";
    expect(shingles(copied).some((s) => known.has(hashShingle(s)))).toBe(true);
  });

  it("shares no run of 8 words between any step and any seed", () => {
    const hits: string[] = [];
    for (const e of CATALOG) {
      for (const step of e.steps) {
        for (const s of shingles(step)) if (known.has(hashShingle(s))) hits.push(`${e.id}: "${s}"`);
      }
    }
    expect(hits).toEqual([]);
  });
});
