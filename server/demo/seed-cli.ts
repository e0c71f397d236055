import { openDatabase } from "@/db/client";
import { databaseTargetFromEnv } from "@/db/config";
import { systemClock } from "../services/clock";
import { DEMO_USERS, seedDemo } from "./seed";

const handle = openDatabase(databaseTargetFromEnv());
await handle.migrate();
await seedDemo(handle.db, systemClock());
await handle.close();
for (const demo of Object.values(DEMO_USERS)) console.log(`${demo.email} / ${demo.password}`);
