/**
 * The policy editor's form: check levels per platform, the number limits, practices, offboarding
 * items and web addresses. Each control edits the draft; main's problems are shown next to the field
 * they name (by path).
 */
import { useId, useState, type ReactElement } from 'react'
import { PURPOSES, type Purpose } from '../../../shared/attestation-types'
import { CHECK_IDS, PLATFORMS, type CheckLevel } from '../../../shared/check-types'
import type { UiKey } from '../../../shared/i18n/en/ui'
import type { PracticeCatalogue, PracticeLevel } from '../../../shared/practices'
import { DOMAIN_USES, type DomainUse } from '../../../shared/practices-basics'
import { englishLang, practiceWords, t } from '../../app/i18n'
import {
  addLookalike,
  addOfficial,
  addPractice,
  evidenceChoice,
  isOffboardingItem,
  levelsOf,
  NUMBER_FIELDS,
  numberValue,
  practiceTitle,
  problemsAt,
  removeLookalike,
  removeOfficial,
  removePractice,
  setCheckLevel,
  setNumber,
  setOfficialUse,
  setPracticeEvidence,
  setPracticeLevel,
  setPracticePurpose,
  wordsFor,
  type Draft,
  type DraftPractice,
  type EvidenceChoice,
} from './policy-draft'
import { EVIDENCE_LABEL, FIELD_LABEL, PLATFORM_LABEL } from './PolicyReview'

type Problems = ReadonlyMap<string, readonly string[]>

/** Props every section takes. */
interface SectionProps {
  readonly draft: Draft
  readonly problems: Problems
  readonly onChange: (draft: Draft) => void
}

const LEVEL_LABEL: Readonly<Record<CheckLevel, UiKey>> = {
  required: 'policy.level.required',
  recommended: 'policy.level.recommended',
  off: 'policy.level.off',
}

const FIELD_HELP: Readonly<Record<string, UiKey>> = {
  'screenLock.maxIdlePlusGraceSeconds': 'policy.help.screenLock',
  'osVersion.patchGraceDays': 'policy.help.patchGrace',
  'osVersion.maxDataAgeDays': 'policy.help.osDataAge',
  'osVersion.maxUpgradeAgeDays': 'policy.help.upgradeAge',
  'browserUpdates.graceDays': 'policy.help.browserGrace',
  'browserUpdates.maxDataAgeDays': 'policy.help.browserDataAge',
  'malwareProtection.maxSignatureAgeDays': 'policy.help.signatureAge',
  'malwareProtection.maxXprotectAgeDays': 'policy.help.xprotectAge',
  'reattestation.intervalDays': 'policy.help.reattest',
}

const PURPOSE_SHORT: Readonly<Record<Purpose, UiKey>> = {
  onboarding: 'policy.purpose.onboarding',
  periodic: 'policy.purpose.periodic',
  offboarding: 'policy.purpose.offboarding',
}

const EVIDENCE_CHOICES: readonly EvidenceChoice[] = [
  'declared',
  'signal-desktop',
  'password-manager',
  'find-my',
]

/** Problems under a field, as a list tied to it (aria-describedby). */
function FieldProblems({
  id,
  messages,
}: {
  readonly id: string
  readonly messages: readonly string[]
}): ReactElement | null {
  if (messages.length === 0) return null
  return (
    <ul id={id} className="field__errors">
      {messages.map((m, i) => (
        <li key={i} className="field__error">
          {m}
        </li>
      ))}
    </ul>
  )
}

/** Check levels: ten checks × three platforms, each a labelled select. */
export function ChecksSection({ draft, problems, onChange }: SectionProps): ReactElement {
  const errors = problemsAt(problems, 'checks')
  const errorsId = useId()
  return (
    <section className="card" aria-labelledby="policy-checks-title">
      <h2 id="policy-checks-title">{t('policy.checks.title')}</h2>
      <p className="muted">{t('policy.checks.body')}</p>
      <div className="table-wrap" role="region" aria-labelledby="policy-checks-title" tabIndex={0}>
        <table className="table policy-checks">
          <caption className="sr-only">{t('policy.checks.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('policy.checks.check')}</th>
              {PLATFORMS.map((p) => (
                <th key={p} scope="col">
                  {t(PLATFORM_LABEL[p])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {CHECK_IDS.map((id) => {
              const levels = levelsOf(draft, id)
              return (
                <tr key={id}>
                  <th scope="row">{t(`check.${id}.name`)}</th>
                  {PLATFORMS.map((p) => (
                    <td key={p}>
                      <select
                        aria-label={t('policy.checks.cell', {
                          check: t(`check.${id}.name`),
                          platform: t(PLATFORM_LABEL[p]),
                        })}
                        className={`level level--${levels[p]}`}
                        value={levels[p]}
                        onChange={(e) => onChange(setCheckLevel(draft, id, p, e.target.value as CheckLevel))}
                      >
                        {(['required', 'recommended', 'off'] as const).map((l) => (
                          <option key={l} value={l}>
                            {t(LEVEL_LABEL[l])}
                          </option>
                        ))}
                      </select>
                    </td>
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <FieldProblems id={errorsId} messages={errors} />
    </section>
  )
}

function NumberField({
  spec,
  draft,
  problems,
  onChange,
}: SectionProps & { readonly spec: (typeof NUMBER_FIELDS)[number] }): ReactElement {
  const id = useId()
  const helpId = useId()
  const errorsId = useId()
  const errors = problemsAt(problems, spec.field)
  const value = numberValue(draft, spec.field)
  return (
    <div className="field policy-number">
      <label htmlFor={id}>{t(FIELD_LABEL[spec.field])}</label>
      <div className="policy-number__input">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={spec.min}
          max={spec.max}
          step={1}
          value={value}
          aria-invalid={errors.length > 0}
          aria-describedby={errors.length > 0 ? `${helpId} ${errorsId}` : helpId}
          onChange={(e) => onChange(setNumber(draft, spec.field, e.target.value))}
        />
        <span className="policy-number__unit">
          {spec.unit === 'seconds' ? t('policy.unit.secondsWord') : t('policy.unit.daysWord')}
        </span>
      </div>
      <p id={helpId} className="field__help">
        {t(FIELD_HELP[spec.field] ?? 'policy.help.screenLock')}{' '}
        {t('policy.range', { min: spec.min, max: spec.max })}
      </p>
      <FieldProblems id={errorsId} messages={errors} />
    </div>
  )
}

/** The number limits. */
export function LimitsSection(props: SectionProps): ReactElement {
  return (
    <section className="card" aria-labelledby="policy-limits-title">
      <h2 id="policy-limits-title">{t('policy.limits.title')}</h2>
      <div className="policy-grid">
        {NUMBER_FIELDS.map((spec) => (
          <NumberField key={spec.field} spec={spec} {...props} />
        ))}
      </div>
    </section>
  )
}

function PracticeRow({
  practice,
  index,
  draft,
  problems,
  onChange,
  leaving,
}: SectionProps & {
  readonly practice: DraftPractice
  readonly index: number
  readonly leaving: boolean
}): ReactElement {
  // Named in the reader's language (the policy's words in it, or the bundled ones), else English.
  const title = practiceWords((draft.catalogue ?? {}) as PracticeCatalogue, `${practice.words}.title`) ?? {
    text: practiceTitle(draft, practice),
    lang: englishLang(),
  }
  const levelId = useId()
  const evidenceId = useId()
  const errorsId = useId()
  const errors = problemsAt(problems, `practices.${index}`)
  return (
    <li className="policy-practice" aria-describedby={errors.length > 0 ? errorsId : undefined}>
      <div className="policy-practice__head">
        <span className="policy-practice__title" lang={title.lang}>
          {title.text}
        </span>
        <code className="policy-practice__id">{practice.id}</code>
      </div>
      <div className="policy-practice__controls">
        <div className="field field--inline">
          <label htmlFor={levelId}>{t('policy.practice.level')}</label>
          <select
            id={levelId}
            value={practice.level}
            onChange={(e) => onChange(setPracticeLevel(draft, practice.id, e.target.value as PracticeLevel))}
          >
            <option value="required">{t('policy.level.required')}</option>
            <option value="recommended">{t('policy.level.recommended')}</option>
          </select>
        </div>
        {!leaving && (
          <fieldset className="policy-practice__purposes">
            <legend>{t('policy.practice.when')}</legend>
            {PURPOSES.map((p) => (
              <label key={p} className="inline-check">
                <input
                  type="checkbox"
                  checked={practice.purposes.includes(p)}
                  onChange={(e) => onChange(setPracticePurpose(draft, practice.id, p, e.target.checked))}
                />
                <span>{t(PURPOSE_SHORT[p])}</span>
              </label>
            ))}
          </fieldset>
        )}
        {!leaving && (
          <div className="field field--inline">
            <label htmlFor={evidenceId}>{t('policy.practice.evidence')}</label>
            <select
              id={evidenceId}
              value={evidenceChoice(practice)}
              onChange={(e) =>
                onChange(setPracticeEvidence(draft, practice.id, e.target.value as EvidenceChoice))
              }
            >
              {EVIDENCE_CHOICES.map((c) => (
                <option key={c} value={c}>
                  {t(EVIDENCE_LABEL[c] ?? 'policy.evidence.declared')}
                </option>
              ))}
            </select>
          </div>
        )}
        <button
          type="button"
          className="button button--small button--danger-quiet"
          aria-label={t('policy.practice.removeNamed', { title: title.text })}
          onClick={() => onChange(removePractice(draft, practice.id))}
        >
          {t('policy.practice.remove')}
        </button>
      </div>
      <FieldProblems id={errorsId} messages={errors} />
    </li>
  )
}

/** The "add a practice" (or offboarding item) form. */
function AddPractice({
  draft,
  onChange,
  leaving,
}: {
  readonly draft: Draft
  readonly onChange: (draft: Draft) => void
  readonly leaving: boolean
}): ReactElement {
  const genericWhy = wordsFor(draft, 'practice.checklist.why') ?? ''
  const [title, setTitle] = useState('')
  const [why, setWhy] = useState(leaving ? genericWhy : '')
  const [steps, setSteps] = useState('')
  const [level, setLevel] = useState<PracticeLevel>('required')
  const [evidence, setEvidence] = useState<EvidenceChoice>('declared')
  const [purposes, setPurposes] = useState<readonly Purpose[]>(
    leaving ? ['offboarding'] : ['onboarding', 'periodic'],
  )
  const [added, setAdded] = useState<string | null>(null)
  const ids = { title: useId(), why: useId(), steps: useId(), level: useId(), evidence: useId() }
  const ready = title.trim() !== '' && why.trim() !== '' && purposes.length > 0
  const add = (): void => {
    if (!ready) return
    const r = addPractice(draft, { title, why, steps, level, purposes, evidence })
    onChange(r.draft)
    setAdded(title.trim())
    setTitle('')
    setWhy(leaving ? genericWhy : '')
    setSteps('')
  }
  return (
    <details className="policy-add">
      <summary>{leaving ? t('policy.offboarding.add') : t('policy.practices.add')}</summary>
      <div className="policy-add__body">
        <div className="field">
          <label htmlFor={ids.title}>{t('policy.add.title')}</label>
          <input
            id={ids.title}
            type="text"
            value={title}
            maxLength={300}
            onChange={(e) => setTitle(e.target.value)}
          />
          <p className="field__help">
            {leaving ? t('policy.add.titleHelpLeaving') : t('policy.add.titleHelp')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.why}>{t('policy.add.why')}</label>
          <textarea id={ids.why} rows={2} value={why} onChange={(e) => setWhy(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.steps}>{t('policy.add.steps')}</label>
          <textarea id={ids.steps} rows={3} value={steps} onChange={(e) => setSteps(e.target.value)} />
          <p className="field__help">{t('policy.add.stepsHelp')}</p>
        </div>
        <div className="policy-practice__controls">
          <div className="field field--inline">
            <label htmlFor={ids.level}>{t('policy.practice.level')}</label>
            <select id={ids.level} value={level} onChange={(e) => setLevel(e.target.value as PracticeLevel)}>
              <option value="required">{t('policy.level.required')}</option>
              <option value="recommended">{t('policy.level.recommended')}</option>
            </select>
          </div>
          {!leaving && (
            <fieldset className="policy-practice__purposes">
              <legend>{t('policy.practice.when')}</legend>
              {PURPOSES.map((p) => (
                <label key={p} className="inline-check">
                  <input
                    type="checkbox"
                    checked={purposes.includes(p)}
                    onChange={(e) =>
                      setPurposes((cur) =>
                        PURPOSES.filter((x) => (x === p ? e.target.checked : cur.includes(x))),
                      )
                    }
                  />
                  <span>{t(PURPOSE_SHORT[p])}</span>
                </label>
              ))}
            </fieldset>
          )}
          {!leaving && (
            <div className="field field--inline">
              <label htmlFor={ids.evidence}>{t('policy.practice.evidence')}</label>
              <select
                id={ids.evidence}
                value={evidence}
                onChange={(e) => setEvidence(e.target.value as EvidenceChoice)}
              >
                {EVIDENCE_CHOICES.map((c) => (
                  <option key={c} value={c}>
                    {t(EVIDENCE_LABEL[c] ?? 'policy.evidence.declared')}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        <div className="button-row">
          <button type="button" className="button button--secondary" disabled={!ready} onClick={add}>
            {leaving ? t('policy.offboarding.addButton') : t('policy.practices.addButton')}
          </button>
        </div>
        <p className="sr-only" role="status">
          {added === null ? '' : t('policy.add.added', { title: added })}
        </p>
      </div>
    </details>
  )
}

/** Practices (joining and routine), or the offboarding items (asked only when leaving). */
export function PracticesEditor({
  leaving,
  ...props
}: SectionProps & { readonly leaving: boolean }): ReactElement {
  const all = props.draft.practices ?? []
  const titleId = leaving ? 'policy-offboarding-title' : 'policy-practices-title'
  const shown = all.map((p, index) => ({ p, index })).filter(({ p }) => isOffboardingItem(p) === leaving)
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{leaving ? t('policy.offboarding.title') : t('policy.practices.title')}</h2>
      <p className="muted">{leaving ? t('policy.offboarding.body') : t('policy.practices.body')}</p>
      {shown.length === 0 ? (
        <p>{leaving ? t('policy.offboarding.none') : t('policy.practices.none')}</p>
      ) : (
        <ul className="policy-practices">
          {shown.map(({ p, index }) => (
            <PracticeRow key={p.id} practice={p} index={index} leaving={leaving} {...props} />
          ))}
        </ul>
      )}
      <AddPractice draft={props.draft} onChange={props.onChange} leaving={leaving} />
    </section>
  )
}

const USE_LABEL: Readonly<Record<DomainUse, UiKey>> = {
  web: 'domains.use.web',
  email: 'domains.use.email',
  donation: 'domains.use.donation',
}

/** The campaign's official addresses and known look-alikes. */
export function DomainsEditor({ draft, problems, onChange }: SectionProps): ReactElement {
  const official = draft.domains?.official ?? []
  const lookalikes = draft.domains?.lookalikes ?? []
  const [domain, setDomain] = useState('')
  const [use, setUse] = useState<DomainUse>('web')
  const [lookalike, setLookalike] = useState('')
  const ids = { domain: useId(), use: useId(), lookalike: useId(), errors: useId() }
  // Problems about the lists as a whole (each entry's own problems are shown beside it).
  // (Paths built from parts: a dotted literal would read as a catalogue key.)
  const general = [['domains'], ['domains', 'official'], ['domains', 'lookalikes']].flatMap(
    (parts) => problems.get(parts.join('.')) ?? [],
  )
  return (
    <section className="card" aria-labelledby="policy-domains-title">
      <h2 id="policy-domains-title">{t('policy.domains.title')}</h2>
      <p className="muted">{t('policy.domains.body')}</p>
      <h3>{t('policy.domains.official')}</h3>
      {official.length === 0 ? (
        <p>{t('policy.domains.noneOfficial')}</p>
      ) : (
        <ul className="policy-domains">
          {official.map((o, i) => {
            const errors = problemsAt(problems, `domains.official.${i}`)
            return (
              <li key={`${o.domain}:${i}`} className="policy-domain">
                <code className="policy-domain__name">{o.domain}</code>
                <select
                  aria-label={t('policy.domains.useOf', { domain: o.domain })}
                  value={o.use}
                  onChange={(e) => onChange(setOfficialUse(draft, i, e.target.value as DomainUse))}
                >
                  {DOMAIN_USES.map((u) => (
                    <option key={u} value={u}>
                      {t(USE_LABEL[u])}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="button button--small button--danger-quiet"
                  aria-label={t('policy.domains.removeNamed', { domain: o.domain })}
                  onClick={() => onChange(removeOfficial(draft, i))}
                >
                  {t('policy.practice.remove')}
                </button>
                <FieldProblems id={`${ids.errors}-o${i}`} messages={errors} />
              </li>
            )
          })}
        </ul>
      )}
      <form
        className="policy-inline-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (domain.trim() === '') return
          onChange(addOfficial(draft, domain, use))
          setDomain('')
        }}
      >
        <div className="field field--inline">
          <label htmlFor={ids.domain}>{t('policy.domains.newOfficial')}</label>
          <input
            id={ids.domain}
            type="text"
            value={domain}
            spellCheck={false}
            autoCapitalize="none"
            onChange={(e) => setDomain(e.target.value)}
          />
        </div>
        <div className="field field--inline">
          <label htmlFor={ids.use}>{t('policy.domains.use')}</label>
          <select id={ids.use} value={use} onChange={(e) => setUse(e.target.value as DomainUse)}>
            {DOMAIN_USES.map((u) => (
              <option key={u} value={u}>
                {t(USE_LABEL[u])}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary" disabled={domain.trim() === ''}>
          {t('policy.domains.addOfficial')}
        </button>
      </form>

      <h3>{t('policy.domains.lookalikes')}</h3>
      {lookalikes.length === 0 ? (
        <p>{t('policy.domains.noneLookalikes')}</p>
      ) : (
        <ul className="policy-domains">
          {lookalikes.map((d, i) => {
            const errors = problemsAt(problems, `domains.lookalikes.${i}`)
            return (
              <li key={`${d}:${i}`} className="policy-domain">
                <code className="policy-domain__name">{d}</code>
                <button
                  type="button"
                  className="button button--small button--danger-quiet"
                  aria-label={t('policy.domains.removeNamed', { domain: d })}
                  onClick={() => onChange(removeLookalike(draft, i))}
                >
                  {t('policy.practice.remove')}
                </button>
                <FieldProblems id={`${ids.errors}-l${i}`} messages={errors} />
              </li>
            )
          })}
        </ul>
      )}
      <form
        className="policy-inline-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (lookalike.trim() === '') return
          onChange(addLookalike(draft, lookalike))
          setLookalike('')
        }}
      >
        <div className="field field--inline">
          <label htmlFor={ids.lookalike}>{t('policy.domains.newLookalike')}</label>
          <input
            id={ids.lookalike}
            type="text"
            value={lookalike}
            spellCheck={false}
            autoCapitalize="none"
            onChange={(e) => setLookalike(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--secondary" disabled={lookalike.trim() === ''}>
          {t('policy.domains.addLookalike')}
        </button>
      </form>
      <FieldProblems id={ids.errors} messages={general} />
    </section>
  )
}
