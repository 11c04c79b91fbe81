import "server-only";

/** Placeholder until the search slice lands. */
export async function indexDocument(kind: "CASE" | "CHALLENGE" | "COMPANY", id: string): Promise<{ kind: string; id: string; indexed: boolean }> {
  return { kind, id, indexed: false };
}
