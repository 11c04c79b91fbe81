import { z } from "zod";

// Default zod messages in Japanese; schemas give their own where a field needs a clearer hint.
z.config(z.locales.ja());

export { z };

/** Optional text from a form: "" and whitespace become undefined. */
export const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v),
    z
      .string()
      .max(max, { error: `${max}文字以内で入力してください` })
      .optional(),
  );

export const requiredText = (max: number, requiredMessage = "入力してください") =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .string({ error: requiredMessage })
      .min(1, { error: requiredMessage })
      .max(max, { error: `${max}文字以内で入力してください` }),
  );
