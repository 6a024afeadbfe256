/**
 * Errors shaped like Office.js's `OfficeExtension.Error` ("RichApi.Error"): a stable `code`,
 * a human `message`, and `debugInfo` with the location. Codes come from `Excel.ErrorCodes` /
 * `OfficeExtension.ErrorCodes` (see docs/excel-standin-assumptions.md).
 */
export const ErrorCode = {
  propertyNotLoaded: "PropertyNotLoaded",
  invalidArgument: "InvalidArgument",
  accessDenied: "AccessDenied",
  itemNotFound: "ItemNotFound",
  itemAlreadyExists: "ItemAlreadyExists",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  notImplemented: "NotImplemented",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  generalException: "GeneralException",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  rangeExceedsLimit: "RangeExceedsLimit",
} as const;
export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

const defaultMessages: Record<string, string> = {
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  AccessDenied: "You cannot perform the requested operation.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource being created already exists.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference isn't valid for the current operation.",
  NotImplemented: "The requested feature isn't implemented (in the Excel stand-in).",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

export interface StandinDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class StandinError extends Error {
  readonly code: string;
  readonly debugInfo: StandinDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: string, message?: string, errorLocation?: string) {
    const text = message ?? defaultMessages[code] ?? code;
    super(text);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message: text, errorLocation };
  }
}

export function fail(code: ErrorCodeValue, message?: string, errorLocation?: string): never {
  throw new StandinError(code, message, errorLocation);
}

/** The exact wording Office.js uses when a property is read before load + sync. */
export function propertyNotLoaded(property: string): StandinError {
  return new StandinError(
    ErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}
