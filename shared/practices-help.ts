/**
 * Vendors' own help pages that a practice may link to, looked up by id. This fixed list is the only
 * source of web addresses the app opens (in the user's browser, by main, after checking the id and
 * the https scheme again: main/services/deep-links.ts); the renderer sends an id, never a URL, and a
 * policy may name ids from this list but cannot add addresses. The link text is the practices
 * catalogue's `help.<id>` (shared/i18n/en/practices.ts).
 */
export const PRACTICE_HELP_LINKS = {
  'signal-download': 'https://signal.org/download/',
  'signal-disappearing':
    'https://support.signal.org/hc/en-us/articles/360007320771-Set-and-manage-disappearing-messages',
  'google-2sv': 'https://support.google.com/accounts/answer/185839',
  'google-passkeys': 'https://support.google.com/accounts/answer/13548313',
  'microsoft-security-info': 'https://aka.ms/mfasetup',
  'bitwarden-download': 'https://bitwarden.com/download/',
  'keepassxc-download': 'https://keepassxc.org/download/',
  '1password-download': 'https://1password.com/downloads/',
} as const satisfies Record<string, string>

export type PracticeHelpId = keyof typeof PRACTICE_HELP_LINKS

export const PRACTICE_HELP_IDS = Object.keys(PRACTICE_HELP_LINKS) as PracticeHelpId[]

export function isPracticeHelpId(value: unknown): value is PracticeHelpId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PRACTICE_HELP_LINKS, value)
}
