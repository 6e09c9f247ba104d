/**
 * The Spanish catalogue as the app shows it: guided fixes through getRemediation(id, 'es'), the
 * campaign practices through resolvePracticeWords(…, 'es'), and the UI strings through the
 * renderer's t()/tn() with the catalogue App.tsx switches to for `settings.language === 'es'`.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../../shared/i18n'
import { UI_EN } from '../../../shared/i18n/en/ui'
import { PRACTICES_ES } from '../../../shared/i18n/es/practices'
import { getRemediation, REMEDIATIONS } from '../../../shared/remediation/catalogue'
import { DEFAULT_PRACTICES, practiceText, resolvePracticeWords } from '../../../shared/practices'
import { setCatalogue, t, tn } from '../../../renderer/app/i18n'

afterEach(() => setCatalogue('en', UI_EN))

function practice(id: string) {
  const p = DEFAULT_PRACTICES.find((x) => x.id === id)
  if (p === undefined) throw new Error(`no default practice ${id}`)
  return p
}

describe('guided fixes in Spanish', () => {
  it('gives FileVault on macOS 13+ in Spanish, with the same deep link and steps as English', () => {
    const es = getRemediation('disk-encryption.darwin.turn-on', 'es')
    const en = getRemediation('disk-encryption.darwin.turn-on', 'en')
    expect(es?.title).toBe('Active FileVault')
    expect(es?.steps[0]).toBe(
      'Abra el menú Apple › Configuración del Sistema y haga clic en Privacidad y seguridad en la barra lateral (en macOS 12 y anteriores: Preferencias del Sistema › Seguridad y privacidad › FileVault).',
    )
    expect(es?.steps).toHaveLength(en?.steps.length ?? -1)
    expect(es?.deepLink).toBe(en?.deepLink)
    expect(es?.minutes).toBe(en?.minutes)
    expect(es?.why).not.toBe(en?.why)
  })

  it('names the Windows Security pages as Windows in Spanish shows them', () => {
    const firewall = getRemediation('firewall.win32.turn-on', 'es')
    expect(firewall?.title).toBe('Active el Firewall de Windows')
    expect(firewall?.steps[0]).toContain('Seguridad de Windows › Firewall y protección de red')
    expect(firewall?.steps[1]).toContain('“Firewall de Microsoft Defender”')
    const device = getRemediation('disk-encryption.win32.device-encryption', 'es')
    expect(device?.steps[1]).toContain('Configuración › Privacidad y seguridad › Cifrado de dispositivo')
    // The safety warning about the recovery key is kept.
    expect(device?.steps[3]).toContain('nunca solo en un archivo dentro de esta laptop')
    expect(device?.steps[3]).toContain('https://aka.ms/myrecoverykey')
  })

  it('keeps commands exactly and translates the GNOME steps with GNOME’s own Spanish names', () => {
    const ufw = getRemediation('firewall.linux.ufw', 'es')
    expect(ufw?.steps[2]).toBe('O en una terminal: ejecute "sudo ufw enable" y escriba su contraseña.')
    const gnome = getRemediation('screen-lock.linux.gnome', 'es')
    expect(gnome?.steps[1]).toContain('"Privacidad y seguridad" → "Bloqueo de pantalla"')
    const clam = getRemediation('malware-protection.linux.install.apt', 'es')
    expect(clam?.steps[1]).toContain('`sudo apt update && sudo apt install clamav clamav-freshclam`')
  })

  it('has Spanish words for every fix id the engine can return, and none for an unknown id', () => {
    for (const id of Object.keys(REMEDIATIONS)) {
      const es = getRemediation(id, 'es')
      expect(es, id).not.toBeNull()
      expect(es?.title, id).not.toBe(getRemediation(id, 'en')?.title)
    }
    expect(getRemediation('no.such.fix', 'es')).toBeNull()
  })
})

describe('campaign practices in Spanish', () => {
  it('resolves a practice with services, platform steps and help labels', () => {
    const twoFactor = resolvePracticeWords({}, practice('two-factor-email'), 'darwin', 'es')
    expect(twoFactor.title).toBe(PRACTICES_ES['practice.two-factor-email.title'])
    expect(twoFactor.services.map((s) => s.name)).toEqual([
      'Google Workspace (Gmail)',
      'Microsoft 365 (Outlook)',
    ])
    expect(twoFactor.services[0]?.steps[1]).toBe(
      'Elija Seguridad, luego Verificación en 2 pasos, y actívela.',
    )
    expect(twoFactor.help.map((h) => h.label)).toContain('Google: activar la Verificación en 2 pasos')

    const password = practice('laptop-password')
    const win = resolvePracticeWords({}, password, 'win32', 'es')
    expect(win.title).toBe('Mi contraseña en esta laptop tiene al menos 12 caracteres')
    expect(win.steps).toHaveLength(2)
    expect(win.steps[0]).toContain('“Cambiar una contraseña”')
    expect(resolvePracticeWords({}, password, 'darwin', 'es').steps[0]).toContain(
      'Configuración del Sistema, Usuarios y grupos',
    )
  })

  it('prefers a policy’s own Spanish words, then the bundled Spanish, then English', () => {
    const catalogue = {
      en: { 'practice.vpn.title': 'I use the campaign VPN' },
      es: { 'practice.signal.title': 'Uso Signal (texto de la campaña)' },
    }
    expect(practiceText(catalogue, 'practice.signal.title', 'es')).toBe('Uso Signal (texto de la campaña)')
    expect(practiceText(catalogue, 'practice.signal.why', 'es')).toBe(PRACTICES_ES['practice.signal.why'])
    // A custom practice with English words only shows English.
    expect(practiceText(catalogue, 'practice.vpn.title', 'es')).toBe('I use the campaign VPN')
  })
})

describe('the UI in Spanish', () => {
  it('fills placeholders and picks plural forms by Spanish rules ("many" uses .other)', () => {
    setCatalogue('es', LANGUAGES.es.ui)
    expect(t('dashboard.progress', { done: 3, total: 10 })).toBe('3 de 10 revisiones terminadas')
    expect(tn('nav.fixCount', 1)).toBe('1 punto por corregir')
    expect(tn('nav.fixCount', 0)).toBe('0 puntos por corregir')
    expect(tn('nav.fixCount', 2)).toBe('2 puntos por corregir')
    expect(new Intl.PluralRules('es').select(1_000_000)).toBe('many')
    expect(tn('nav.fixCount', 1_000_000)).toBe('1.000.000 puntos por corregir')
    expect(t('fix.recheck')).toBe('Revisar de nuevo')
  })

  it('uses the button labels the guided fixes refer to', () => {
    // Steps tell the reader to press “Revisar de nuevo” and the “Abrir Configuración” button.
    expect(LANGUAGES.es.ui['dashboard.runAgain']).toBe('Revisar de nuevo')
    expect(LANGUAGES.es.ui['fix.recheck']).toBe('Revisar de nuevo')
    expect(getRemediation('os-version.win32.update', 'es')?.steps[3]).toBe(
      'Presione “Revisar de nuevo” en Preflight.',
    )
    expect(LANGUAGES.es.ui['status.unknown']).toBe('No se pudo revisar')
    expect(getRemediation('disk-encryption.darwin.wait-encrypting', 'es')?.why).toContain(
      '“No se pudo revisar”',
    )
  })
})
