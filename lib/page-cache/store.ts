// Rendered HTML of anonymous pages, in this process's memory (lib/page-cache/README in docs/reliability/load.md).
// Bounded by bytes (oldest dropped first) and by age; `clear()` bumps a generation so a render that
// started before a change can never be stored after it.

export type CachedPage = { body: string; headers: [string, string][]; storedAt: number };

export class PageStore {
  private entries = new Map<string, CachedPage>();
  private bytes = 0;
  generation = 0;

  constructor(private readonly opts: { maxBytes: number; ttlMs: number; now?: () => number }) {}

  private now() {
    return this.opts.now ? this.opts.now() : Date.now();
  }

  get(key: string): CachedPage | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (this.now() - e.storedAt > this.opts.ttlMs) {
      this.delete(key);
      return undefined;
    }
    // Recently used entries move to the end, so eviction drops the least recently used.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  /** Stores only when nothing changed since the render began (`generation` taken before it). */
  set(key: string, page: Omit<CachedPage, "storedAt">, generation: number): boolean {
    if (generation !== this.generation) return false;
    const size = page.body.length * 2;
    if (size > this.opts.maxBytes / 8) return false;
    this.delete(key);
    this.entries.set(key, { ...page, storedAt: this.now() });
    this.bytes += size;
    for (const [k] of this.entries) {
      if (this.bytes <= this.opts.maxBytes) break;
      this.delete(k);
    }
    return true;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
    this.generation++;
  }

  get size() {
    return this.entries.size;
  }

  private delete(key: string) {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.body.length * 2;
  }
}
