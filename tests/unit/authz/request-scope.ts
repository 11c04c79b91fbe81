// NextAuth's route handler reads cookies()/headers() from next/headers, which only work inside
// Next's request scope. This runs a handler inside a minimal one (the same stores Next creates for
// a route handler), so the matrix can call NextAuth for real instead of skipping it.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// The CommonJS instances next-auth itself requires: a vitest-transformed copy would be a different singleton.
const { workAsyncStorage } = require("next/dist/server/app-render/work-async-storage.external.js");
const { workUnitAsyncStorage } = require("next/dist/server/app-render/work-unit-async-storage.external.js");
const { createRequestStoreForAPI } = require("next/dist/server/async-storage/request-store.js");

export function inRequestScope<T>(req: Request, route: string, fn: () => Promise<T>): Promise<T> {
  const url = new URL(req.url);
  const workStore = {
    route,
    page: route,
    isStaticGeneration: false,
    forceStatic: false,
    dynamicShouldError: false,
    isDraftMode: false,
    fetchCache: undefined,
    incrementalCache: undefined,
    pendingRevalidates: {},
    pendingRevalidateWrites: [],
    revalidatedTags: [],
  };
  const requestStore = createRequestStoreForAPI(
    req,
    { pathname: url.pathname, search: url.search },
    { tags: [], expirationsByCacheKind: new Map() },
    undefined,
    { previewModeId: "x", previewModeEncryptionKey: "x", previewModeSigningKey: "x" },
  );
  return workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(requestStore, fn));
}
