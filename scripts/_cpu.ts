import { readFileSync, readdirSync } from "node:fs";
import autocannon from "autocannon";
import { startApp } from "./bench-load/app-server";
import { signIn } from "./bench-load/client";
import { SCALE_PASSWORD, scaleCoachEmail } from "@/server/demo/scale";
import { BENCH_ATHLETE } from "./bench-load/setup";
const ticks = (pred: (cmd: string) => boolean) => {
  let sum = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!pred(cmd)) continue;
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      sum += Number(f[11]) + Number(f[12]);
    } catch {}
  }
  return sum * 10; // ms
};
const app = await startApp({ port: 3178, database: { url: "postgres://postgres@127.0.0.1:54329/gw_bench_scale" } });
const isNode = (c: string) => c.includes("next-server") || c.includes("next start") || c.includes("next\0start");
const isPg = (c: string) => c.startsWith("postgres");
try {
  const who = process.env.AS === "coach" ? scaleCoachEmail(0) : BENCH_ATHLETE;
  const cookie = await signIn(app.url, who, SCALE_PASSWORD);
  const path = process.env.P ?? "/dashboard";
  await autocannon({ url: app.url + path, connections: 4, duration: 3, headers: { cookie } });
  const n0 = ticks(isNode), p0 = ticks(isPg);
  const r = await autocannon({ url: app.url + path, connections: 4, duration: 10, headers: { cookie } });
  const n1 = ticks(isNode), p1 = ticks(isPg);
  const total = r.requests.total;
  console.log(`${path}: ${(total / 10).toFixed(1)} req/s p50 ${r.latency.p50} ms; node ${((n1 - n0) / total).toFixed(1)} ms CPU/req, postgres ${((p1 - p0) / total).toFixed(1)} ms CPU/req, non2xx ${r.non2xx}`);
} finally { await app.kill("SIGTERM"); }
