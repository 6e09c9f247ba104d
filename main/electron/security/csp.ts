/**
 * Checklist item 7 (CSP): the policy itself lives in shared/csp.ts so that renderer/index.html and the
 * app:// response header use the same string; this module adds it to responses.
 */
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp'

export { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../../shared/csp'

/** Headers sent with every app:// response. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  }
}
