import { openDatabase } from "@/db/client";
import { databaseTargetFromEnv } from "@/db/config";
import { systemClock } from "../services/clock";
import { FULL_SCALE, SCALE_PASSWORD, scaleAthleteEmail, scaleCoachEmail, seedScale } from "./scale";

/**
 * `npm run db:seed:scale [-- --athletes N --coaches N --per-coach N]`: the scale data set on the
 * app's database (DATABASE_URL, else the embedded one). Prints how long it took.
 */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number`);
  return value;
}

const options = {
  athletes: option("athletes", FULL_SCALE.athletes),
  coaches: option("coaches", FULL_SCALE.coaches),
  athletesPerCoach: option("per-coach", FULL_SCALE.athletesPerCoach),
};
const handle = openDatabase(databaseTargetFromEnv());
await handle.migrate();
const started = performance.now();
let lastReport = 0;
const written = await seedScale(handle.db, systemClock(), {
  ...options,
  onProgress(done) {
    if (done - lastReport >= 1000 || done === options.athletes) {
      lastReport = done;
      console.log(`  ${done} athletes, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  },
});
await handle.close();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  written === 0
    ? `scale data set already there (${scaleAthleteEmail(0)}): nothing written`
    : `scale data set: ${written} athletes, ${options.coaches} coaches in ${seconds} s`,
);
console.log(`sign in as ${scaleAthleteEmail(0)} or ${scaleCoachEmail(0)} / ${SCALE_PASSWORD}`);
