/**
 * Errors shaped like office.js's `OfficeExtension.Error` (its runtime class `RichApi.Error`): `code`,
 * `message`, `debugInfo` (with `code`, `message`, `errorLocation`), `httpStatusCode`, `traceMessages`,
 * `innerError`, and `toString()` = "code: message".
 */

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  [key: string]: unknown;
}

const STATUS: Record<string, number> = {
  AccessDenied: 401,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidReference: 400,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  ApiNotFound: 404,
  RequestPayloadSizeLimitExceeded: 413,
  ResponsePayloadSizeLimitExceeded: 413,
  PropertyNotLoaded: 400,
  ValueNotLoaded: 400,
  InvalidObjectPath: 400,
  InvalidRequestContext: 400,
};

/** Messages as Excel words them (en-US). */
export const MESSAGES: Record<string, string> = {
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidOperation: "The requested operation is invalid.",
  GeneralException: "There was an internal error while processing the request.",
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel. Please see the "Excel JavaScript API requirement sets" documentation for more information.',
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please see the "Resource limits and performance optimization for Office Add-ins" documentation (5MB on Excel on the web).',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please see the "Resource limits and performance optimization for Office Add-ins" documentation (5MB on Excel on the web).',
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  PivotTableRangeConflict: "A PivotTable report cannot overlap another PivotTable report.",
  UnsupportedOperation: "The operation being attempted is not supported.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
};

export class SimOfficeError extends Error {
  override name = "RichApi.Error";
  code: string;
  debugInfo: SimDebugInfo;
  httpStatusCode: number;
  traceMessages: string[] = [];
  innerError: SimOfficeError | null = null;

  constructor(
    code: string,
    message?: string,
    errorLocation?: string,
    extra?: Record<string, unknown>
  ) {
    const msg = message ?? MESSAGES[code] ?? code;
    super(msg);
    Object.setPrototypeOf(this, SimOfficeError.prototype);
    this.code = code;
    this.message = msg;
    this.debugInfo = { code, message: msg, ...(errorLocation ? { errorLocation } : {}), ...extra };
    this.httpStatusCode = STATUS[code] ?? 500;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function simError(code: string, location?: string, message?: string): SimOfficeError {
  return new SimOfficeError(code, message, location);
}

export function propertyNotLoaded(entity: string, property: string): SimOfficeError {
  return new SimOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`
  );
}
