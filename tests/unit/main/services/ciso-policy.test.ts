/**
 * The policy editor's operations against a real campaign folder: load the newest accepted policy,
 * check an edited one (diff, version), sign it with the session key (locked → CISO_KEY_LOCKED;
 * version = last + 1, a stale version refused), the re-attestation interval reaching the roster and
 * `ciso roster`, import (per-field problems, a signed envelope explained) and export (a file the CLI
 * signs).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PreflightEvent, Settings } from '../../../../shared/ipc-contract'
import type { PolicyFile } from '../../../../shared/policy'
import { runCli } from '../../../../main/cli/index'
import type { CliIo } from '../../../../main/cli/command'
import { CisoKeySession } from '../../../../main/ciso/key-session'
import { reattestDaysOf } from '../../../../main/ciso/issue'
import { createCisoServices } from '../../../../main/services/ciso-services'
import { ServiceError } from '../../../../main/services/errors'
import type { ServiceDeps } from '../../../../main/services/types'
import { makeCampaign, readRosterFile, T0, type TestCampaign } from '../ciso/helpers'

const PASS = 'correct horse battery staple'
const NOW = new Date(T0.getTime() + 3_600_000)

let c: TestCampaign | null = null
afterEach(() => c?.cleanup())

function setup(campaign: TestCampaign) {
  const unused = (): never => {
    throw new Error('not used by the CISO services')
  }
  let settings: Settings = { staffId: '', deviceLabel: '', language: 'en' }
  const folders: (string | null)[] = [campaign.dir]
  const openFiles: (string | null)[] = []
  const saveFiles: (string | null)[] = []
  const session = new CisoKeySession()
  const deps = {
    dataDir: path.join(campaign.dir, '..', 'data'),
    cisoConfigDir: campaign.configDir,
    cisoKeySession: session,
    keyStore: unused as unknown as ServiceDeps['keyStore'],
    settings: {
      get: () => settings,
      save: async (s: Settings) => {
        settings = s
        return s
      },
      takeNotices: () => [],
    },
    history: unused as unknown as ServiceDeps['history'],
    createProbe: unused,
    now: () => NOW,
    dialogs: {
      chooseOpenFile: async () => openFiles.shift() ?? null,
      chooseSaveFile: async () => saveFiles.shift() ?? null,
      chooseFolder: async () => folders.shift() ?? null,
    },
    openExternal: async () => false,
    emit: (_e: PreflightEvent) => undefined,
  } satisfies ServiceDeps
  return { s: createCisoServices(deps), session, openFiles, saveFiles }
}

async function failure(p: Promise<unknown>): Promise<ServiceError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(ServiceError)
  return err as ServiceError
}

async function cli(args: string[], home: string) {
  let out = ''
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
    isTty: false,
    env: { PREFLIGHT_HOME: home },
    cwd: path.dirname(home),
    prompt: async () => null,
  }
  return { code: await runCli(args, io), out }
}

/** The editor's edit of a policy: Firewall off on Linux, a 10-minute screen lock, 14-day re-attestation. */
function edited(policy: PolicyFile): PolicyFile {
  return {
    ...policy,
    checks: { ...policy.checks, firewall: { darwin: 'required', win32: 'required', linux: 'off' } },
    screenLock: { maxIdlePlusGraceSeconds: 600 },
    reattestation: { intervalDays: 14 },
    domains: { official: [{ domain: 'rivera2026.org', use: 'web' }], lookalikes: ['rivera-2026.org'] },
  }
}

describe('the policy editor operations', () => {
  it('loads the newest accepted policy, diffs an edit, signs it as the next version with the unlocked key', async () => {
    c = await makeCampaign({ passphrase: PASS })
    const { s } = setup(c)
    await s.cisoOpenFolder()
    const state = await s.cisoGetPolicy()
    expect(state.current).toMatchObject({ id: 'baseline', version: 2 })
    expect(state.problem).toBeNull()
    expect(state.policy.screenLock).toEqual({ maxIdlePlusGraceSeconds: 900 })
    const text = JSON.stringify(edited(state.policy))
    const check = await s.cisoCheckPolicy({ text })
    expect(check.problems).toEqual([])
    expect(check.nextVersion).toBe(3)
    expect(check.changes).toEqual([
      { kind: 'check-level', check: 'firewall', platform: 'linux', from: 'required', to: 'off' },
      { kind: 'number', field: 'screenLock.maxIdlePlusGraceSeconds', from: 900, to: 600 },
      { kind: 'number', field: 'reattestation.intervalDays', from: 30, to: 14 },
      { kind: 'domain-added', domain: 'rivera2026.org', use: 'web' },
      { kind: 'lookalike-added', domain: 'rivera-2026.org' },
    ])

    const revision = readRosterFile(c.dir).revision
    expect((await failure(s.cisoSignPolicy({ text, version: 3 }))).code).toBe('CISO_KEY_LOCKED')
    expect(readRosterFile(c.dir).revision).toBe(revision)
    await s.cisoUnlock({ passphrase: PASS })
    const signed = await s.cisoSignPolicy({ text, version: 3 })
    expect(signed).toMatchObject({ id: 'baseline', version: 3, issuedAt: NOW.toISOString() })
    const roster = readRosterFile(c.dir)
    expect(roster.policies.at(-1)).toMatchObject({
      id: 'baseline',
      version: 3,
      reattestDays: 14,
      requiredChecks: { linux: expect.not.arrayContaining(['firewall']) as unknown },
    })
    expect(roster.reattestDays).toBe(14)
    expect(reattestDaysOf(roster)).toBe(14)
    expect(readFileSync(path.join(c.dir, 'issued', 'policies', 'baseline.v3.policy.json'), 'utf8')).toContain(
      'payloadType',
    )
    // Signed again from the same review: refused, nothing signed twice.
    expect((await failure(s.cisoSignPolicy({ text, version: 3 }))).message).toMatch(/next version is 4/)
    // The editor now starts from v3 and sees no change.
    const now = await s.cisoGetPolicy()
    expect(now.current).toMatchObject({ version: 3 })
    expect((await s.cisoCheckPolicy({ text: JSON.stringify(now.policy) })).changes).toEqual([])
  })

  it('the interval of the newest accepted policy is what `ciso roster` marks STALE by', async () => {
    c = await makeCampaign()
    const { s } = setup(c)
    await s.cisoOpenFolder()
    const state = await s.cisoGetPolicy()
    await s.cisoSignPolicy({ text: JSON.stringify(edited(state.policy)), version: 3 })
    const r = await cli(['ciso', 'roster', '--json', '--campaign', c.dir], c.configDir)
    expect(r.code, r.out).toBe(0)
    expect((JSON.parse(r.out) as { staleDays: number }).staleDays).toBe(14)
    // Retiring it makes the previous accepted policy's interval the campaign's again.
    const retire = await cli(
      ['ciso', 'policy', 'retire', 'baseline', '--version', '3', '--campaign', c.dir],
      c.configDir,
    )
    expect(retire.code, retire.out).toBe(0)
    const after = await cli(['ciso', 'roster', '--json', '--campaign', c.dir], c.configDir)
    expect((JSON.parse(after.out) as { staleDays: number }).staleDays).toBe(30)
  })

  it('check: problems by field, nothing signed for an invalid policy', async () => {
    c = await makeCampaign()
    const { s } = setup(c)
    await s.cisoOpenFolder()
    const state = await s.cisoGetPolicy()
    const bad = {
      ...state.policy,
      screenLock: { maxIdlePlusGraceSeconds: 3 },
      osVersion: { patchGraceDays: -1 },
    }
    const check = await s.cisoCheckPolicy({ text: JSON.stringify(bad) })
    expect(check.problems.map((p) => p.path.join('.'))).toEqual([
      'screenLock.maxIdlePlusGraceSeconds',
      'osVersion.patchGraceDays',
    ])
    expect(check.changes).toEqual([])
    expect(check.nextVersion).toBeNull()
    const { id: _id, ...noId } = state.policy
    expect((await s.cisoCheckPolicy({ text: JSON.stringify(noId) })).problems).toEqual([
      { path: ['id'], message: 'a policy needs an id (its name)' },
    ])
    const err = await failure(s.cisoSignPolicy({ text: JSON.stringify(bad), version: 3 }))
    expect(err.code).toBe('NOT_ALLOWED')
    expect(err.message).toMatch(/screenLock\.maxIdlePlusGraceSeconds/)
    expect(readRosterFile(c.dir).policies).toHaveLength(1)
  })

  it('import: a bad file gives per-field problems; a signed envelope is explained; a good one is shown in full', async () => {
    c = await makeCampaign()
    const { s, openFiles } = setup(c)
    await s.cisoOpenFolder()
    const dir = path.join(c.dir, '..')
    const badFile = path.join(dir, 'bad.json')
    writeFileSync(
      badFile,
      JSON.stringify({ id: 'x', screenLock: { maxIdlePlusGraceSeconds: 99999 }, checks: { firewal: 'off' } }),
    )
    openFiles.push(badFile)
    const bad = await s.cisoImportPolicy()
    expect(bad.policy).toBeNull()
    expect(bad.fileName).toBe('bad.json')
    expect(bad.problems.map((p) => p.path.join('.'))).toEqual([
      'checks',
      'screenLock.maxIdlePlusGraceSeconds',
    ])

    openFiles.push(path.join(c.dir, 'issued', 'policies', 'baseline.v2.policy.json'))
    expect((await s.cisoImportPolicy()).problems[0]?.message).toMatch(/signed policy envelope/)

    const goodFile = path.join(dir, 'good.json')
    writeFileSync(
      goodFile,
      JSON.stringify({ id: 'field', version: 9, screenLock: { maxIdlePlusGraceSeconds: 300 } }),
    )
    openFiles.push(goodFile)
    const good = await s.cisoImportPolicy()
    expect(good.problems).toEqual([])
    expect(good.policy).toMatchObject({ id: 'field', screenLock: { maxIdlePlusGraceSeconds: 300 } })
    expect(good.policy?.practices?.length).toBeGreaterThan(5)
    openFiles.push(null)
    expect((await s.cisoImportPolicy()).cancelled).toBe(true)
  })

  it('export writes the unsigned policy with its next version, which `ciso policy sign` accepts', async () => {
    c = await makeCampaign()
    const { s, saveFiles } = setup(c)
    await s.cisoOpenFolder()
    const state = await s.cisoGetPolicy()
    const target = path.join(c.dir, '..', 'baseline.v3.json')
    saveFiles.push(target)
    expect(await s.cisoExportPolicy({ text: JSON.stringify(edited(state.policy)) })).toEqual({
      saved: true,
      fileName: 'baseline.v3.json',
    })
    const written = JSON.parse(readFileSync(target, 'utf8')) as PolicyFile
    expect(written).toMatchObject({ id: 'baseline', version: 3, reattestation: { intervalDays: 14 } })
    const r = await cli(['ciso', 'policy', 'sign', target, '--campaign', c.dir], c.configDir)
    expect(r.code, r.out).toBe(0)
    expect(r.out).toMatch(/Signed policy baseline v3/)
  })
})
