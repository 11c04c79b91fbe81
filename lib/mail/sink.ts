// A local SMTP server that accepts every message and keeps it: what dev, demo, tests and the
// benchmark send mail to. Never used in production (nothing starts it there).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SinkMessage = { id: number; from: string; to: string[]; raw: Buffer; receivedAt: Date };

export type MailSink = {
  port: number;
  messages: SinkMessage[];
  /** Resolves when at least `count` messages arrived (rejects after timeoutMs). */
  waitFor(count: number, timeoutMs?: number): Promise<SinkMessage[]>;
  parse(m: SinkMessage): Promise<ParsedMail>;
  clear(): void;
  stop(): Promise<void>;
};

export async function startMailSink(opts: {
  port: number;
  host?: string;
  dir?: string;
  keep?: boolean;
  onMessage?: (m: SinkMessage) => void;
}): Promise<MailSink> {
  const messages: SinkMessage[] = [];
  const waiters = new Set<() => void>();
  let seq = 0;
  if (opts.dir) mkdirSync(opts.dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const m: SinkMessage = {
          id: ++seq,
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
          receivedAt: new Date(),
        };
        if (opts.keep !== false) messages.push(m);
        if (opts.dir) writeFileSync(path.join(opts.dir, `${m.receivedAt.getTime()}-${m.id}.eml`), m.raw);
        opts.onMessage?.(m);
        for (const w of waiters) w();
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host ?? "127.0.0.1", () => resolve());
  });
  server.on("error", (e) => console.error("[mail-sink]", e));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  return {
    port,
    messages,
    waitFor(count, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return;
          cleanup();
          resolve(messages.slice());
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`mail sink: ${messages.length} of ${count} messages after ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    parse: (m) => simpleParser(m.raw),
    clear: () => void messages.splice(0),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
