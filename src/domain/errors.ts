/**
 * Error codes the domain may raise: a rule refused (`VALIDATION`), a state machine asked for a step it
 * does not allow (`INVALID_TRANSITION`), a ballot already closed, a recused member… The domain throws
 * a `DomainError` with a code and, when it has something more precise to say, a Vietnamese message;
 * the server maps every code to an HTTP status and a default Vietnamese message in one place
 * (src/server/errors.ts, used by the error handler in src/server/app.ts).
 *
 * Adding a code: add it here, then its status and default message in src/server/errors.ts (both are
 * `Record<ErrorCode, …>`, so a code without them does not compile).
 */

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  /** A workflow step not allowed from the object's current state (e.g. returning a draft). */
  'INVALID_TRANSITION',
  /** A vote or ballot change after the ballot closed. */
  'BALLOT_CLOSED',
  /** A council member acting on a matter they are recused from. */
  'RECUSED',
  'CSRF',
  'LOCKED',
  'RATE_LIMITED',
  'BAD_CREDENTIALS',
  'PASSWORD_CHANGE_REQUIRED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One field a message is about: `path` as in the request body, `field` its Vietnamese label. */
export interface FieldError {
  path: string;
  field: string;
  message: string;
}

export class DomainError extends Error {
  /** The message meant for the user (Vietnamese); absent = the server's default for the code. */
  readonly userMessage: string | undefined;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields: FieldError[] = [],
    readonly details?: unknown,
  ) {
    super(message ?? code);
    this.name = 'DomainError';
    this.userMessage = message;
  }
}

export const isDomainError = (err: unknown): err is DomainError => err instanceof DomainError;

/** A refused workflow step, naming the state the object is in. */
export const invalidTransition = (message: string, details?: { from?: string; to?: string; action?: string }) =>
  new DomainError('INVALID_TRANSITION', message, [], details);

/** A refused value, field by field (the message lists them unless given). */
export const domainValidation = (fields: FieldError[], message?: string) =>
  new DomainError('VALIDATION', message ?? `Dữ liệu không hợp lệ: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
