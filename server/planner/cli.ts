import { readFileSync } from "node:fs";
import { runCommand } from "./command";

/** `npm run --silent plan -- input.json` (or `-` for stdin), or `-- --catalog`. */
// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});
const result = runCommand(process.argv.slice(2), {
  read: (source) => readFileSync(source === "-" ? 0 : source, "utf8"),
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.status;
