import { createRequire } from "node:module";
import path from "node:path";
import { logger } from "@/lib/log";
import { normalize } from "./normalize";

// Readings (kana) of a document's kanji, so that 「あきや」 finds 「空き家」 and 「らくてん」 finds 「楽天」: kuromoji
// (a Japanese morphological analyser, IPADIC dictionary in the npm package) splits the text into words and
// gives each its reading. Indexing only: queries are matched against the readings as typed, so a search never
// loads the dictionary (~5 s and ~250 MB the first time in a process; then ~15 µs per character).
// Readings are a help, not the truth (IPADIC reads 「避難所」 as ひなんしょ and many place names wrongly), which is
// why documents keep their text and only gain a line of readings. When the dictionary cannot be loaded,
// documents are indexed without readings and a warning is logged once.

type Token = { surface_form: string; reading?: string };
type Tokenizer = { tokenize(text: string): Token[] };

const KANJI = /[\u3400-\u9fff\uf900-\ufaff]/u;
let tokenizer: Promise<Tokenizer | null> | null = null;

function dictionaryPath(): string {
  // Resolved from the app's root (scripts, the worker and Next all run there), not from this file, which a
  // bundler may have moved.
  const req = createRequire(path.join(process.cwd(), "package.json"));
  return path.join(path.dirname(req.resolve("kuromoji/package.json")), "dict");
}

function loadTokenizer(): Promise<Tokenizer | null> {
  tokenizer ??= (async () => {
    try {
      const req = createRequire(path.join(process.cwd(), "package.json"));
      const kuromoji = req("kuromoji") as {
        builder(o: { dicPath: string }): { build(cb: (err: Error | null, t: Tokenizer) => void): void };
      };
      return await new Promise<Tokenizer>((resolve, reject) =>
        kuromoji.builder({ dicPath: dictionaryPath() }).build((err, t) => (err ? reject(err) : resolve(t))),
      );
    } catch (err) {
      logger.warn("kuromoji dictionary not loaded: indexing without readings", { component: "search", err });
      return null;
    }
  })();
  return tokenizer;
}

/** The normalised reading of each line of `text` that holds kanji (kana and Latin words kept as written, so a
 *  reading runs across word boundaries: 「空き家バンク」 → 「あきやばんく」). Empty when nothing has a reading. */
export async function readingsOf(text: string): Promise<string[]> {
  if (!KANJI.test(text)) return [];
  const t = await loadTokenizer();
  if (!t) return [];
  const out: string[] = [];
  for (const line of text.split("\n")) {
    if (!KANJI.test(line)) continue;
    const reading = cached(line) ?? remember(line, readingOf(t, line));
    if (reading) out.push(reading);
  }
  return out;
}

// Lines repeat across documents (a municipality, a theme, a template sentence), and with Meilisearch each
// document is indexed twice (PostgreSQL keeps a copy): the last READING_CACHE lines are kept.
const READING_CACHE = 5_000;
const cache = new Map<string, string>();
const cached = (line: string) => cache.get(line);
function remember(line: string, reading: string): string {
  if (cache.size >= READING_CACHE) cache.delete(cache.keys().next().value!);
  cache.set(line, reading);
  return reading;
}

function readingOf(t: Tokenizer, line: string): string {
  return normalize(
    t
      .tokenize(line)
      .map((tok) =>
        tok.reading && tok.reading !== "*" && KANJI.test(tok.surface_form) ? tok.reading : tok.surface_form,
      )
      .join(""),
  );
}
