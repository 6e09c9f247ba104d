/**
 * Test helpers for the staff side: temp config folders, an in-memory CLI io, a CISO key that signs
 * policies and requests, and a minimal transcript to attest.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import type { KeyObject } from 'node:crypto'
import { PAYLOAD_TYPES, type Purpose } from '../../../../shared/attestation-types'
import type { PolicyFile } from '../../../../shared/policy'
import { serializeEnvelope, signEnvelope, type Envelope } from '../../../../main/attestation/dsse'
import {
  buildPolicyPayload,
  buildRequestPayload,
  encodePayload,
  encodeRequestText,
} from '../../../../main/attestation/formats'
import { generateSigningKey, publicKeyToPem } from '../../../../main/attestation/keys'
import type { CliIo } from '../../../../main/cli/command'
import { runCli } from '../../../../main/cli/index'
import type { Transcript } from '../../../../main/probe/transcript'

export async function tempDir(prefix = 'preflight-staff-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix))
}

export interface CapturedRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Run the CLI in-process with PREFLIGHT_HOME = home and cwd = cwd. */
export async function cli(
  argv: readonly string[],
  opts: { home: string; cwd: string; answers?: readonly string[] },
): Promise<CapturedRun> {
  let stdout = ''
  let stderr = ''
  const answers = [...(opts.answers ?? [])]
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTty: opts.answers !== undefined,
    env: { PREFLIGHT_HOME: opts.home },
    cwd: opts.cwd,
    ...(opts.answers !== undefined
      ? {
          prompt: async (q: string) => {
            stderr += q
            return answers.shift() ?? null
          },
        }
      : {}),
  }
  const code = await runCli(argv, io)
  return { code, stdout, stderr }
}

/** A minimal Linux transcript: every check ends up unknown (fine for signing tests). */
export function emptyTranscript(now = '2026-11-20T10:00:00Z'): Transcript {
  return {
    format: 'preflight-transcript/v1',
    platform: 'linux',
    arch: 'x64',
    now,
    env: {},
    commands: [],
    files: {},
  }
}

export async function writeTranscript(dir: string, t: Transcript = emptyTranscript()): Promise<string> {
  const file = path.join(dir, 'transcript.json')
  await writeFile(file, JSON.stringify(t))
  return file
}

/** A CISO key that signs policies and requests, as the CISO side would. */
export class TestCiso {
  readonly privateKey: KeyObject
  readonly publicKey: KeyObject
  constructor() {
    const k = generateSigningKey()
    this.privateKey = k.privateKey
    this.publicKey = k.publicKey
  }

  get publicPem(): string {
    return publicKeyToPem(this.publicKey)
  }

  async writePublicKey(dir: string): Promise<string> {
    const file = path.join(dir, `ciso-${Math.random().toString(36).slice(2)}.pub.pem`)
    await writeFile(file, this.publicPem)
    return file
  }

  policy(
    file: PolicyFile & { id: string; version: number },
    issuedAt = new Date('2026-11-01T00:00:00Z'),
  ): Envelope {
    return signEnvelope(
      PAYLOAD_TYPES.policy,
      encodePayload(buildPolicyPayload(file, issuedAt)),
      this.privateKey,
    )
  }

  request(opts: {
    staffId?: string
    purpose?: Purpose
    policy?: Envelope
    issuedAt?: Date
    notAfter?: Date
    nonce?: string
  }): Envelope {
    const issuedAt = opts.issuedAt ?? new Date()
    const payload = buildRequestPayload({
      staffId: opts.staffId ?? 'alice@campaign.example',
      purpose: opts.purpose ?? 'onboarding',
      policy: opts.policy ?? this.policy({ id: 'baseline', version: 3 }),
      cisoKey: this.publicKey,
      issuedAt,
      ...(opts.notAfter ? { notAfter: opts.notAfter } : {}),
      ...(opts.nonce ? { nonce: opts.nonce } : {}),
    })
    return signEnvelope(PAYLOAD_TYPES.request, encodePayload(payload), this.privateKey)
  }

  async writeRequest(dir: string, env: Envelope, asText = false): Promise<string> {
    const file = path.join(dir, `request-${Math.random().toString(36).slice(2)}.${asText ? 'txt' : 'json'}`)
    await writeFile(file, asText ? encodeRequestText(env) : serializeEnvelope(env))
    return file
  }
}
