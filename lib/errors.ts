// Bugs and refused operations are thrown as AppError(code); expected outcomes are returned.
// toUserMessage turns any thrown value into a safe, translated message key: never a stack trace.
export const errorCodes = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "ALREADY_EXISTS",
  "PENDING_APPROVAL",
  "INVALID_INPUT",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

export function errorCodeOf(e: unknown): ErrorCode {
  if (e instanceof AppError) return e.code;
  // Prisma unique-constraint violation
  if (typeof e === "object" && e && "code" in e && (e as { code: unknown }).code === "P2002") return "ALREADY_EXISTS";
  if (typeof e === "object" && e && "code" in e && (e as { code: unknown }).code === "P2025") return "NOT_FOUND";
  return "INTERNAL";
}
