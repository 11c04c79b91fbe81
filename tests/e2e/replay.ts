import type { APIResponse, Page, Request } from "@playwright/test";

// Race and hostile-body tests go through the real HTTP path: a browser submits a form once, the
// server-action request it sent (its `next-action` id, router-state header and body) is captured,
// and the test sends it again, many times at once or with a changed body, with the page's cookies.

export type CapturedAction = { url: string; headers: Record<string, string>; body: string };

/**
 * Runs `submit` on the page and returns the first server-action request it sends. With
 * `abort: true` that request never reaches the server (the page shows its network error),
 * so only the replays count.
 */
export async function captureAction(
  page: Page,
  submit: () => Promise<unknown>,
  { abort = false }: { abort?: boolean } = {},
): Promise<CapturedAction> {
  let seen: Request | undefined;
  const isAction = (req: Request) => req.method() === "POST" && !!req.headers()["next-action"];
  // Resolved by the route handler itself: the page's "request" event can come before the handler
  // has run, and unrouting then would let an aborted capture through.
  let routed!: (req: Request) => void;
  const sent = new Promise<Request>((resolve) => (routed = resolve));
  await page.route("**/*", async (route) => {
    const req = route.request();
    if (!seen && isAction(req)) {
      seen = req;
      await (abort ? route.abort() : route.fallback());
      return routed(req);
    }
    return route.fallback();
  });
  await submit();
  const req = await sent;
  await page.unroute("**/*");
  const headers = await req.allHeaders();
  // The request context sets these itself (cookies come from the page's context).
  for (const h of ["content-length", "cookie", "host", "connection", "accept-encoding"]) delete headers[h];
  return { url: req.url(), headers, body: req.postData() ?? "" };
}

/** Sends the captured action again, with `body` in place of the captured one when given. */
export function replay(page: Page, action: CapturedAction, body = action.body): Promise<APIResponse> {
  return page.request.post(action.url, { headers: action.headers, data: body, maxRedirects: 0 });
}

/** `n` replays at once (bodies from `bodyOf(i)` when given); resolves when all have answered. */
export function burst(
  page: Page,
  action: CapturedAction,
  n: number,
  bodyOf: (i: number) => string = () => action.body,
): Promise<APIResponse[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => replay(page, action, bodyOf(i))));
}
