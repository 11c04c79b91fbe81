import type { PlaywrightWorkerArgs } from "@playwright/test";
import { authFile, type Role } from "./fixtures";

/**
 * The server's answer to `role` for each path (status and the path it ended on, redirects followed), fetched with
 * the role's saved cookies and not rendered: for checks that only need a 404 or a redirect, not a page.
 */
export async function answersFor(
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string,
  role: Role,
  paths: string[],
): Promise<{ status: number; path: string }[]> {
  const request = await playwright.request.newContext({ baseURL, storageState: authFile(role) });
  const answers = [];
  for (const p of paths) {
    const res = await request.get(p);
    answers.push({ status: res.status(), path: new URL(res.url()).pathname });
  }
  await request.dispose();
  return answers;
}
