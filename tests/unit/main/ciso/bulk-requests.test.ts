/**
 * The bulk request builder (main/ciso/bulk-requests.ts): one signed request per staffer, one key
 * unlock, one roster write, files with safe names and index.csv (formula cells defused), the output
 * folder refused when it holds files, and nothing left behind when something fails before the roster
 * is written. The full disk case, on a real tmpfs, is tests/integration/bulk-requests-full-disk.test.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PAYLOAD_TYPES } from '../../../../shared/attestation-types'
import { decodeBase64, parseEnvelopeJson, verifyEnvelope } from '../../../../main/attestation/dsse'
import { decodeRequestText, parseRequestPayload } from '../../../../main/attestation/formats'
import { toPublic } from '../../../../main/attestation/keys'
import { BulkRequestError, INDEX_COLUMNS, issueBulkRequests } from '../../../../main/ciso/bulk-requests'
import { verifyPaths } from '../../../../main/ciso/operations'
import { parseStaffList } from '../../../../main/ciso/staff-list'
import { attest, deviceKey, makeCampaign, readRosterFile, T0, type TestCampaign } from './helpers'

const NOW = new Date(T0.getTime() + 3_600_000)
let c: TestCampaign
let out: string
beforeEach(async () => {
  c = await makeCampaign()
  out = path.join(c.dir, '..', 'out', 'requests')
})
afterEach(() => c.cleanup())

function entries(text: string, purpose: 'onboarding' | 'periodic' | 'offboarding' = 'periodic') {
  const r = parseStaffList(text, { defaultPurpose: purpose })
  expect(r.problems).toEqual([])
  return r.entries
}

/** A minimal RFC 4180 reader for the test's own look at index.csv (quoted cells only). */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  while (i < text.length) {
    expect(text[i]).toBe('"')
    let v = ''
    i++
    for (;;) {
      if (text[i] === '"' && text[i + 1] === '"') {
        v += '"'
        i += 2
      } else if (text[i] === '"') {
        i++
        break
      } else v += text[i++]
    }
    row.push(v)
    if (text[i] === ',') i++
    else {
      expect(text.slice(i, i + 2)).toBe('\r\n')
      i += 2
      rows.push(row)
      row = []
    }
  }
  return rows
}

const counting = (t: TestCampaign) => {
  let calls = 0
  return {
    unlock: async () => {
      calls++
      return t.cisoKey
    },
    calls: () => calls,
  }
}

describe('issueBulkRequests', () => {
  it('signs one request per staffer with one unlock, records them in one roster write, writes files and index.csv', async () => {
    const before = await c.roster()
    const u = counting(c)
    const list = entries(
      'staff id,name,purpose\nalice@c.example,"Smith, Alice",onboarding\nbob@c.example,Bob,\ncarol@c.example,,offboarding\n',
    )
    const r = await issueBulkRequests(c.ref, {
      entries: list,
      outDir: out,
      validDays: 10,
      now: NOW,
      unlock: u.unlock,
    })
    expect(u.calls()).toBe(1)
    const after = await c.roster()
    expect(after.revision).toBe(before.revision + 1)
    expect(after.requests.length).toBe(before.requests.length + 3)
    expect(r.items.map((i) => [i.staffId, i.name, i.purpose, i.fileName])).toEqual([
      ['alice@c.example', 'Smith, Alice', 'onboarding', 'alice_c.example_onboarding.request.json'],
      ['bob@c.example', 'Bob', 'periodic', 'bob_c.example_periodic.request.json'],
      ['carol@c.example', 'carol@c.example', 'offboarding', 'carol_c.example_offboarding.request.json'],
    ])
    expect(r.policy).toEqual({ id: 'baseline', version: 2 })
    expect(r.policySignedNow).toBeNull()
    expect(readdirSync(out).sort()).toEqual([...r.items.map((i) => i.fileName), 'index.csv'].sort())
    // Nothing else beside the output folder (the staging folder is gone).
    expect(readdirSync(path.dirname(out))).toEqual(['requests'])

    const pub = toPublic(c.cisoKey)
    const csv = readCsv(readFileSync(path.join(out, 'index.csv'), 'utf8'))
    expect(csv[0]).toEqual([...INDEX_COLUMNS])
    for (const [i, item] of r.items.entries()) {
      const env = parseEnvelopeJson(readFileSync(path.join(out, item.fileName), 'utf8'))
      expect(env.payloadType).toBe(PAYLOAD_TYPES.request)
      const verified = verifyEnvelope(env, [pub])
      expect(verified).not.toBeNull()
      const payload = parseRequestPayload(decodeBase64(env.payload))
      expect(payload.staffId).toBe(item.staffId)
      expect(payload.purpose).toBe(item.purpose)
      expect(payload.requestId).toBe(item.requestId)
      expect(Date.parse(payload.notAfter) - NOW.getTime()).toBe(10 * 86_400_000)
      // Recorded, unused, and stored in the campaign's issued/requests too.
      const rec = after.requests.find((q) => q.requestId === item.requestId)
      expect(rec).toMatchObject({
        staffId: item.staffId,
        purpose: item.purpose,
        used: false,
        nonce: payload.nonce,
      })
      expect(existsSync(path.join(c.dir, 'issued', 'requests', `${item.requestId}.request.json`))).toBe(true)
      // index.csv: name, staff id, purpose, file, request id, expiry and the pasteable text of this request.
      const row = csv[i + 1] as string[]
      expect(row.slice(0, 6)).toEqual([
        item.name,
        item.staffId,
        item.purpose,
        item.fileName,
        item.requestId,
        item.notAfter,
      ])
      expect(row[6]).toMatch(/^PREFLIGHT-REQUEST:\n[\s\S]+\n:PREFLIGHT-REQUEST-END\n$/)
      expect(decodeRequestText(row[6] as string)).toEqual(env)
    }
  })

  it('defuses formula-like names and staff ids in index.csv', async () => {
    const list = entries(
      'staff id,name\n+1@c.example,"=HYPERLINK(""http://x"")"\n-2@c.example,@SUM(A1)\nok@c.example,"+cmd|\' /C calc\'!A0"\n',
    )
    const r = await issueBulkRequests(c.ref, {
      entries: list,
      outDir: out,
      validDays: 14,
      now: NOW,
      unlock: c.unlock,
    })
    const csv = readCsv(readFileSync(path.join(out, 'index.csv'), 'utf8'))
    expect(csv.slice(1).map((row) => [row[0], row[1]])).toEqual([
      [`'=HYPERLINK("http://x")`, `'+1@c.example`],
      [`'@SUM(A1)`, `'-2@c.example`],
      [`'+cmd|' /C calc'!A0`, 'ok@c.example'],
    ])
    // The files themselves carry the real staff id, and names never start with a dash.
    expect(r.items.map((i) => i.fileName)).toEqual([
      '_1_c.example_periodic.request.json',
      '_2_c.example_periodic.request.json',
      'ok_c.example_periodic.request.json',
    ])
  })

  it('takes the spelling the roster already has for a staff id (ids are case-insensitive)', async () => {
    await c.enroll(deviceKey(), 'Alice@C.example', 'alice-laptop')
    const r = await issueBulkRequests(c.ref, {
      entries: entries('staff id\nALICE@c.example\n'),
      outDir: out,
      validDays: 14,
      now: NOW,
      unlock: c.unlock,
    })
    expect(r.items[0]?.staffId).toBe('Alice@C.example')
  })

  it('answers to bulk requests verify and are accepted once', async () => {
    const k1 = deviceKey()
    const k2 = deviceKey()
    await c.enroll(k1, 'a@c.example', 'a-laptop')
    await c.enroll(k2, 'b@c.example', 'b-laptop')
    const r = await issueBulkRequests(c.ref, {
      entries: entries('staff id\na@c.example\nb@c.example\n'),
      outDir: out,
      validDays: 14,
      now: NOW,
      unlock: c.unlock,
    })
    const roster = await c.roster()
    const inbox = path.join(c.dir, '..', 'inbox')
    mkdirSync(inbox)
    for (const [i, key] of [k1, k2].entries()) {
      const item = r.items[i]
      const req = roster.requests.find((q) => q.requestId === item?.requestId) ?? null
      writeFileSync(
        path.join(inbox, `${i}.json`),
        attest({
          key,
          staffId: item?.staffId ?? '',
          policy: c.policy,
          request: req,
          sequence: 1,
          collectedAt: NOW,
        }),
      )
    }
    const v = await verifyPaths(c.ref, [inbox], { now: NOW, dryRun: false, unlock: c.unlock })
    expect(v.rows.map((row) => row.code)).toEqual(['ACCEPTED', 'ACCEPTED'])
    const used = (await c.roster()).requests.filter((q) => r.items.some((i) => i.requestId === q.requestId))
    expect(used.every((q) => q.used)).toBe(true)
  })

  it('signs the built-in defaults when no policy was ever signed, and says so', async () => {
    // A campaign whose only policy was retired: no accepted policy left.
    const roster = await c.roster()
    const { saveRoster } = await import('../../../../main/ciso/roster-store')
    await saveRoster(
      c.ref,
      { ...roster, policies: roster.policies.map((p) => ({ ...p, accepted: false })) },
      NOW,
      c.cisoKey,
    )
    const r = await issueBulkRequests(c.ref, {
      entries: entries('staff id\na@c.example\n'),
      outDir: out,
      validDays: 14,
      now: NOW,
      unlock: c.unlock,
    })
    expect(r.policySignedNow).toBe('defaults')
    expect(r.policy).toEqual({ id: 'default', version: 1 })
    expect((await c.roster()).policies.map((p) => p.id)).toContain('default')
  })

  it('uses an empty output folder, and refuses one that holds files (nothing issued, no unlock)', async () => {
    mkdirSync(out, { recursive: true })
    const r = await issueBulkRequests(c.ref, {
      entries: entries('staff id\na@c.example\n'),
      outDir: out,
      validDays: 14,
      now: NOW,
      unlock: c.unlock,
    })
    expect(readdirSync(out)).toContain(r.items[0]?.fileName)

    const before = readFileSync(path.join(c.dir, 'roster.json'), 'utf8')
    const u = counting(c)
    const err = await issueBulkRequests(c.ref, {
      entries: entries('staff id\nb@c.example\n'),
      outDir: out,
      validDays: 14,
      now: NOW,
      unlock: u.unlock,
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BulkRequestError)
    expect((err as BulkRequestError).kind).toBe('out-dir')
    expect((err as Error).message).toMatch(/already holds files; choose a new or empty folder/)
    expect(u.calls()).toBe(0)
    expect(readFileSync(path.join(c.dir, 'roster.json'), 'utf8')).toBe(before)

    writeFileSync(path.join(c.dir, '..', 'a-file'), 'x')
    const notDir = await issueBulkRequests(c.ref, {
      entries: entries('staff id\nb@c.example\n'),
      outDir: path.join(c.dir, '..', 'a-file'),
      validDays: 14,
      now: NOW,
      unlock: c.unlock,
    }).catch((e: unknown) => e)
    expect((notDir as Error).message).toMatch(/exists and is not a folder/)
  })

  it('a locked key writes nothing: no staging folder, no issued file, roster unchanged', async () => {
    const before = readFileSync(path.join(c.dir, 'roster.json'), 'utf8')
    const issuedBefore = readdirSync(path.join(c.dir, 'issued', 'requests'))
    const err = await issueBulkRequests(c.ref, {
      entries: entries('staff id\na@c.example\n'),
      outDir: out,
      validDays: 14,
      now: NOW,
      unlock: async () => {
        throw new Error('CISO_KEY_LOCKED')
      },
    }).catch((e: unknown) => e)
    expect((err as Error).message).toBe('CISO_KEY_LOCKED')
    expect(readFileSync(path.join(c.dir, 'roster.json'), 'utf8')).toBe(before)
    expect(readdirSync(path.join(c.dir, 'issued', 'requests'))).toEqual(issuedBefore)
    expect(readdirSync(path.dirname(out))).toEqual([])
    expect(existsSync(path.join(c.dir, 'roster.lock'))).toBe(false)
  })

  it('a write failure half-way removes everything it wrote and records nothing', async () => {
    const before = readFileSync(path.join(c.dir, 'roster.json'), 'utf8')
    const issuedBefore = readdirSync(path.join(c.dir, 'issued', 'requests'))
    // issued/requests replaced by a file: the campaign copies cannot be written after the staging.
    const issuedDir = path.join(c.dir, 'issued', 'requests')
    const { renameSync } = await import('node:fs')
    renameSync(issuedDir, `${issuedDir}.away`)
    writeFileSync(issuedDir, 'in the way')
    const list = entries(
      Array.from({ length: 30 }, (_, i) => `s${i}@c.example`)
        .join('\n')
        .replace(/^/, 'staff id\n'),
    )
    const err = await issueBulkRequests(c.ref, {
      entries: list,
      outDir: out,
      validDays: 14,
      now: NOW,
      unlock: c.unlock,
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BulkRequestError)
    expect((err as Error).message).toMatch(/no request was issued/)
    expect(readFileSync(path.join(c.dir, 'roster.json'), 'utf8')).toBe(before)
    expect(readdirSync(path.dirname(out))).toEqual([])
    renameSync(`${issuedDir}.away`, issuedDir + '.back')
    expect(readdirSync(`${issuedDir}.back`)).toEqual(issuedBefore)
  })

  it('after the roster is written, a folder that cannot be put in place is reported with where the files are', async () => {
    const r = issueBulkRequests(c.ref, {
      entries: entries('staff id\na@c.example\nb@c.example\n'),
      outDir: out,
      validDays: 14,
      now: NOW,
      unlock: c.unlock,
      afterCommit: async () => {
        throw new Error('power cut')
      },
    })
    const err = await r.catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BulkRequestError)
    expect((err as BulkRequestError).kind).toBe('after-commit')
    expect((err as Error).message).toMatch(/the 2 requests are recorded in the campaign/)
    // The roster holds both requests, and every file exists, complete, in the staging folder it names.
    const staged = /files are complete in (\S+);/.exec((err as Error).message)?.[1] ?? ''
    expect(path.basename(staged)).toMatch(/^\.requests\.partial-[0-9a-f]{8}$/)
    const files = readdirSync(staged).sort()
    expect(files).toEqual([
      'a_c.example_periodic.request.json',
      'b_c.example_periodic.request.json',
      'index.csv',
    ])
    const roster = readRosterFile(c.dir)
    for (const f of files.filter((n) => n.endsWith('.request.json'))) {
      const id = parseRequestPayload(
        decodeBase64(parseEnvelopeJson(readFileSync(path.join(staged, f), 'utf8')).payload),
      ).requestId
      expect(roster.requests.some((q) => q.requestId === id)).toBe(true)
    }
  })
})
