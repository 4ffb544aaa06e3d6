/** Errors as the API sends them: a stable code, a Vietnamese message, and per-field problems. */
export interface FieldProblem {
  path: string;
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
  }
}
