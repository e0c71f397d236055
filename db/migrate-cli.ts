import { openDatabase } from "./client";
import { databaseTargetFromEnv } from "./config";

const handle = openDatabase(databaseTargetFromEnv());
await handle.migrate();
await handle.close();
console.log(`migrations applied (${handle.driver})`);
