// How a page shows a failed call. A 401 is never shown: the client's 401 hook has already
// sent the user to the login page with the server's reason (会话已失效，请重新登录). Anything
// else from the server is shown with its `detail` (problem+json), in the user's language as
// the server wrote it. Forms show field errors on the fields instead (useServerForm).
import { ElMessage } from 'element-plus'
import { isApiError, type ApiError } from './client'

/** A 401: the user is on the way to the login page, which says why. */
export function isUnauthorized(e: unknown): e is ApiError {
  return isApiError(e) && e.status === 401
}

/** A failure from the server that the page should tell the user about (any but a 401). */
export function isReportable(e: unknown): e is ApiError {
  return isApiError(e) && e.status !== 401
}

/** The text of any failure: the server's detail, else the error itself. */
export function errorText(e: unknown): string {
  return isApiError(e) ? e.detail : String(e)
}

/**
 * Shows a failed call as an error message — the server's detail, or `text(e)` — unless it
 * is a 401 or not from the API. True when a message was shown.
 */
export function showApiError(e: unknown, text?: (e: ApiError) => string): boolean {
  if (!isReportable(e)) return false
  ElMessage.error(text ? text(e) : e.detail)
  return true
}
