// The hostile values of tests/e2e/hostile-bytes.spec.ts, written as the raw bytes a client sends:
// URL values are already percent-encoded (or deliberately badly encoded), bodies are sent as is.

/** `latin1`: each character is one byte, for bytes that are not UTF-8. */
export type RawBody = { type?: string; data: string; latin1?: boolean };
export type Probe = {
  label: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: Buffer;
};

const NUMBERS = { "1e308": "1e308", "-1": "-1", "20 nines": "9".repeat(20), NaN: "NaN" };
const DATES = { "0000-01-01": "0000-01-01", "9999-12-31": "9999-12-31" };

export const QUERY_VALUES: Record<string, string> = {
  NUL: "%00",
  "NUL inside": "a%00b",
  "malformed %E0%A4%A": "%E0%A4%A",
  "lone %": "%",
  "lone surrogate": "%ED%A0%80",
  ...NUMBERS,
  ...DATES,
};

export const PATH_VALUES: Record<string, string> = {
  NUL: "%00",
  "malformed %E0%A4%A": "%E0%A4%A",
  "lone %": "%",
  "overlong dot": "%C0%AE%C0%AE",
  "encoded slash": "..%2F..%2Fetc",
  ...NUMBERS,
  ...DATES,
};

const BOUNDARY = "----hostile7MA4YWxkTrZu0gW";
const multipart = (parts: [name: string, value: string, file?: string][], boundary = BOUNDARY): RawBody => ({
  type: `multipart/form-data; boundary=${boundary}`,
  data:
    parts
      .map(
        ([name, value, file]) =>
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"` +
          (file === undefined ? "" : `; filename="${file}"\r\nContent-Type: application/octet-stream`) +
          `\r\n\r\n${value}\r\n`,
      )
      .join("") + `--${BOUNDARY}--\r\n`,
});

const TEXT = "text/plain;charset=UTF-8";
const text = (data: string): RawBody => ({ type: TEXT, data });

/** Server-action bodies: React's reply format (a JSON array of arguments, "$"-references to parts) broken in every way we know. */
export const ACTION_BODIES: Record<string, RawBody> = {
  empty: text(""),
  "{": text("{"),
  null: text("null"),
  "a number": text("99999999999999999999"),
  "a string": text('"x"'),
  "an object": text('{"0":"$Q1"}'),
  "[$Q1] (Map part missing)": text('["$Q1"]'),
  "[$@1] (promise part missing)": text('["$@1"]'),
  "[$h1] (server reference missing)": text('["$h1"]'),
  "[$F1]": text('["$F1"]'),
  "[$B1] (blob missing)": text('["$B1"]'),
  "[$K1] outside multipart": text('["$K1"]'),
  "[$T]": text('["$T"]'),
  "[$R1] (stream missing)": text('["$R1"]'),
  "[$A1] (typed array missing)": text('["$A1"]'),
  "[$1]": text('["$1"]'),
  "[$0:zz] (bad path)": text('["$0:zz"]'),
  "[$0] (self)": text('["$0"]'),
  "[$n12x] (bad bigint)": text('["$n12x"]'),
  "[$n 400 digits]": text(`["$n${"9".repeat(400)}"]`),
  "[$Dgarbage]": text('["$Dgarbage"]'),
  "[NUL]": text('["\\u0000"]'),
  "[{id: NUL}]": text('[{"id":"\\u0000","organizationId":"\\u0000"}]'),
  "[null]": text("[null]"),
  "[-1]": text("[-1]"),
  "[1e308]": text("[1e308]"),
  "[1e999]": text("[1e999]"),
  "deep nesting": text("[".repeat(20_000) + "]".repeat(20_000)),
  "2000 arguments": text(JSON.stringify(Array.from({ length: 2000 }, () => null))),
  "invalid UTF-8": { type: TEXT, data: '["\xff\xfe\xc0"]', latin1: true },
  "application/json {": { type: "application/json", data: "{" },
  "no content-type": { data: "{" },
  urlencoded: { type: "application/x-www-form-urlencoded", data: "%00=%E0%A4%A" },
  "multipart without root part": multipart([["1_text", "x"]]),
  "multipart root [$K1] without entries": multipart([["0", '["$K1"]']]),
  "multipart root [$B1] not a file": multipart([
    ["0", '["$B1"]'],
    ["1", "x"],
  ]),
  "multipart root [$Q1] part not JSON": multipart([
    ["0", '["$Q1"]'],
    ["1", "{"],
  ]),
  "multipart root not JSON": multipart([["0", "{"]]),
  "multipart root is a file": multipart([["0", "[null]", "root.json"]]),
  "multipart NUL file name": multipart([
    ["0", '["$K1"]'],
    ["1_file", "x", "a\u0000b.pdf"],
  ]),
  "multipart wrong boundary": multipart([["0", "[null]"]], "other-boundary"),
  "multipart no boundary": { type: "multipart/form-data", data: "--x\r\n\r\n" },
  "multipart truncated": { type: `multipart/form-data; boundary=${BOUNDARY}`, data: `--${BOUNDARY}\r\nContent-Disp` },
};
