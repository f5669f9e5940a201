// AppError and its codes: the one way data functions refuse, mapped once to HTTP statuses and form results.
export const ERROR_STATUS = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldErrors = Record<string, string[] | undefined>;

/**
 * Why a FORBIDDEN refusal refused, as a code: the audit trail stores it (with its params) and the audit screen says
 * it in the reader's language, never by matching the English message.
 */
export const REFUSAL_REASONS = ["role", "passwordChangeRequired", "ownProposal", "sameHands", "sameCreator", "notYourProposal"] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { fieldErrors?: FieldErrors; current?: unknown; permission?: string; reason?: RefusalReason },
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export function httpStatus(error: unknown): number {
  return isAppError(error) ? ERROR_STATUS[error.code] : 500;
}

/** The JSON body a route handler answers with when a data function refuses. */
export function errorBody(error: unknown): { error: { code: string; message: string; fieldErrors?: FieldErrors } } {
  if (isAppError(error)) {
    return { error: { code: error.code, message: error.message, ...(error.details?.fieldErrors ? { fieldErrors: error.details.fieldErrors } : {}) } };
  }
  return { error: { code: "INTERNAL", message: "Something went wrong on our side." } };
}

export type FormState<Values = Record<string, string>> =
  | { ok: true; message?: string; values?: Partial<Values> }
  | { ok: false; code?: ErrorCode; message: string; fieldErrors: FieldErrors; values: Partial<Values> };

export type Refusal<Values = Record<string, string>> = Extract<FormState<Values>, { ok: false }>;

/**
 * A refused form keeps everything the user typed and says what is wrong next to each field.
 * `localize` turns the data layer's English messages into the reader's language.
 */
export function formError<Values>(error: unknown, values: Partial<Values>, localize: (message: string) => string = (m) => m): Refusal<Values> {
  if (isAppError(error)) {
    const fieldErrors = Object.fromEntries(Object.entries(error.details?.fieldErrors ?? {}).map(([field, list]) => [field, list?.map(localize)]));
    return { ok: false, code: error.code, message: localize(error.message), fieldErrors, values };
  }
  throw error;
}
