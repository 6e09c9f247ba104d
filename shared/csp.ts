/**
 * The renderer's Content Security Policy: one source of truth.
 *
 * Electron security checklist item 7 (docs/electron-security.md). Main sends CONTENT_SECURITY_POLICY
 * as a response header for every app:// file; renderer/index.html carries CONTENT_SECURITY_POLICY_META
 * in `<meta http-equiv="Content-Security-Policy">` (tests/security/csp.test.ts asserts they match).
 * The renderer loads only its own bundled files and makes no network requests, so everything else is
 * 'none'. No 'unsafe-inline' / 'unsafe-eval': React sets styles through the CSSOM, which CSP allows.
 */

/** Directives, in order. `frame-ancestors` only works as a header (browsers ignore it in a meta tag). */
export const CSP_DIRECTIVES: readonly (readonly [name: string, value: string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'none'"],
  ['media-src', "'none'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['worker-src', "'none'"],
  ['manifest-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
]

/** Directives a `<meta>` CSP cannot carry (CSP Level 3, §3.3). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

/** The policy sent as the Content-Security-Policy response header by the app:// handler. */
export const CONTENT_SECURITY_POLICY: string = CSP_DIRECTIVES.map(([n, v]) => `${n} ${v}`).join('; ')

/** The same policy minus header-only directives: the exact `content` of renderer/index.html's meta tag. */
export const CONTENT_SECURITY_POLICY_META: string = CSP_DIRECTIVES.filter(([n]) => !HEADER_ONLY.has(n))
  .map(([n, v]) => `${n} ${v}`)
  .join('; ')
