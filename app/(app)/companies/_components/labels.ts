import { prefectureName } from "@/lib/municipalities/prefectures";

/** "全国" when a company lists no prefectures; otherwise the names, shortened after five. */
export function regionsLabel(codes: string[], nationwide: string, max = 5): string {
  if (codes.length === 0) return nationwide;
  const names = codes.map(prefectureName).filter(Boolean);
  return names.length > max ? `${names.slice(0, max).join("、")} ほか${names.length - max}` : names.join("、");
}
