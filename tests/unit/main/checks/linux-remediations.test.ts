import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LINUX_REMEDIATIONS } from '../../../../shared/remediation/linux'
import { REMEDIATION_LINUX_EN } from '../../../../shared/i18n/en/remediation-linux'
import { getRemediation } from '../../../../shared/remediation/catalogue'

describe('Linux remediations', () => {
  it('every id has English words and every text has an id', () => {
    expect(Object.keys(REMEDIATION_LINUX_EN).sort()).toEqual(Object.keys(LINUX_REMEDIATIONS).sort())
  })

  it('have no deep links, real steps and a duration', () => {
    for (const id of Object.keys(LINUX_REMEDIATIONS)) {
      const r = getRemediation(id)
      expect(r, id).not.toBeNull()
      expect(r?.deepLink, id).toBeNull()
      expect(r?.steps.length, id).toBeGreaterThanOrEqual(2)
      expect(r?.why.length, id).toBeGreaterThan(20)
      expect(r?.duration, id).toMatch(/minute|hour/)
    }
  })

  it('cover every screen-lock desktop, firewall tool and update family the checks name', () => {
    for (const id of [
      'screen-lock.linux.gnome',
      'screen-lock.linux.kde5',
      'screen-lock.linux.kde6',
      'screen-lock.linux.xfce',
      'screen-lock.linux.cinnamon',
      'screen-lock.linux.mate',
      'firewall.linux.ufw',
      'firewall.linux.firewalld',
      'firewall.linux.nftables',
      'auto-updates.linux.debian',
      'auto-updates.linux.ubuntu',
      'auto-updates.linux.mint',
      'auto-updates.linux.fedora',
      'auto-updates.linux.arch',
      'disk-encryption.linux.luks',
      'remote-access.linux.ssh',
      'remote-access.linux.sshd',
      'remote-access.linux.gnome',
      'remote-access.linux.xrdp',
      'remote-access.linux.vnc',
      'login-protection.linux.gdm',
      'login-protection.linux.lightdm',
      'login-protection.linux.lightdm-mint',
      'login-protection.linux.sddm',
      'login-protection.linux.greetd',
      'login-protection.linux.getty',
    ])
      expect(LINUX_REMEDIATIONS[id], id).toBeDefined()
  })

  it('every remediation id mentioned in the Linux check sources exists', () => {
    const root = path.resolve(__dirname, '../../../../main/checks')
    const ids = new Set<string>()
    for (const dir of readdirSync(root)) {
      const file = path.join(root, dir, 'linux.ts')
      let text: string
      try {
        text = readFileSync(file, 'utf8')
      } catch {
        continue
      }
      for (const m of text.matchAll(
        /'((?:disk-encryption|firewall|screen-lock|auto-updates|remote-access|login-protection)\.[a-z0-9.-]+)'/g,
      ))
        ids.add(m[1] as string)
    }
    expect(ids.size).toBeGreaterThan(10)
    for (const id of ids) expect(getRemediation(id), id).not.toBeNull()
  })
})
