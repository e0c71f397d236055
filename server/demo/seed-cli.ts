import { openDatabase } from "./client";
import { databaseTargetFromEnv } from "./config";
import { DEMO_USERS, seedDemo } from "./seed";

const handle = openDatabase(databaseTargetFromEnv());
await handle.migrate();
await seedDemo(handle.db, new Date());
await handle.close();
for (const demo of Object.values(DEMO_USERS)) console.log(`${demo.email} / ${demo.password}`);
