import type { SlotRole } from "./dosage";
import type { MovementPattern, Phase } from "./types";

/**
 * Session templates: per phase, the slots a session fills, main lifts first, then power work
 * and accessories. A slot names movement patterns, never exercises: the picker finds the rung.
 * Sessions of a week rotate through their phase's templates for variety.
 */

export interface Slot {
  patterns: readonly MovementPattern[];
  role: SlotRole;
}

export interface Template {
  focus: string;
  slots: readonly Slot[];
}

const main = (...patterns: MovementPattern[]): Slot => ({ patterns, role: "main" });
const accessory = (...patterns: MovementPattern[]): Slot => ({ patterns, role: "accessory" });
const power = (): Slot => ({ patterns: ["plyometric"], role: "power" });

const CORE = accessory("core", "balance");

function liftingTemplates(label: string): Template[] {
  return [
    {
      focus: `${label}: hinge and squat`,
      slots: [main("hinge", "hip-extension"), main("squat", "lunge"), main("knee-flexion"), accessory("calf"), CORE],
    },
    {
      focus: `${label}: single leg and hamstrings`,
      slots: [
        main("lunge", "squat"),
        main("knee-flexion", "hinge"),
        main("hip-extension"),
        accessory("hip-abduction"),
        CORE,
      ],
    },
    {
      focus: `${label}: posterior chain and calves`,
      slots: [main("hinge", "hip-extension"), main("lunge", "squat"), main("calf"), accessory("hip-abduction"), CORE],
    },
  ];
}

export const TEMPLATES: Record<Phase, readonly Template[]> = {
  foundation: [
    {
      focus: "foundation: hips, hamstrings and trunk",
      slots: [main("hip-extension", "hinge"), main("squat", "lunge"), main("knee-flexion"), accessory("calf"), CORE],
    },
    {
      focus: "foundation: single-leg control",
      slots: [
        main("hinge", "hip-extension"),
        main("lunge", "squat"),
        accessory("hip-abduction"),
        accessory("balance"),
        accessory("core"),
      ],
    },
    {
      focus: "foundation: hamstrings and hips",
      slots: [main("knee-flexion"), main("hip-extension"), main("squat", "lunge"), accessory("hip-abduction"), CORE],
    },
  ],
  strength: liftingTemplates("strength"),
  "max-strength": liftingTemplates("max strength"),
  // Peak and taper: fewer, shorter sessions (dosage.ts), but the hamstring (knee-flexion) and
  // side-hip work stay to the end (docs/training-science.md#peak-and-taper).
  power: [
    {
      focus: "power: jumps and heavy hinge",
      slots: [
        power(),
        main("hinge", "hip-extension"),
        main("squat", "lunge"),
        accessory("knee-flexion"),
        accessory("hip-abduction"),
        CORE,
      ],
    },
    {
      focus: "power: springy single leg",
      slots: [power(), main("lunge", "squat"), main("knee-flexion", "hinge"), accessory("hip-abduction"), CORE],
    },
  ],
  taper: [
    {
      focus: "taper: short and sharp",
      slots: [
        power(),
        main("hinge", "hip-extension"),
        main("lunge", "squat"),
        accessory("knee-flexion"),
        accessory("hip-abduction"),
        CORE,
      ],
    },
  ],
};

export const RACE_WEEK: Template = {
  focus: "race week: activation and mobility",
  slots: [
    accessory("hip-extension"),
    accessory("hip-abduction"),
    accessory("knee-flexion"),
    accessory("core"),
    power(),
    accessory("balance"),
  ],
};

export const RECOVERY: Template = {
  focus: "recovery day: core, hips and upper body",
  slots: [
    accessory("core"),
    accessory("hip-abduction"),
    accessory("upper-pull"),
    accessory("upper-push"),
    // Gentle hamstring work (a standing curl, a slider curl) even here: when the day after the long
    // run is a week's only free day, this is the week's only session, and knee flexion stays to the end.
    accessory("knee-flexion", "hip-extension"),
  ],
};

export const UPPER_ONLY: Template = {
  focus: "core and upper body: the legs rest after the marathon",
  slots: [accessory("core"), accessory("upper-pull"), accessory("upper-push"), accessory("core", "balance")],
};

/** When a slot finds nothing (a bare floor, say), the first of these patterns that does. */
export const FALLBACK: Record<SlotRole, readonly MovementPattern[]> = {
  main: ["squat", "lunge", "hinge", "calf"],
  accessory: ["calf", "balance", "core", "upper-push"],
  power: ["calf"],
};
