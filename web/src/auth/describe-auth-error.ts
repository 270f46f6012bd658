import { ApiError } from '../api-client/api-error.js';

/** A sentence for a failed sign-in or account creation. */
export function describeAuthError(error: unknown, wrongCredentials: string): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Please try again.';
  if (error.status === 401) return wrongCredentials;
  if (error.status === 409) return 'An account with this email already exists. Sign in instead.';
  return error.message;
}
