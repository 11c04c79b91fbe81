// The view beacon's body (app/api/views/route.ts). Client-safe.
import { idSchema, z } from "@/lib/fields";
import { sourceParam } from "./source";

export const viewBeaconSchema = z.object({ challengeId: idSchema, src: sourceParam });
export type ViewBeaconInput = z.infer<typeof viewBeaconSchema>;
/** Bigger bodies are refused before they are parsed. */
export const VIEW_BEACON_MAX_BYTES = 512;
