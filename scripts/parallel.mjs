// Runs shell commands side by side and fails if any fails. `npm test` runs typecheck + lint, the unit tier and the
// e2e build followed by Playwright at once: each leaves part of the 2 cores idle (tsc and Vitest use one each), so
// together they take less. Playwright starts when the build is done, not when the unit tier is: the tier's last
// minutes used one core, and the e2e tier waited for them.
import { spawn } from "node:child_process";

const commands = process.argv.slice(2);
const codes = await Promise.all(
  commands.map(
    (command) =>
      new Promise((resolve) => {
        const child = spawn(command, { shell: true, stdio: "inherit" });
        child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
      }),
  ),
);
codes.forEach((code, i) => code !== 0 && console.error(`[parallel] failed (${code}): ${commands[i]}`));
process.exit(codes.some((c) => c !== 0) ? 1 : 0);
