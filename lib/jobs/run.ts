import "server-only";
import { z } from "zod";
import { getJob, type JobName } from "./registry";

/** The payload did not match the job's schema: running it again cannot help. */
export class InvalidPayload extends Error {
  constructor(name: string, error: z.ZodError) {
    super(`invalid payload for ${name}: ${z.prettifyError(error)}`);
    this.name = "InvalidPayload";
  }
}

/** Parses the payload (a job row is input like any other) and runs the job's handler. */
export async function runJob(name: JobName, data: unknown): Promise<unknown> {
  const job = getJob(name);
  // pg-boss stores a cron tick's `{}` as is, but a row written by hand may carry null.
  const parsed = job.schema.safeParse(data ?? {});
  if (!parsed.success) throw new InvalidPayload(name, parsed.error);
  return (job.handler as (d: unknown) => Promise<unknown>)(parsed.data);
}
