import { generateKeyPairSync, sign } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decodeBase64,
  findSigners,
  pae,
  parseEnvelopeJson,
  serializeEnvelope,
  signEnvelope,
  verifyEnvelope,
  type Envelope,
} from '../../../../main/attestation/dsse'
import { AttestationError } from '../../../../main/attestation/errors'
import { fingerprint, generateSigningKey } from '../../../../main/attestation/keys'

const TYPE = 'application/vnd.in-toto+json'
const body = Buffer.from('{"hello":"world"}\n')

function code(fn: () => unknown): string {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(AttestationError)
    return `${(err as AttestationError).code}: ${(err as Error).message}`
  }
  throw new Error('expected an AttestationError')
}

describe('pae', () => {
  it('matches the DSSE spec vector byte for byte', () => {
    expect(pae('http://example.com/HelloWorld', Buffer.from('hello world')).toString('latin1')).toBe(
      'DSSEv1 29 http://example.com/HelloWorld 11 hello world',
    )
  })

  it('counts bytes, not characters', () => {
    const out = pae('té', Buffer.from('é'))
    expect(
      out.equals(
        Buffer.concat([Buffer.from('DSSEv1 3 '), Buffer.from('té'), Buffer.from(' 2 '), Buffer.from('é')]),
      ),
    ).toBe(true)
    expect(pae('', new Uint8Array()).toString()).toBe('DSSEv1 0  0 ')
  })
})

describe('decodeBase64', () => {
  it('accepts standard and URL-safe, padded or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const b = Buffer.from(bytes)
        const std = b.toString('base64')
        const url = b.toString('base64url')
        for (const s of [std, std.replace(/=+$/, ''), url, url + '='.repeat((4 - (url.length % 4)) % 4)]) {
          expect(decodeBase64(s).equals(b)).toBe(true)
        }
      }),
    )
  })

  it.each(['a', 'ab=c', 'ab===', 'a+b_', 'YW Jj', 'YWJj\n', 'YQ=', 'YR==', '!!!!', 'YWJj=', '===='])(
    'rejects %j',
    (s) => {
      expect(code(() => decodeBase64(s))).toMatch(/^MALFORMED/)
    },
  )
})

describe('sign and verify', () => {
  const device = generateSigningKey()
  const other = generateSigningKey()

  it('round-trips and reports the verifying key and exact payload', () => {
    const env = signEnvelope(TYPE, body, device.privateKey)
    expect(env.signatures).toHaveLength(1)
    expect(env.signatures[0]?.keyid).toBe(fingerprint(device.publicKey))
    expect(env.payload).toBe(body.toString('base64'))
    const v = verifyEnvelope(parseEnvelopeJson(serializeEnvelope(env)), [other.publicKey, device.publicKey])
    expect(v).not.toBeNull()
    expect(v?.keyid).toBe(fingerprint(device.publicKey))
    expect(v?.payload.equals(body)).toBe(true)
  })

  it('rejects the wrong key, an empty signature list and non-Ed25519 candidates', () => {
    const env = signEnvelope(TYPE, body, device.privateKey)
    expect(verifyEnvelope(env, [other.publicKey])).toBeNull()
    expect(verifyEnvelope(env, [])).toBeNull()
    expect(verifyEnvelope({ ...env, signatures: [] }, [device.publicKey])).toBeNull()
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    expect(verifyEnvelope(env, [ec.publicKey])).toBeNull()
    expect(() => signEnvelope(TYPE, body, ec.privateKey)).toThrow(/Ed25519/)
  })

  it('ignores a lying keyid: every candidate is tried', () => {
    const env = signEnvelope(TYPE, body, device.privateKey)
    const lying: Envelope = {
      ...env,
      signatures: [{ keyid: fingerprint(other.publicKey), sig: env.signatures[0]!.sig }],
    }
    expect(verifyEnvelope(lying, [other.publicKey, device.publicKey])?.keyid).toBe(
      fingerprint(device.publicKey),
    )
    const none: Envelope = { ...env, signatures: [{ sig: env.signatures[0]!.sig }] }
    expect(verifyEnvelope(none, [device.publicKey])).not.toBeNull()
  })

  it('accepts URL-safe unpadded base64 in payload and sig', () => {
    const env = signEnvelope(TYPE, Buffer.from('x?>~~~'), device.privateKey)
    const url: Envelope = {
      ...env,
      payload: Buffer.from(env.payload, 'base64').toString('base64url'),
      signatures: [{ sig: Buffer.from(env.signatures[0]!.sig, 'base64').toString('base64url') }],
    }
    expect(url.payload).not.toBe(env.payload)
    expect(verifyEnvelope(parseEnvelopeJson(JSON.stringify(url)), [device.publicKey])).not.toBeNull()
  })

  it('accepts a multi-signature envelope where any trusted key verifies', () => {
    const a = signEnvelope(TYPE, body, device.privateKey)
    const b = signEnvelope(TYPE, body, other.privateKey)
    const both: Envelope = { ...a, signatures: [...b.signatures, ...a.signatures] }
    expect(verifyEnvelope(both, [device.publicKey])?.keyid).toBe(fingerprint(device.publicKey))
  })

  it('refuses a private key where public keys are expected, instead of dropping it', () => {
    const env = signEnvelope(TYPE, body, device.privateKey)
    expect(() => verifyEnvelope(env, [device.privateKey])).toThrow(TypeError)
  })

  it('findSigners: every signer, independent of signature order and keyid, with bounded work', () => {
    const a = signEnvelope(TYPE, body, device.privateKey)
    const b = signEnvelope(TYPE, body, other.privateKey)
    const keys = [device, other].map((k) => ({ key: k.publicKey, keyid: fingerprint(k.publicKey) }))
    const lying = { keyid: fingerprint(other.publicKey), sig: a.signatures[0]!.sig }
    for (const sigs of [
      [...a.signatures, ...b.signatures],
      [...b.signatures, ...a.signatures],
      [lying, ...b.signatures],
    ]) {
      const found = findSigners({ ...a, signatures: sigs }, keys)
      expect(found?.signers.map((s) => s.keyid)).toEqual(keys.map((k) => k.keyid))
      expect(found?.attempts).toBeLessThanOrEqual(4)
    }
    // The same signature twice is checked once.
    expect(
      findSigners({ ...a, signatures: [...a.signatures, ...a.signatures] }, keys.slice(1))?.attempts,
    ).toBe(1)
  })

  it('breaks on tampering with any field', () => {
    const env = signEnvelope(TYPE, body, device.privateKey)
    const sig = Buffer.from(env.signatures[0]!.sig, 'base64')
    const flipped = Buffer.from(sig)
    flipped[10] = flipped[10]! ^ 1
    const tampered: Envelope[] = [
      { ...env, payloadType: 'application/vnd.in-toto+jsoN' },
      { ...env, payloadType: TYPE + ' ' },
      { ...env, payload: Buffer.from('{"hello":"World"}\n').toString('base64') },
      { ...env, payload: Buffer.concat([body, Buffer.from(' ')]).toString('base64') },
      { ...env, signatures: [{ sig: flipped.toString('base64') }] },
      { ...env, signatures: [{ sig: sig.subarray(0, 63).toString('base64') }] },
      { ...env, signatures: [{ sig: Buffer.concat([sig, Buffer.from([0])]).toString('base64') }] },
    ]
    for (const t of tampered) expect(verifyEnvelope(t, [device.publicKey])).toBeNull()
  })

  it('does not accept a signature over the bare payload (no PAE) or another payload type', () => {
    const bare = sign(null, body, device.privateKey).toString('base64')
    expect(
      verifyEnvelope({ payloadType: TYPE, payload: body.toString('base64'), signatures: [{ sig: bare }] }, [
        device.publicKey,
      ]),
    ).toBeNull()
    const policy = signEnvelope('application/vnd.preflight.policy+json', body, device.privateKey)
    expect(verifyEnvelope({ ...policy, payloadType: TYPE }, [device.publicKey])).toBeNull()
  })
})

describe('parseEnvelopeJson', () => {
  const device = generateSigningKey()
  const good = serializeEnvelope(signEnvelope(TYPE, body, device.privateKey))

  it('reads what serializeEnvelope writes and ignores unknown fields', () => {
    const obj = JSON.parse(good)
    const env = parseEnvelopeJson(
      JSON.stringify({ ...obj, extra: { x: 1 }, signatures: [{ ...obj.signatures[0], note: 'hi' }] }),
    )
    expect(verifyEnvelope(env, [device.publicKey])).not.toBeNull()
    expect(parseEnvelopeJson(Buffer.from(good))).toEqual(JSON.parse(good))
  })

  it.each([
    ['[]', /must be a JSON object, got an array/],
    ['null', /got null/],
    ['{"payload":"","signatures":[]}', /no "payloadType"/],
    ['{"payloadType":"t","signatures":[]}', /no "payload"/],
    ['{"payloadType":"t","payload":""}', /no "signatures"/],
    ['{"payloadType":1,"payload":"","signatures":[]}', /"payloadType" must be a string, got a number/],
    ['{"payloadType":"t","payload":"","signatures":{}}', /must be an array/],
    ['{"payloadType":"t","payload":"","signatures":[1]}', /signatures\[0\] must be an object/],
    ['{"payloadType":"t","payload":"","signatures":[{}]}', /signatures\[0\].sig must be a string/],
    ['{"payloadType":"t","payload":"","signatures":[{"sig":"","keyid":5}]}', /keyid must be a string/],
    ['{"payloadType":"t","payload":"%%","signatures":[{"sig":""}]}', /payload: not base64/],
    ['{"payloadType":"t","payload":"","signatures":[]}', /envelope has no signature/],
    ['{"payloadType":"t","payload":"","signatures":[{"sig":"a"}]}', /sig: not base64/],
    ['{"payloadType":"t","payloadType":"u","payload":"","signatures":[]}', /duplicate key "payloadType"/],
    ['{"payloadType":"t","payload":"","signatures":[{"sig":"","sig":"AAAA"}]}', /duplicate key "sig"/],
  ])('rejects %s', (text, message) => {
    expect(code(() => parseEnvelopeJson(text))).toMatch(message)
  })

  it('rejects oversize and deeply nested envelopes quickly', () => {
    const started = performance.now()
    const big = Buffer.alloc(16 * 1024 * 1024 + 10, 0x20)
    expect(code(() => parseEnvelopeJson(big))).toMatch(/larger than/)
    const deep = `{"payloadType":"t","payload":"","signatures":[],"x":${'['.repeat(500_000)}}`
    expect(code(() => parseEnvelopeJson(deep))).toMatch(/nested deeper/)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(code(() => parseEnvelopeJson(good, { maxBytes: 20 }))).toMatch(/larger than 20 bytes/)
  })

  it('never crashes and never verifies on random or mutated input (property)', () => {
    const obj = JSON.parse(good) as Record<string, unknown>
    const mutation = fc.oneof(
      // Byte-level mutation of the serialized envelope.
      fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 })).map(([i, x]) => {
        const b = Buffer.from(good)
        b[i] = b[i]! ^ x
        return b
      }),
      // Arbitrary JSON in place of any field.
      fc
        .tuple(fc.constantFrom('payloadType', 'payload', 'signatures'), fc.jsonValue())
        .map(([k, v]) => Buffer.from(JSON.stringify({ ...obj, [k]: v }))),
      fc.string({ unit: 'binary', maxLength: 300 }).map((s) => Buffer.from(s)),
      fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? 'null')),
    )
    fc.assert(
      fc.property(mutation, (bytes) => {
        let env: Envelope
        try {
          env = parseEnvelopeJson(bytes)
        } catch (err) {
          expect(err).toBeInstanceOf(AttestationError)
          return
        }
        const v = verifyEnvelope(env, [device.publicKey])
        // A mutation may only verify if it left the signed content intact (e.g. whitespace or keyid).
        if (v !== null) {
          expect(env.payloadType).toBe(TYPE)
          expect(v.payload.equals(body)).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('verifyEnvelope never throws on structurally odd objects', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(verifyEnvelope(junk as Envelope, [device.publicKey])).toBeNull()
      }),
    )
  })
})
