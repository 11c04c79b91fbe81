import { idSchema, optionalText, pageParam, z } from "@/lib/fields";
import { MAX_DOCUMENT_BYTES, MAX_FILES_PER_POST } from "./limits";

// Shared with the client forms: no server imports here.
export { MAX_DOCUMENT_BYTES, MAX_FILES_PER_POST };
export const MESSAGE_MAX = 5000;
/** For the file input's accept attribute; the server checks the content, not this list. */
export const ACCEPT_ATTR = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.png,.jpg,.jpeg,.gif,.webp";

export const threadIdSchema = idSchema;

const fileSchema = z
  .instanceof(File, { error: "ファイルを選び直してください" })
  .refine((f) => f.size > 0, { error: "空のファイルは送れません" })
  .refine((f) => f.size <= MAX_DOCUMENT_BYTES, {
    error: "ファイルは1つ20MBまでです。小さくするか分けて送ってください",
  });

/** A reply: text, files, or both. Line breaks are kept; only leading and trailing blank space is trimmed. */
export const postMessageSchema = z
  .object({
    threadId: threadIdSchema,
    body: optionalText(MESSAGE_MAX, { multiline: true }).transform((v) => v ?? ""),
    files: z
      .array(fileSchema)
      .max(MAX_FILES_PER_POST, { error: `ファイルは一度に${MAX_FILES_PER_POST}つまでです` })
      .default([]),
  })
  .refine((v) => v.body.length > 0 || v.files.length > 0, {
    path: ["body"],
    error: "本文を入力するか、ファイルを添付してください",
  });
export type PostMessageInput = z.infer<typeof postMessageSchema>;

/** Server actions receive FormData; turn it into the plain object the schema above checks. */
export function formDataToPost(raw: unknown): unknown {
  if (!(raw instanceof FormData)) return raw;
  const body = raw.get("body");
  return {
    threadId: raw.get("threadId"),
    body: typeof body === "string" ? body : undefined,
    // An empty file input still sends one nameless, empty entry (a File, or "" once serialised): skip it.
    files: raw
      .getAll("files")
      .filter((f) => f !== "" && !(f instanceof File && f.size === 0 && ["", "blob", "undefined"].includes(f.name))),
  };
}

export const postMessageFormSchema = z.preprocess(formDataToPost, postMessageSchema);

export const threadListParams = z.object({ page: pageParam() });
