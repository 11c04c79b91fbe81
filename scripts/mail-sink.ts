// npm run mail-sink: a local SMTP server for development. Accepts every message and writes it
// as an .eml file under .data/mail/ (open them with any mail program). Never used in production.
import path from "node:path";
import { startMailSink } from "../lib/mail/sink";

const port = Number(process.env.SMTP_PORT ?? 2525);
// In docker-compose the worker connects from another container; locally, loopback only.
const host = process.env.MAIL_SINK_HOST ?? "127.0.0.1";
const dir = process.env.MAIL_DIR ?? path.resolve(import.meta.dirname, "../.data/mail");
const sink = await startMailSink({
  port,
  host,
  dir,
  keep: false,
  onMessage: (m) => console.log(`[mail-sink] ${m.to.join(", ")} (${m.raw.length} bytes)`),
});
console.log(`[mail-sink] listening on ${host}:${sink.port}, writing to ${dir}`);
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => void sink.stop().then(() => process.exit(0)));
