// Reads the 総務省 list of local governments (as of 2016-10-10) shipped in prisma/data and
// brings it up to date. Changes since that date, with the date they took effect:
//   2018-10-01 福岡県那珂川町 → 那珂川市 (403059 → 402311)
// 行政区 (wards of 政令市) are skipped: they are not local governments of their own, so their
// staff sign up under the city and name the ward office as their department.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { MunicipalityType } from "@/lib/generated/prisma/enums";
import { isValidLgCode } from "./lg-code";

export type MunicipalityRow = {
  lgCode: string;
  prefectureCode: string;
  prefecture: string;
  name: string;
  nameKana: string;
  type: MunicipalityType;
};

const TYPES: Record<string, MunicipalityType | null> = {
  都道府県: "PREFECTURE",
  政令市: "DESIGNATED_CITY",
  市: "CITY",
  町: "TOWN",
  村: "VILLAGE",
  特別区: "SPECIAL_WARD",
  行政区: null,
};

const CHANGES: { from: string; to: Partial<MunicipalityRow> & { lgCode: string } }[] = [
  { from: "403059", to: { lgCode: "402311", name: "那珂川市", nameKana: "なかがわし", type: "CITY" } },
];

export const MUNICIPALITY_CSV = path.join(process.cwd(), "prisma/data/municipalities-2016-10.csv");

export function parseMunicipalities(csv: string): MunicipalityRow[] {
  const lines = csv.trim().split(/\r?\n/);
  const header = lines.shift();
  if (header?.trim() !== "code,pref,name,type,district,furigana") throw new Error(`unexpected header: ${header}`);
  const rows: MunicipalityRow[] = [];
  lines.forEach((line, i) => {
    const [code, pref, name, typeJa, , furigana] = line.split(",");
    if (!isValidLgCode(code)) throw new Error(`line ${i + 2}: invalid 全国地方公共団体コード ${code} (${name})`);
    if (!(typeJa in TYPES)) throw new Error(`line ${i + 2}: unknown type ${typeJa}`);
    const type = TYPES[typeJa];
    if (!type) return;
    let row: MunicipalityRow = {
      lgCode: code,
      prefectureCode: code.slice(0, 2),
      prefecture: pref,
      name,
      nameKana: furigana,
      type,
    };
    const change = CHANGES.find((c) => c.from === code);
    if (change) {
      row = { ...row, ...change.to };
      if (!isValidLgCode(row.lgCode)) throw new Error(`changed code ${row.lgCode} is invalid`);
    }
    rows.push(row);
  });
  return rows;
}

export function loadMunicipalities(file = MUNICIPALITY_CSV): MunicipalityRow[] {
  return parseMunicipalities(readFileSync(file, "utf8"));
}
