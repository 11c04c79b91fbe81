import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

export type ThemeOption = { id: string; slug: string; nameJa: string; nameEn: string };

export const listThemes = cache((): Promise<ThemeOption[]> =>
  db.theme.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, slug: true, nameJa: true, nameEn: true } }),
);
