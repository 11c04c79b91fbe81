// Structured logs: one JSON object per line on stdout/stderr, so a log shipper (Docker's json-file,
// CloudWatch, Loki …) can index them without parsing prose. Every line carries a time and a level;
// lines written while serving a request carry its requestId (set by proxy.ts) so one user's
// failing request can be followed from the app to the job it enqueued.
// No "server-only" here: the worker and the scripts run outside Next and log the same way.

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const wanted = process.env.LOG_LEVEL as LogLevel | undefined;
  return order[wanted && wanted in order ? wanted : "info"];
}

/** Errors do not serialise to JSON by themselves; keep what an operator needs, never request data. */
function plain(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const code = (value as { code?: unknown }).code;
  return {
    name: value.name,
    message: value.message,
    ...(code !== undefined ? { code } : {}),
    stack: value.stack,
    ...(value.cause ? { cause: plain(value.cause) } : {}),
  };
}

export function log(level: LogLevel, msg: string, fields: LogFields = {}): void {
  if (order[level] < threshold()) return;
  const entry: LogFields = { time: new Date().toISOString(), level, msg };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) entry[k] = plain(v);
  let line: string;
  try {
    line = JSON.stringify(entry);
  } catch {
    // A circular value must not turn logging into a crash.
    line = JSON.stringify({ time: entry.time, level, msg, unserializable: true });
  }
  (order[level] >= order.warn ? process.stderr : process.stdout).write(`${line}\n`);
}

export type Logger = { [L in LogLevel]: (msg: string, fields?: LogFields) => void } & {
  child(fields: LogFields): Logger;
};

export function createLogger(base: LogFields = {}): Logger {
  const at = (level: LogLevel) => (msg: string, fields?: LogFields) => log(level, msg, { ...base, ...fields });
  return {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: (more) => createLogger({ ...base, ...more }),
  };
}

export const logger = createLogger();
