// Upload limits in one dependency-free file: next.config.ts imports it (it cannot resolve "@/…"),
// and so do the zod schema and the reply form, so the promise in the UI and the limits the
// server enforces cannot drift apart.

/** Per file, as the form promises (「1つ20MBまで」). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const MAX_FILES_PER_POST = 3;

/**
 * The largest request body Next accepts, for server actions and for the copy it buffers because
 * proxy.ts exists: three full files plus the text (5,000 characters, at most 15 kB in UTF-8), the
 * multipart framing and the action's own fields, with room to spare. A body above it never reaches
 * our code (Next answers it itself), so the form checks sizes before sending.
 */
export const MAX_POST_BYTES = MAX_FILES_PER_POST * MAX_DOCUMENT_BYTES + 2 * 1024 * 1024;
