// `node --import` hook for scripts that run server code outside Next without the react-server
// condition (which breaks modules that import next/navigation): "server-only" becomes an empty
// module, as in vitest.config.ts, and next-auth's CommonJS providers get the default export that
// bundlers give them (plain Node hands over the whole exports object).
import { registerHooks } from "node:module";

const INTEROP = "kyoso-interop:";

registerHooks({
  resolve(specifier, context, next) {
    if (specifier === "server-only")
      return { url: "data:text/javascript,export {};", shortCircuit: true, format: "module" };
    if (specifier.startsWith("next-auth/providers/")) {
      const real = next(specifier, context);
      return { url: INTEROP + real.url, shortCircuit: true, format: "module" };
    }
    return next(specifier, context);
  },
  load(url, context, next) {
    if (!url.startsWith(INTEROP)) return next(url, context);
    const real = JSON.stringify(url.slice(INTEROP.length));
    return { format: "module", shortCircuit: true, source: `import m from ${real}; export default m.default ?? m;` };
  },
});
