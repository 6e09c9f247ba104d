/**
 * cisoVerifyDropped: the request schema (plain names, size and count limits, problems) and the
 * service (same verifier as folders, MALFORMED rows for what the renderer could not send, progress
 * events, roster updates, enroll and offboard from the dropped bytes kept in memory).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  CHANNELS,
  DROPPED_LIMITS,
  droppedFilesSchema,
  OPERATION_NAMES,
  REQUEST_SCHEMAS,
  type PreflightEvent,
} from '../../../../shared/ipc-contract'
import { createCisoServices, droppedInputs } from '../../../../main/services/ciso-services'
import { ServiceError } from '../../../../main/services/errors'
import type { ServiceDeps } from '../../../../main/services/types'
import { attest, deviceKey, makeCampaign, T0, type TestCampaign } from '../ciso/helpers'

const NOW = new Date(T0.getTime() + 3_600_000)

let c: TestCampaign
beforeEach(async () => {
  c = await makeCampaign()
})
afterEach(() => c.cleanup())

function services(folders: (string | null)[] = []) {
  const events: PreflightEvent[] = []
  const unused = (): never => {
    throw new Error('not used by the CISO services')
  }
  const deps = {
    dataDir: path.join(c.dir, '..', 'data'),
    cisoConfigDir: c.configDir,
    keyStore: unused as unknown as ServiceDeps['keyStore'],
    // Only the language is read (dialog titles in main's words).
    settings: {
      get: () => ({ staffId: '', deviceLabel: '', language: 'en' }),
      save: unused,
    } as unknown as ServiceDeps['settings'],
    history: unused as unknown as ServiceDeps['history'],
    createProbe: unused,
    now: () => NOW,
    dialogs: {
      chooseOpenFile: async () => null,
      chooseSaveFile: async () => null,
      chooseFolder: async () => folders.shift() ?? null,
    },
    openExternal: async () => false,
    emit: (e: PreflightEvent) => events.push(e),
  } satisfies ServiceDeps
  return { s: createCisoServices(deps), events }
}

async function open(s: ReturnType<typeof services>['s'], folders: (string | null)[]): Promise<void> {
  folders.push(c.dir)
  await s.cisoOpenFolder()
}

describe('cisoVerifyDropped schema', () => {
  it('is a contract operation with its own channel', () => {
    expect(OPERATION_NAMES).toContain('cisoVerifyDropped')
    expect(CHANNELS.cisoVerifyDropped).toBe('preflight:attestations:verify-dropped')
    expect(REQUEST_SCHEMAS.cisoVerifyDropped).toBe(droppedFilesSchema)
  })

  it('takes names with contents or with a problem', () => {
    const ok = droppedFilesSchema.safeParse({
      files: [
        { name: 'alice.posture.json', text: '{}' },
        { name: 'notes.txt', problem: 'not-json' },
        { name: 'huge.json', problem: 'too-large' },
      ],
    })
    expect(ok.success).toBe(true)
  })

  it.each([
    ['a path', { files: [{ name: '/home/ciso/a.json', text: '{}' }] }],
    ['a Windows path', { files: [{ name: 'C:\\Users\\a.json', text: '{}' }] }],
    ['a parent reference', { files: [{ name: '..', text: '{}' }] }],
    ['a control character', { files: [{ name: 'a\n.json', text: '{}' }] }],
    ['an empty name', { files: [{ name: '', text: '{}' }] }],
    ['a long name', { files: [{ name: `${'a'.repeat(DROPPED_LIMITS.maxNameLength)}.json`, text: '{}' }] }],
    ['no files', { files: [] }],
    ['an unknown problem', { files: [{ name: 'a.json', problem: 'evil' }] }],
    ['text and problem together', { files: [{ name: 'a.json', text: '{}', problem: 'unreadable' }] }],
    ['an extra field', { files: [{ name: 'a.json', text: '{}', path: '/tmp/a.json' }] }],
    ['a path at the top', { files: [{ name: 'a.json', text: '{}' }], folder: '/tmp' }],
    ['too long a text', { files: [{ name: 'a.json', text: 'x'.repeat(DROPPED_LIMITS.maxTextLength + 1) }] }],
    [
      'too many files',
      {
        files: Array.from({ length: DROPPED_LIMITS.maxFiles + 1 }, (_, i) => ({
          name: `${i}.json`,
          text: '',
        })),
      },
    ],
  ])('refuses %s', (_label, request) => {
    expect(droppedFilesSchema.safeParse(request).success).toBe(false)
  })

  it('refuses drops whose texts are too large together', () => {
    const big = 'x'.repeat(DROPPED_LIMITS.maxTextLength)
    const count = DROPPED_LIMITS.maxTotalLength / DROPPED_LIMITS.maxTextLength + 1
    const files = Array.from({ length: count }, (_, i) => ({ name: `${i}.json`, text: big }))
    expect(droppedFilesSchema.safeParse({ files }).success).toBe(false)
    expect(droppedFilesSchema.safeParse({ files: files.slice(1) }).success).toBe(true)
  })
})

describe('droppedInputs', () => {
  it('turns problems and non-.json names into unread inputs, texts into bytes', () => {
    const inputs = droppedInputs([
      { name: 'a.JSON', text: '{"x":1}' },
      { name: 'b.txt', text: 'hello' },
      { name: 'c.json', problem: 'too-large' },
    ])
    expect(inputs[0]?.bytes?.toString('utf8')).toBe('{"x":1}')
    expect(inputs[1]).toMatchObject({ name: 'b.txt', bytes: null })
    expect(inputs[1]?.readError).toMatch(/not a \.json file/)
    expect(inputs[2]).toMatchObject({ name: 'c.json', bytes: null })
    expect(inputs[2]?.readError).toMatch(/too large/)
  })
})

describe('cisoVerifyDropped service', () => {
  it('needs an open campaign folder', async () => {
    const { s } = services()
    const err = await s
      .cisoVerifyDropped({ files: [{ name: 'a.json', text: '{}' }] })
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ServiceError)
    expect((err as ServiceError).code).toBe('NO_CAMPAIGN_FOLDER')
  })

  it('verifies dropped contents like a folder: outcomes, progress, roster, then enroll from memory', async () => {
    const folders: (string | null)[] = []
    const { s, events } = services(folders)
    await open(s, folders)
    // Bob is enrolled; his periodic attestation is accepted and recorded.
    const bobKey = deviceKey()
    await c.enroll(bobKey, 'bob@c.example', 'bob-laptop')
    const bobReq = await c.request('bob@c.example', 'periodic')
    const bob = attest({
      key: bobKey,
      staffId: 'bob@c.example',
      label: 'bob-laptop',
      policy: c.policy,
      request: bobReq,
      sequence: 1,
    })
    const tampered = JSON.parse(bob) as { payload: string }
    tampered.payload = Buffer.from(
      Buffer.from(tampered.payload, 'base64').toString('utf8').replace('bob-laptop', 'eve-laptop'),
    ).toString('base64')
    // Alice: a new laptop's onboarding attestation (unknown key, enrollable).
    const aliceKey = deviceKey()
    const aliceReq = await c.request('alice@c.example', 'onboarding')
    const alice = attest({
      key: aliceKey,
      staffId: 'alice@c.example',
      purpose: 'onboarding',
      label: 'alice-laptop',
      policy: c.policy,
      request: aliceReq,
      sequence: 1,
    })

    const result = await s.cisoVerifyDropped({
      files: [
        { name: 'bob.posture.json', text: bob },
        { name: 'tampered.posture.json', text: JSON.stringify(tampered) },
        { name: 'alice.posture.json', text: alice },
        { name: 'readme.txt', text: 'not an attestation' },
        { name: 'broken.json', text: '{"payloadType": ' },
        { name: 'unreadable.json', problem: 'unreadable' },
      ],
    })
    expect(result).toMatchObject({ cancelled: false, folderName: null })
    const by = (name: string) => result.rows.find((r) => r.fileName === name)
    expect(result.rows).toHaveLength(6)
    expect(by('bob.posture.json')).toMatchObject({ outcome: 'ACCEPTED', staffId: 'bob@c.example' })
    expect(by('tampered.posture.json')?.outcome).toBe('BAD_SIGNATURE')
    expect(by('alice.posture.json')).toMatchObject({ outcome: 'UNKNOWN_KEY', enrollable: true })
    expect(by('readme.txt')).toMatchObject({ outcome: 'MALFORMED' })
    expect(by('readme.txt')?.detail).toMatch(/not a \.json file/)
    expect(by('broken.json')?.outcome).toBe('MALFORMED')
    expect(by('unreadable.json')?.outcome).toBe('MALFORMED')
    for (const r of result.rows) expect(r.rowId).toMatch(/^[A-Za-z0-9_-]+$/)

    const progress = events.filter((e) => e.type === 'verify-progress')
    expect(progress[0]).toMatchObject({ done: 0, total: 6, fileName: null })
    expect(progress.at(-1)).toMatchObject({ done: 6, total: 6 })

    // The roster recorded Bob's attestation, exactly as a folder verification would.
    const roster = await s.cisoListRoster()
    expect(roster.entries.find((e) => e.staffId === 'bob@c.example')?.lastPurpose).toBe('periodic')

    // Enroll Alice from the dropped bytes: no file on disk has that name.
    const row = by('alice.posture.json')
    const entry = await s.cisoEnroll({
      rowId: row?.rowId ?? '',
      staffId: 'alice@c.example',
      fingerprint: row?.keyFingerprint ?? '',
    })
    expect(entry).toMatchObject({ staffId: 'alice@c.example', status: 'active', deviceLabel: 'alice-laptop' })

    // Dropping the same file again: already recorded.
    const again = await s.cisoVerifyDropped({ files: [{ name: 'alice.posture.json', text: alice }] })
    expect(again.rows[0]?.outcome).toBe('ALREADY_RECORDED')
  })

  it('offboards from a dropped final attestation', async () => {
    const folders: (string | null)[] = []
    const { s } = services(folders)
    await open(s, folders)
    const key = deviceKey()
    await c.enroll(key, 'bob@c.example', 'bob-laptop')
    const req = await c.request('bob@c.example', 'offboarding')
    const text = attest({
      key,
      staffId: 'bob@c.example',
      purpose: 'offboarding',
      policy: c.policy,
      request: req,
      sequence: 1,
    })
    const result = await s.cisoVerifyDropped({ files: [{ name: 'bob-final.json', text }] })
    expect(result.rows[0]?.outcome).toBe('ACCEPTED')
    const entry = await s.cisoOffboard({ fingerprint: result.rows[0]?.keyFingerprint ?? '' })
    expect(entry.status).toBe('offboarded')
  })

  it('keeps the folder flow unchanged', async () => {
    const folders: (string | null)[] = []
    const { s } = services(folders)
    await open(s, folders)
    const inbox = path.join(c.dir, '..', 'inbox')
    mkdirSync(inbox)
    writeFileSync(path.join(inbox, 'broken.json'), '{')
    folders.push(inbox)
    const r = await s.cisoVerifyFolder()
    expect(r).toMatchObject({ cancelled: false, folderName: 'inbox' })
    expect(r.rows.map((x) => x.outcome)).toEqual(['MALFORMED'])
  })

  it('shows folder entries that are not regular files as rows saying why, and flags contested requests', async () => {
    const folders: (string | null)[] = []
    const { s, events } = services(folders)
    await open(s, folders)
    const inbox = path.join(c.dir, '..', 'inbox-special')
    mkdirSync(inbox)
    writeFileSync(path.join(c.dir, '..', 'target.json'), '{}')
    symlinkSync(path.join(c.dir, '..', 'target.json'), path.join(inbox, 'link.json'))
    expect(spawnSync('mkfifo', [path.join(inbox, 'pipe.json')]).status).toBe(0)
    const req = await c.request('bob@c.example', 'onboarding')
    for (const name of ['one.json', 'two.json'])
      writeFileSync(
        path.join(inbox, name),
        attest({
          key: deviceKey(),
          staffId: 'bob@c.example',
          purpose: 'onboarding',
          policy: c.policy,
          request: req,
          sequence: 1,
        }),
      )
    folders.push(inbox)
    const r = await s.cisoVerifyFolder()
    const byName = new Map(r.rows.map((x) => [x.fileName, x]))
    expect(byName.get('pipe.json')).toMatchObject({ outcome: 'MALFORMED', enrollable: false })
    expect(byName.get('pipe.json')?.detail).toMatch(/FIFO/)
    expect(byName.get('link.json')?.detail).toMatch(/symbolic link/)
    for (const name of ['one.json', 'two.json'])
      expect(byName.get(name)).toMatchObject({ outcome: 'CONTESTED_REQUEST', enrollable: false })
    const last = events.filter((e) => e.type === 'verify-progress').at(-1)
    expect(last).toMatchObject({ done: 4, total: 4 })
  })
})
