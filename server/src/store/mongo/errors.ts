/**
 * Maps MongoDB driver failures to AppErrors so callers never see a driver
 * type. Duplicate keys are conflicts (409); anything about reaching the
 * server (network, selection timeout, pool cleared, shutdown) means the
 * store is unavailable (503) and the caller should retry later; everything
 * else is an internal store failure (500).
 */
import {
  MongoBulkWriteError,
  MongoError,
  MongoNetworkError,
  MongoNotConnectedError,
  MongoServerSelectionError,
  MongoTopologyClosedError,
} from 'mongodb';
import { AppError } from '../../errors.js';

const DUPLICATE_KEY = 11000;

export function isDuplicateKeyError(error: unknown): boolean {
  return error instanceof MongoError && error.code === DUPLICATE_KEY;
}

function isUnavailable(error: MongoError): boolean {
  return (
    error instanceof MongoNetworkError ||
    error instanceof MongoServerSelectionError ||
    error instanceof MongoNotConnectedError ||
    error instanceof MongoTopologyClosedError ||
    error.hasErrorLabel('RetryableWriteError') ||
    error.hasErrorLabel('ResetPool') ||
    isDriverFailureInBulkWrite(error)
  );
}

/**
 * insertMany wraps a failure to reach the server (refused connection,
 * closed socket) in a MongoBulkWriteError that keeps neither its type nor
 * its labels; what tells it apart from a refused write is that the server
 * said nothing: no write errors and no code (a write-concern error has one).
 */
function isDriverFailureInBulkWrite(error: MongoError): boolean {
  return (
    error instanceof MongoBulkWriteError &&
    Array.isArray(error.writeErrors) &&
    error.writeErrors.length === 0 &&
    error.code === undefined
  );
}

/** Converts any error thrown by the driver into an AppError (AppErrors pass through). */
export function toAppError(error: unknown, action: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof MongoError) {
    if (error.code === DUPLICATE_KEY) {
      return new AppError(409, 'conflict', `${action}: already exists`);
    }
    if (isUnavailable(error)) {
      return new AppError(503, 'store_unavailable', `${action}: MongoDB is unreachable`, {
        cause: error.name,
      });
    }
    return new AppError(500, 'store_failed', `${action}: MongoDB refused the operation`, {
      cause: error.name,
      code: error.code,
    });
  }
  return new AppError(500, 'store_failed', `${action}: unexpected store failure`);
}

/** Runs `operation`, converting driver errors into AppErrors. */
export async function guarded<T>(action: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toAppError(error, action);
  }
}
