import { describe, expect, it } from 'vitest'
import { PLATFORMS } from '../../../shared/check-types'
import { DEFAULT_POLICY, PolicyError, policyFromJson } from '../../../shared/policy'
import {
  answerPractice,
  domainProblem,
  measureKindsOf,
  practicesFor,
  practicesResultOf,
  practiceText,
  practiceWordProblems,
  requiredPracticesByPurpose,
  resolvePracticeWords,
  type AttestedPractice,
  type Practice,
} from '../../../shared/practices'
import { PRACTICE_HELP_LINKS } from '../../../shared/practices-help'
import { PRACTICES_EN } from '../../../shared/i18n/en/practices'
import { PRACTICES_ES } from '../../../shared/i18n/es/practices'

function problemsOf(data: unknown): string {
  try {
    policyFromJson(data)
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyError)
    return (err as PolicyError).problems.join('\n')
  }
  throw new Error('the policy was accepted')
}

const vpn = {
  id: 'vpn',
  level: 'required',
  purposes: ['onboarding', 'periodic'],
  words: 'practice.vpn',
  evidence: 'declared',
}
const vpnWords = {
  en: {
    'practice.vpn.title': 'I use the campaign VPN on public Wi-Fi',
    'practice.vpn.why': 'Public Wi-Fi can be watched.',
    'practice.vpn.how': 'Open the VPN app.\nConnect before you browse.',
  },
}

describe('the default campaign set', () => {
  const byId = new Map(DEFAULT_POLICY.practices.map((p) => [p.id, p]))

  it('asks what the guidance asks, at the right levels and with the right evidence', () => {
    expect([...byId.keys()]).toEqual([
      'two-factor-email',
      'security-key-email',
      'signal',
      'password-manager',
      'campaign-accounts-only',
      'phone-updated-locked',
      'laptop-password',
      'report-lost-device',
      'check-addresses',
      'find-my',
      'accounts-signed-out',
      'files-deleted',
      'devices-returned',
    ])
    expect(byId.get('two-factor-email')?.level).toBe('required')
    expect(byId.get('security-key-email')?.level).toBe('recommended')
    expect(byId.get('signal')?.evidence).toEqual({ measured: 'signal-desktop' })
    expect(byId.get('password-manager')?.evidence).toEqual({ measured: 'password-manager' })
    // Some baselines forbid Find My: only recommended, so the CISO chooses.
    expect(byId.get('find-my')).toMatchObject({ level: 'recommended', evidence: { measured: 'find-my' } })
    // What the offboarding checklist asked, with the same ids (so --confirm files-deleted still works).
    for (const id of ['accounts-signed-out', 'files-deleted', 'devices-returned'])
      expect(byId.get(id)).toMatchObject({
        level: 'required',
        evidence: 'declared',
        purposes: ['offboarding'],
      })
    expect(measureKindsOf(DEFAULT_POLICY.practices)).toEqual([
      'signal-desktop',
      'password-manager',
      'find-my',
    ])
  })

  it('has English words, steps for every platform and every service, and known help pages', () => {
    for (const p of DEFAULT_POLICY.practices) {
      expect(practiceWordProblems({}, p), p.id).toEqual([])
      for (const platform of PLATFORMS) {
        const w = resolvePracticeWords({}, p, platform)
        expect(w.title, p.id).not.toBe(p.id)
        expect(w.why.length, p.id).toBeGreaterThan(20)
        expect(w.steps.length + w.services.length, `${p.id} on ${platform}`).toBeGreaterThan(0)
        for (const s of w.services) {
          expect(s.name, `${p.id} ${s.id}`).not.toBe(s.id)
          expect(s.steps.length, `${p.id} ${s.id}`).toBeGreaterThan(0)
        }
        for (const h of w.help) expect(h.url).toMatch(/^https:\/\//)
      }
    }
  })

  it('has no catalogue words that no practice or help page uses', () => {
    const used = new Set<string>(['practices.notMeasurable.linux', 'practice.checklist.why'])
    for (const p of DEFAULT_POLICY.practices) {
      const base = p.words.title.replace(/\.title$/, '')
      for (const k of Object.keys(PRACTICES_EN)) if (k.startsWith(`${base}.`)) used.add(k)
    }
    for (const id of Object.keys(PRACTICE_HELP_LINKS)) used.add(`help.${id}`)
    expect(Object.keys(PRACTICES_EN).filter((k) => !used.has(k))).toEqual([])
  })

  it('shows platform steps where they differ and general steps elsewhere', () => {
    const laptop = DEFAULT_POLICY.practices.find((p) => p.id === 'laptop-password') as Practice
    expect(resolvePracticeWords({}, laptop, 'darwin').steps[0]).toMatch(/System Settings/)
    expect(resolvePracticeWords({}, laptop, 'win32').steps[0]).toMatch(/Ctrl\+Alt\+Delete/)
    const email = DEFAULT_POLICY.practices.find((p) => p.id === 'two-factor-email') as Practice
    const w = resolvePracticeWords({}, email, 'linux')
    expect(w.services.map((s) => s.name)).toEqual(['Google Workspace (Gmail)', 'Microsoft 365 (Outlook)'])
    expect(w.help.map((h) => h.id)).toEqual(['google-2sv', 'microsoft-security-info'])
  })
})

describe('practices in a policy file', () => {
  it('accepts a custom practice with its own signed words, replacing the default set', () => {
    const p = policyFromJson({ practices: [vpn], catalogue: vpnWords })
    expect(p.practices.map((x) => x.id)).toEqual(['vpn'])
    const w = resolvePracticeWords(p.catalogue, p.practices[0] as Practice, 'win32')
    expect(w).toMatchObject({
      title: 'I use the campaign VPN on public Wi-Fi',
      steps: ['Open the VPN app.', 'Connect before you browse.'],
    })
  })

  it('lets a custom practice reuse the bundled words of a built-in one', () => {
    const p = policyFromJson({
      practices: [{ ...vpn, id: 'signal-only', words: 'practice.signal', level: 'recommended' }],
    })
    expect(resolvePracticeWords(p.catalogue, p.practices[0] as Practice, 'darwin').title).toMatch(/Signal/)
  })

  it.each([
    [
      'an unknown key in a practice',
      { practices: [{ ...vpn, text: 'x' }], catalogue: vpnWords },
      /practices\.0/,
    ],
    [
      'a bad level',
      { practices: [{ ...vpn, level: 'optional' }], catalogue: vpnWords },
      /practices\.0\.level/,
    ],
    ['no purpose', { practices: [{ ...vpn, purposes: [] }], catalogue: vpnWords }, /practices\.0\.purposes/],
    ['an unknown purpose', { practices: [{ ...vpn, purposes: ['daily'] }], catalogue: vpnWords }, /purposes/],
    [
      'an unknown measurement',
      { practices: [{ ...vpn, evidence: { measured: 'vpn-client' } }], catalogue: vpnWords },
      /practices\.0\.evidence/,
    ],
    ['inline prose as words', { practices: [{ ...vpn, words: 'Use the VPN' }] }, /practices\.0\.words/],
    [
      'a duplicate id',
      { practices: [vpn, vpn], catalogue: vpnWords },
      /practices\.1\.id: the id "vpn" appears twice/,
    ],
    [
      'a duplicate checklist id',
      {
        offboardingChecklist: [
          { id: 'a', text: 'x' },
          { id: 'a', text: 'y' },
        ],
      },
      /offboardingChecklist\.1\.id/,
    ],
    ['a practice with no words', { practices: [vpn] }, /practices\.0\.words: a practice with no words/],
    [
      'words only in Spanish',
      {
        practices: [vpn],
        catalogue: { es: { 'practice.vpn.title': 'Uso la VPN', 'practice.vpn.why': 'x' } },
      },
      /no English words for "practice\.vpn\.title"/,
    ],
    [
      'steps for one platform only',
      {
        practices: [vpn],
        catalogue: {
          en: { 'practice.vpn.title': 't', 'practice.vpn.why': 'w', 'practice.vpn.how.darwin': 'x' },
        },
      },
      /steps only for darwin/,
    ],
    [
      'a service without steps',
      { practices: [{ ...vpn, services: ['proton-vpn'] }], catalogue: vpnWords },
      /service "proton-vpn"/,
    ],
    [
      'a platform named as a service',
      { practices: [{ ...vpn, services: ['linux'] }], catalogue: vpnWords },
      /services\.0/,
    ],
    [
      'a help page not in the fixed list',
      { practices: [{ ...vpn, help: ['https://evil.example'] }], catalogue: vpnWords },
      /practices\.0\.help/,
    ],
    [
      'practices and the old checklist together',
      { practices: [vpn], catalogue: vpnWords, offboardingChecklist: [{ id: 'x', text: 'y' }] },
      /offboardingChecklist: give the offboarding items as practices/,
    ],
    ['a catalogue key outside practice.*', { catalogue: { en: { 'ui.title': 'x' } } }, /catalogue\.en/],
    ['a bad language code', { catalogue: { English: { 'practice.a.title': 'x' } } }, /catalogue/],
    [
      'control characters in words',
      { catalogue: { en: { 'practice.a.title': 'x\u0007' } } },
      /control characters/,
    ],
    [
      'a bidi override in words',
      { catalogue: { en: { 'practice.a.title': 'x\u202ey' } } },
      /control characters/,
    ],
    ['an unknown key in domains', { domains: { official: [], phishing: [] } }, /domains/],
  ])('rejects %s, naming where', (_name, data, re) => {
    expect(problemsOf(data)).toMatch(re)
  })

  it('keeps old policies with an offboarding checklist working: the items become offboarding practices', () => {
    const p = policyFromJson({
      id: 'old',
      version: 4,
      offboardingChecklist: [
        { id: 'laptop-wiped', text: 'I have wiped the campaign laptop.' },
        { id: 'keys-back', text: 'I gave back my security key.' },
      ],
    })
    const leaving = practicesFor(p.practices, 'offboarding')
    expect(leaving.map((x) => x.id)).toEqual(['laptop-wiped', 'keys-back'])
    expect(leaving.every((x) => x.level === 'required' && x.evidence === 'declared')).toBe(true)
    expect(resolvePracticeWords(p.catalogue, leaving[0] as Practice, 'linux')).toMatchObject({
      title: 'I have wiped the campaign laptop.',
      steps: [],
    })
    // The routine practices are the defaults, as for any part a policy does not set.
    expect(practicesFor(p.practices, 'periodic').map((x) => x.id)).toEqual(
      practicesFor(DEFAULT_POLICY.practices, 'periodic').map((x) => x.id),
    )
    expect(requiredPracticesByPurpose(p.practices).offboarding).toEqual(['laptop-wiped', 'keys-back'])
  })
})

describe('the campaign web addresses', () => {
  it('accepts real domain names with their use, and look-alikes', () => {
    const p = policyFromJson({
      domains: {
        official: [
          { domain: 'example.org', use: 'web' },
          { domain: 'mail.example.org', use: 'email' },
          { domain: 'secure.example-donate.org', use: 'donation' },
          { domain: 'xn--bcher-kva.example', use: 'web' },
        ],
        lookalikes: ['example-2026.org', 'examp1e.org'],
      },
    })
    expect(p.domains.official).toHaveLength(4)
    expect(p.domains.lookalikes).toEqual(['example-2026.org', 'examp1e.org'])
    expect(DEFAULT_POLICY.domains).toEqual({ official: [], lookalikes: [] })
  })

  it.each([
    ['https://example.org', /not a web address/],
    ['example.org/donate', /not a web address/],
    ['example.org:443', /not a web address/],
    ['user@example.org', /not a web address/],
    ['Example.org', /lower case/],
    ['bücher.example', /xn--/],
    ['localhost', /two labels/],
    ['example..org', /not a valid label/],
    ['-example.org', /not a valid label/],
    ['example.org.', /not a valid label/],
    ['example.123', /not a top-level domain/],
    ['a'.repeat(64) + '.org', /not a valid label/],
  ])('refuses %s', (value, re) => {
    expect(domainProblem(value)).toMatch(re)
    expect(problemsOf({ domains: { lookalikes: [value] } })).toMatch(/domains\.lookalikes\.0/)
  })

  it('refuses a domain listed as official and look-alike, and duplicates', () => {
    expect(
      problemsOf({
        domains: { official: [{ domain: 'example.org', use: 'web' }], lookalikes: ['example.org'] },
      }),
    ).toMatch(/both as official and as a look-alike/)
    expect(problemsOf({ domains: { lookalikes: ['a.org', 'a.org'] } })).toMatch(/listed twice/)
    expect(problemsOf({ domains: { official: [{ domain: 'example.org', use: 'ftp' }] } })).toMatch(
      /domains\.official\.0\.use/,
    )
  })
})

describe('answers and the practices result', () => {
  const measured = { id: 'signal', level: 'required', evidence: { measured: 'signal-desktop' } } as const
  const declared = { id: 'two-factor-email', level: 'required', evidence: 'declared' } as const

  it.each([
    [measured, 'found', false, { evidence: 'measured', result: 'found' }],
    [measured, 'found', true, { evidence: 'measured', result: 'found' }],
    [measured, 'not-found', false, { evidence: 'measured', result: 'not-found' }],
    [measured, 'not-found', true, { evidence: 'declared', result: 'confirmed', measured: 'not-found' }],
    [measured, 'unknown', false, { evidence: 'measured', result: 'unknown' }],
    [measured, 'unknown', true, { evidence: 'declared', result: 'confirmed', measured: 'unknown' }],
    [measured, undefined, false, { evidence: 'measured', result: 'unknown' }],
    [measured, 'not-applicable', true, { evidence: 'declared', result: 'confirmed' }],
    [measured, 'not-applicable', false, { evidence: 'declared', result: 'not-confirmed' }],
    [declared, undefined, true, { evidence: 'declared', result: 'confirmed' }],
    [declared, 'found', false, { evidence: 'declared', result: 'not-confirmed' }],
  ] as const)('%o measured %s, confirmed %s → %o', (practice, m, confirmed, expected) => {
    const a = answerPractice(practice, m, confirmed)
    expect(a).toEqual({ id: practice.id, level: 'required', ...expected })
  })

  const item = (result: AttestedPractice['result'], level: 'required' | 'recommended' = 'required') => ({
    level,
    result,
  })

  it('passes when every required practice is found or confirmed; fails on a required one not found', () => {
    expect(practicesResultOf([])).toBe('pass')
    expect(practicesResultOf([item('found'), item('confirmed'), item('not-found', 'recommended')])).toBe(
      'pass',
    )
    expect(practicesResultOf([item('found'), item('not-confirmed')])).toBe('incomplete')
    expect(practicesResultOf([item('unknown'), item('confirmed')])).toBe('incomplete')
    expect(practicesResultOf([item('not-found'), item('not-confirmed')])).toBe('fail')
  })
})

describe('practiceText', () => {
  it('prefers the policy in the language, then the bundled words, then English', () => {
    const catalogue = {
      en: { 'practice.signal.title': 'Campaign wording' },
      es: { 'practice.vpn.title': 'Uso la VPN' },
    }
    expect(practiceText(catalogue, 'practice.signal.title')).toBe('Campaign wording')
    expect(practiceText(catalogue, 'practice.vpn.title', 'es')).toBe('Uso la VPN')
    // The bundled Spanish words, and English for a language without a bundled catalogue.
    expect(practiceText({}, 'practice.signal.why', 'es')).toBe(PRACTICES_ES['practice.signal.why'])
    expect(practiceText({}, 'practice.signal.why', 'fr')).toBe(PRACTICES_EN['practice.signal.why'])
    expect(practiceText({}, 'practice.nothing.title')).toBeNull()
    expect(practiceText({}, 'constructor')).toBeNull()
  })
})
