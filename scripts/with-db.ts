// npm run dev → tsx scripts/with-db.ts next dev: prepares the database, then runs the command
// with DATABASE_URL set, and stops the embedded server when the command ends.
import { spawn } from "node:child_process";
import { prepare } from "./lib/prepare";

const args = process.argv.slice(2).filter((a) => a !== "--");
const db = await prepare();
const child = spawn(args[0], args.slice(1), { stdio: "inherit", env: process.env });
const stop = async (code: number) => {
  await db.stop();
  process.exit(code);
};
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => void stop(code ?? 0));
