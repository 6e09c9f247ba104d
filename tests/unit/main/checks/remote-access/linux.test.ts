import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  IS_ACTIVE_ARGV,
  linuxStrategy,
  parseIsActiveLines,
  SS_ARGV,
  USER_GRD_ACTIVE,
  USER_GRD_ENABLED,
} from '../../../../../main/checks/remote-access/linux'
import { exit, runStrategy, type Answer, type Script } from '../linux-fake-probe'

const UNITS = IS_ACTIVE_ARGV.slice(2)
const ss = SS_ARGV.join(' ')
const isActive = IS_ACTIVE_ARGV.join(' ')

/** A machine with every unit inactive and not installed, nothing listening except CUPS on loopback. */
function machine(over: Record<string, Answer> = {}, extra: Partial<Script> = {}): Script {
  const answers: Record<string, Answer> = {
    [ss]: exit('LISTEN 0 4096 127.0.0.1:631 0.0.0.0:*\n'),
    [isActive]: exit(UNITS.map(() => 'inactive\n').join(''), 3),
    [USER_GRD_ACTIVE.join(' ')]: exit('inactive\n', 3),
    [USER_GRD_ENABLED.join(' ')]: exit('disabled\n', 1),
    ...Object.fromEntries(UNITS.map((u) => [`systemctl is-enabled ${u}`, exit('not-found\n', 4)])),
    ...over,
  }
  return {
    env: { HOME: '/home/sam', XDG_CURRENT_DESKTOP: 'GNOME' },
    ...extra,
    run: (cmd) => (cmd in answers ? answers[cmd] : undefined),
  }
}

const activeLines = (states: Record<string, string>): Answer => {
  const lines = UNITS.map((u) => states[u] ?? 'inactive')
  return exit(lines.map((l) => `${l}\n`).join(''), lines.includes('active') ? 0 : 3)
}

describe('systemctl is-active lines', () => {
  it('needs one known state per unit, in order', () => {
    expect(parseIsActiveLines('active\ninactive\n', 2)).toEqual(['active', 'inactive'])
    expect(parseIsActiveLines('active\n', 2)).toBeNull()
    expect(parseIsActiveLines('active\ninactive', 2)).toBeNull()
    expect(parseIsActiveLines('aktiv\ninactive\n', 2)).toBeNull()
  })
})

describe('remote-access on Linux', () => {
  it('passes a quiet machine, listing what it read', async () => {
    const v = await runStrategy(linuxStrategy, machine())
    expect(v.status).toBe('pass')
    expect(v.observed).toContain('nothing listens for remote logins on a network address (ss)')
  })

  it('fails on a reachable listener even when no known unit explains it', async () => {
    const v = await runStrategy(linuxStrategy, machine({ [ss]: exit('LISTEN 0 50 *:5900 *:*\n') }))
    expect(v.status).toBe('fail')
    expect(v.remediationId).toBe('remote-access.linux.vnc')
  })

  it('socket activation: ssh.service inactive but ssh.socket active with :22 open is a fail', async () => {
    const v = await runStrategy(
      linuxStrategy,
      machine({
        [ss]: exit('LISTEN 0 4096 0.0.0.0:22 0.0.0.0:*\nLISTEN 0 4096 [::]:22 [::]:*\n'),
        [isActive]: activeLines({ 'ssh.socket': 'active' }),
        'systemctl is-enabled ssh.socket': exit('enabled\n'),
        'systemctl is-enabled ssh.service': exit('disabled\n', 1),
      }),
    )
    expect(v.status).toBe('fail')
    expect(v.observed.join('\n')).toMatch(/ssh\.socket is active/)
  })

  it('an sshd bound to loopback only passes with an observation', async () => {
    const v = await runStrategy(
      linuxStrategy,
      machine({
        [ss]: exit('LISTEN 0 128 127.0.0.1:22 0.0.0.0:*\nLISTEN 0 128 [::1]:22 [::]:*\n'),
        [isActive]: activeLines({ 'ssh.service': 'active' }),
        'systemctl is-enabled ssh.service': exit('enabled\n'),
      }),
    )
    expect(v.status).toBe('pass')
    expect(v.observed.join('\n')).toMatch(/listens only on loopback/)
  })

  it('a running sshd without a port-22 listener may use another port: fail', async () => {
    const v = await runStrategy(
      linuxStrategy,
      machine({
        [ss]: exit('LISTEN 0 128 0.0.0.0:2222 0.0.0.0:*\n'),
        [isActive]: activeLines({ 'sshd.service': 'active' }),
      }),
    )
    expect(v.status).toBe('fail')
    expect(v.remediationId).toBe('remote-access.linux.sshd')
  })

  it('enabled but stopped starts at the next boot: fail', async () => {
    const v = await runStrategy(
      linuxStrategy,
      machine({ 'systemctl is-enabled xrdp.service': exit('enabled\n') }),
    )
    expect(v.status).toBe('fail')
    expect(v.remediationId).toBe('remote-access.linux.xrdp')
  })

  it('installed but disabled and inactive passes; old systemd "not found" text is read as not installed', async () => {
    const old = exit('', 1, 'Failed to get unit file state for x: No such file or directory\n')
    const v = await runStrategy(
      linuxStrategy,
      machine({
        ...Object.fromEntries(UNITS.map((u) => [`systemctl is-enabled ${u}`, old])),
        'systemctl is-enabled ssh.service': exit('disabled\n', 1),
      }),
    )
    expect(v.status).toBe('pass')
    expect(v.observed.join('\n')).toMatch(
      /installed but not running and not started at boot \(ssh\.service\)/,
    )
  })

  it('the user’s own GNOME Remote Desktop counts; unreadable in a session is unknown', async () => {
    const on = await runStrategy(linuxStrategy, machine({ [USER_GRD_ENABLED.join(' ')]: exit('enabled\n') }))
    expect(on.status).toBe('fail')
    expect(on.remediationId).toBe('remote-access.linux.gnome')
    const bus = exit('', 1, 'Failed to connect to bus: No medium found\n')
    const unread = await runStrategy(
      linuxStrategy,
      machine({ [USER_GRD_ACTIVE.join(' ')]: bus, [USER_GRD_ENABLED.join(' ')]: bus }),
    )
    expect(unread.status).toBe('unknown')
    const noSession = await runStrategy(
      linuxStrategy,
      machine(
        { [USER_GRD_ACTIVE.join(' ')]: bus, [USER_GRD_ENABLED.join(' ')]: bus },
        { env: { HOME: '/home/sam' } },
      ),
    )
    expect(noSession.status).toBe('pass')
  })

  it('an enabled TigerVNC instance in a wants folder fails; an unlistable folder is unknown', async () => {
    const vnc = await runStrategy(
      linuxStrategy,
      machine(
        {},
        { dirs: { '/etc/systemd/system/multi-user.target.wants': ['cron.service', 'vncserver@:2.service'] } },
      ),
    )
    expect(vnc.status).toBe('fail')
    expect(vnc.observed.join('\n')).toMatch(/vncserver@:2\.service/)
    const locked = await runStrategy(
      linuxStrategy,
      machine(
        {},
        { dirs: { '/etc/systemd/system/graphical.target.wants': { kind: 'error', error: 'EACCES' } } },
      ),
    )
    expect(locked.status).toBe('unknown')
  })

  it('no ss, a hung systemctl or a non-systemd system is unknown, never pass', async () => {
    for (const over of [
      { [ss]: undefined },
      { [ss]: exit('', 1, 'Cannot open netlink socket\n') },
      { [isActive]: { kind: 'error', error: 'ETIMEDOUT' } as const },
      {
        [isActive]: exit(
          '',
          1,
          "System has not been booted with systemd as init system (PID 1). Can't operate.\n",
        ),
      },
    ]) {
      const v = await runStrategy(linuxStrategy, machine(over))
      expect(v.status).toBe('unknown')
      expect(v.reason).toBeTruthy()
    }
  })

  it('in a container or WSL it is unknown without reading anything', async () => {
    const v = await runStrategy(linuxStrategy, {
      ...machine(),
      files: { '/.dockerenv': '' },
    })
    expect(v.status).toBe('unknown')
    expect(v.remediationId).toBe('remote-access.linux.host')
  })

  it('random ss, is-active and is-enabled output never passes', async () => {
    const junk = fc.string({ maxLength: 120 }).filter((s) => s.trim() !== '')
    await fc.assert(
      fc.asyncProperty(junk, fc.constantFrom('ss', 'active', 'enabled'), async (s, which) => {
        const over: Record<string, Answer> =
          which === 'ss'
            ? { [ss]: exit(s) }
            : which === 'active'
              ? { [isActive]: exit(s, 3) }
              : { 'systemctl is-enabled sshd.service': exit(s, 1) }
        if (which === 'enabled')
          fc.pre(
            !['disabled', 'static', 'masked', 'indirect', 'alias', 'not-found', 'masked-runtime'].includes(
              s.trim(),
            ),
          )
        const v = await runStrategy(linuxStrategy, machine(over))
        expect(v.status).not.toBe('pass')
      }),
      { numRuns: 150 },
    )
  })

  it('truncated real output never passes', async () => {
    const real = 'LISTEN 0 4096 127.0.0.1:631 0.0.0.0:*\nLISTEN 0 128 0.0.0.0:22 0.0.0.0:*\n'
    for (let i = 1; i < real.length; i++) {
      // A cut exactly at a line end is a complete, shorter table: nothing can tell it apart.
      if (real[i - 1] === '\n') continue
      const v = await runStrategy(linuxStrategy, machine({ [ss]: exit(real.slice(0, i)) }))
      expect(v.status, JSON.stringify(real.slice(0, i))).not.toBe('pass')
    }
  })
})
