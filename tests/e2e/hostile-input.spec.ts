import fc from "fast-check";
import { expect, test } from "./fixtures";

// Whatever lands in a URL — junk filters, huge pages, script tags, odd ids — the server answers
// with a page or a 404, never a 500.
const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "-1",
    "99999999999999999999",
    "NaN",
    "%",
    "../../etc/passwd",
    "町",
    "東京都",
  ),
  fc.integer().map(String),
);
const params = fc.dictionary(
  fc.constantFrom(
    "page",
    "theme",
    "pref",
    "prefecture",
    "scheme",
    "outcome",
    "year",
    "fy",
    "kind",
    "status",
    "budget",
    "sort",
    "q",
    "municipality",
  ),
  junk,
  { maxKeys: 5 },
);

for (const path of ["/cases", "/challenges", "/"]) {
  test(`${path} never answers 500 to junk query strings`, async ({ request }) => {
    await fc.assert(
      fc.asyncProperty(params, async (p) => {
        const res = await request.get(`${path}?${new URLSearchParams(p)}`, { maxRedirects: 0 });
        expect(res.status(), JSON.stringify(p)).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
  });
}

test("odd ids give 404, not 500", async ({ request }) => {
  for (const id of ["x", "0", "%00", "' OR 1=1 --", "a".repeat(300), "<script>", "..%2F..%2Fetc"]) {
    for (const base of ["/cases/", "/challenges/"]) {
      const res = await request.get(base + encodeURIComponent(id));
      expect(res.status(), base + id).toBe(404);
    }
  }
});
