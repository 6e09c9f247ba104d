import { describe, expect, it } from 'vitest'
import { isDeclared } from '../../../../main/checks/declarations'
import type { ProbeDeclaration } from '../../../../main/checks/types'

const decl: ProbeDeclaration = {
  commands: [['systemctl', 'is-active', '*']],
  files: ['/etc/lightdm/lightdm.conf', '/etc/lightdm/lightdm.conf.d/*'],
  dirs: ['/etc/lightdm/lightdm.conf.d'],
}

describe('declared directory listings', () => {
  it('matches a listed folder only against `dirs`, never against `files`', () => {
    expect(isDeclared({ dir: '/etc/lightdm/lightdm.conf.d' }, [decl], undefined)).toBe(true)
    expect(isDeclared({ dir: '/etc/lightdm' }, [decl], undefined)).toBe(false)
    expect(isDeclared({ dir: '/etc/lightdm/lightdm.conf' }, [decl], undefined)).toBe(false)
    expect(isDeclared({ file: '/etc/lightdm/lightdm.conf.d/50-x.conf' }, [decl], undefined)).toBe(true)
    expect(isDeclared({ dir: '/etc/x' }, [{ commands: [], files: ['/etc/x'] }], undefined)).toBe(false)
  })
})
