import { describe, expect, it, vi } from 'vitest'
import { electronMock } from './electron-mock'

vi.mock('electron', () => electronMock())

const { isAllowedExternalUrl, openDeepLink } = await import('../../main/electron/security/external-links')
const { allowedDeepLinks, isAllowedDeepLinkUrl, isAllowedHelpUrl, resolveDeepLink, resolvePracticeHelpLink } =
  await import('../../main/services/deep-links')
const { REMEDIATIONS } = await import('../../shared/remediation/catalogue')
const { PRACTICE_HELP_LINKS } = await import('../../shared/practices-help')

const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'file:///etc/passwd',
  'file://server/share/x.exe',
  'http://example.com/',
  'https://example.com/',
  'smb://attacker/share',
  'data:text/html,<script>1</script>',
  'vbscript:msgbox(1)',
  'ms-settings:windowsupdate\nfile:///x',
  ' x-apple.systempreferences:com.apple.preference.security',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=x',
  '',
]

describe('external links (shell.openExternal)', () => {
  it('allows only the OS settings schemes', () => {
    expect(isAllowedDeepLinkUrl('x-apple.systempreferences:com.apple.preference.security?FDE')).toBe(true)
    expect(isAllowedDeepLinkUrl('ms-settings:windowsupdate')).toBe(true)
    for (const url of HOSTILE) expect(isAllowedDeepLinkUrl(url), JSON.stringify(url)).toBe(false)
  })

  it('every deep link in the catalogue passes the allow-list, and only those can be opened', () => {
    const links = Object.values(REMEDIATIONS)
      .map((m) => m.deepLink)
      .filter((l): l is string => l !== null)
    expect(links.length).toBeGreaterThan(0)
    for (const l of links) expect(isAllowedDeepLinkUrl(l), l).toBe(true)
    const help = Object.values(PRACTICE_HELP_LINKS)
    expect(allowedDeepLinks()).toEqual(new Set([...links, ...help]))
    for (const url of [
      ...HOSTILE,
      'ms-settings:not-in-the-catalogue',
      'https://signal.org/download/evil',
      'https://signal.org.evil.example/download/',
    ])
      expect(isAllowedExternalUrl(url), url).toBe(false)
  })

  it('help pages of the practices: https only, looked up by id, never a URL', () => {
    for (const url of Object.values(PRACTICE_HELP_LINKS)) expect(isAllowedHelpUrl(url), url).toBe(true)
    for (const url of [
      'http://signal.org/download/',
      'https://user:pw@signal.org/',
      'https://signal.org:8443/',
      'https://signal.org/\n',
      'https://localhost/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'ms-settings:windowsupdate',
    ])
      expect(isAllowedHelpUrl(url), url).toBe(false)
    expect(resolvePracticeHelpLink('signal-download')).toBe('https://signal.org/download/')
    for (const id of ['https://signal.org/download/', '__proto__', 'constructor', 'windowsupdate'])
      expect(resolvePracticeHelpLink(id), id).toBeNull()
  })

  it('resolves ids, never URLs', () => {
    expect(resolveDeepLink('javascript:alert(1)')).toBeNull()
    expect(resolveDeepLink('__proto__')).toBeNull()
    expect(resolveDeepLink('constructor')).toBeNull()
    const [id, meta] = Object.entries(REMEDIATIONS).find(([, m]) => m.deepLink !== null) ?? []
    expect(resolveDeepLink(id ?? '')).toBe(meta?.deepLink)
  })

  it('calls shell.openExternal only for allow-listed catalogue links', async () => {
    const openExternal = vi.fn(async () => undefined)
    for (const url of HOSTILE) expect(await openDeepLink({ openExternal }, url)).toBe(false)
    expect(openExternal).not.toHaveBeenCalled()
    const link = [...allowedDeepLinks()][0] ?? ''
    expect(await openDeepLink({ openExternal }, link)).toBe(true)
    expect(openExternal).toHaveBeenCalledWith(link, { activate: true })
    expect(await openDeepLink({ openExternal }, PRACTICE_HELP_LINKS['signal-disappearing'])).toBe(true)
    expect(await openDeepLink({ openExternal }, 'https://support.signal.org/')).toBe(false)
  })
})
