// The server-action body check of proxy.ts, held against React itself: what the client's
// encodeReply sends is admitted, and nothing the check admits makes Next's decoder throw (each
// throw was an HTTP 500). The decoder runs in a child process (tests/fixtures/react-reply.mjs).
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWellFormedReply } from "./action-body";

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (v: unknown) => Promise<string | FormData>;
};

type Part = string | { file: string };
type Body = string | [string, Part][];

function check(body: Body): boolean {
  if (typeof body === "string") return isWellFormedReply((k) => (k === "0" ? body : null));
  return isWellFormedReply((k) => {
    const v = body.find(([key]) => key === k)?.[1];
    return v === undefined ? null : typeof v === "string" ? v : new Blob([v.file]);
  });
}

/** What React's decoder says of each body: "ok", or the error Next turned into a 500. */
function decode(bodies: Body[]): string[] {
  const out = execFileSync(
    process.execPath,
    ["--conditions=react-server", path.resolve(import.meta.dirname, "../../tests/fixtures/react-reply.mjs")],
    { input: JSON.stringify(bodies), encoding: "utf8", timeout: 60_000 },
  );
  return JSON.parse(out) as string[];
}

async function encoded(args: unknown[]): Promise<Body> {
  const r = await encodeReply(args);
  if (typeof r === "string") return r;
  return [...r.entries()].map(([k, v]) => [k, typeof v === "string" ? v : { file: "bytes" }]);
}

// Form values as this app's forms send them: text (with "$" and NUL too), numbers, dates, lists,
// nested objects, blanks; sometimes one object twice (encodeReply then writes "$0:…").
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.string(),
    fc.constantFrom("$", "$$x", "$Q1", "\u0000", "$undefined"),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: true }),
    fc.bigInt(),
    fc.constant(new Blob(["bytes"])),
  ),
  node: fc.oneof(
    { depthSize: "small" },
    tie("leaf"),
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie("node"), { maxKeys: 4, noNullPrototype: true }),
  ),
})).node;
const args = fc.oneof(
  value.map((v) => [v]),
  value.map((v) => [{ a: v, b: v }]),
  fc
    .dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(fc.string(), fc.constant(new Blob(["x"]))), {
      noNullPrototype: true,
    })
    .map((fields) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      return [form];
    }),
);

describe("server-action body check", () => {
  it("admits what React's encodeReply sends, and React decodes all of it", async () => {
    const bodies = await Promise.all(fc.sample(args, 300).map(encoded));
    expect(bodies.filter((b) => !check(b))).toEqual([]);
    expect(decode(bodies).filter((r) => r !== "ok")).toEqual([]);
  });

  // Each of these made React throw, and Next answered 500.
  const throwing: Body[] = [
    "",
    "{",
    "null",
    "99999999999999999999",
    '"x"',
    '{"0":"$Q1"}',
    '["$Q1"]',
    '["$h1"]',
    '["$F1"]',
    '["$B1"]',
    '["$A1"]',
    '["$1"]',
    '["$0:zz"]',
    '["$n12x"]',
    `["$n${"9".repeat(400)}"]`,
    "[".repeat(20_000) + "]".repeat(20_000),
    JSON.stringify(Array.from({ length: 2000 }, () => null)),
    [["1_text", "x"]],
    [
      ["0", '["$B1"]'],
      ["1", "x"],
    ],
    [
      ["0", '["$Q1"]'],
      ["1", "{"],
    ],
    [["0", { file: "[null]" }]],
  ];

  it("refuses the malformed bodies of the audit, each of which made React throw", () => {
    expect(throwing.filter(check)).toEqual([]);
    expect(decode(throwing).filter((r) => r === "ok")).toEqual([]);
  });

  it("refuses the reference kinds no form here sends, though React decodes them", () => {
    const unused = ['["$@1"]', '["$R1"]', '["$T"]', '["$0"]', '[{"a":"$0:1"},"$0:0:a"]'];
    expect(unused.filter(check)).toEqual([]);
    expect(check('[{"a":1},"$0:0"]')).toBe(true);
  });

  it("admits nothing React cannot decode: random bodies built from React's own tokens", () => {
    const token = fc.oneof(
      fc.constantFrom("$", "$$", "$undefined", "$NaN", "$-0", "$D", "$n", "$K", "$B", "$Q", "$T", "$@", "$0", "$1"),
      fc.string({ maxLength: 3 }).map((s) => `$${s}`),
    );
    const piece = fc.tuple(token, fc.constantFrom("", "1", "0", ":0", ":a", "12", "x", ":0:0")).map(([t, s]) => t + s);
    const json = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: "small" },
        piece,
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie("v"), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom("a", "0"), tie("v"), { maxKeys: 2, noNullPrototype: true }),
      ),
    })).v;
    const plain = fc.dictionary(fc.constantFrom("a", "0"), fc.jsonValue({ maxDepth: 1 }), { noNullPrototype: true });
    const root = fc
      .oneof(fc.array(json, { maxLength: 3 }), json, fc.tuple(plain, piece), fc.tuple(fc.array(plain), piece))
      .map((v) => JSON.stringify(v));
    const body: fc.Arbitrary<Body> = fc.oneof(
      root,
      fc.tuple(root, fc.option(fc.oneof(root, fc.constant({ file: "x" }) as fc.Arbitrary<Part>))).map(([r, one]) => {
        const parts: [string, Part][] = [["0", r]];
        if (one !== null) parts.push(["1", one]);
        return parts;
      }),
    );
    const bodies = fc.sample(body, 2000);
    const admitted = bodies.filter(check);
    const results = decode(admitted);
    expect(admitted.filter((_, i) => results[i] !== "ok").map((b, i) => [b, results[i]])).toEqual([]);
    // The property only means something if the check admits a good share, tokens and references included.
    expect(admitted.length).toBeGreaterThan(200);
    expect(admitted.filter((b) => JSON.stringify(b).includes("$0:")).length).toBeGreaterThan(5);
  });
});
