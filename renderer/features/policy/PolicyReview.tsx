/**
 * The policy editor's review: every change against the newest accepted version in words
 * ("Screen lock limit: 900 s → 600 s", "Firewall on Linux: required → off"), the problems still to
 * fix, and the Sign button with the version it will get.
 */
import type { ReactElement } from 'react'
import type { Purpose } from '../../../shared/attestation-types'
import type { CheckLevel, Platform } from '../../../shared/check-types'
import type { PolicyChange, PolicyCheckResult, PolicyNumberField } from '../../../shared/ipc-contract'
import type { UiKey } from '../../../shared/i18n/en/ui'
import { formatDateTime } from '../../app/format'
import { t, tn } from '../../app/i18n'
import { NUMBER_FIELDS } from './policy-draft'

/** Labels of the number fields (literal keys: the catalogue test finds them). */
export const FIELD_LABEL: Readonly<Record<PolicyNumberField, UiKey>> = {
  'screenLock.maxIdlePlusGraceSeconds': 'policy.field.screenLock',
  'osVersion.patchGraceDays': 'policy.field.patchGrace',
  'osVersion.maxDataAgeDays': 'policy.field.osDataAge',
  'osVersion.maxUpgradeAgeDays': 'policy.field.upgradeAge',
  'browserUpdates.graceDays': 'policy.field.browserGrace',
  'browserUpdates.maxDataAgeDays': 'policy.field.browserDataAge',
  'malwareProtection.maxSignatureAgeDays': 'policy.field.signatureAge',
  'malwareProtection.maxXprotectAgeDays': 'policy.field.xprotectAge',
  'reattestation.intervalDays': 'policy.field.reattest',
}

export const PLATFORM_LABEL: Readonly<Record<Platform, UiKey>> = {
  darwin: 'policy.platform.darwin',
  win32: 'policy.platform.win32',
  linux: 'policy.platform.linux',
}

export const LEVEL_WORD: Readonly<Record<CheckLevel, UiKey>> = {
  required: 'policy.levelWord.required',
  recommended: 'policy.levelWord.recommended',
  off: 'policy.levelWord.off',
}

export const EVIDENCE_LABEL: Readonly<Record<string, UiKey>> = {
  declared: 'policy.evidence.declared',
  'signal-desktop': 'policy.evidence.signal-desktop',
  'password-manager': 'policy.evidence.password-manager',
  'find-my': 'policy.evidence.find-my',
}

/** A value with its unit, e.g. "900 s", "21 days". */
export function withUnit(field: PolicyNumberField, n: number): string {
  const unit = NUMBER_FIELDS.find((f) => f.field === field)?.unit ?? 'days'
  return unit === 'seconds' ? t('policy.unit.seconds', { n }) : tn('policy.unit.days', n)
}

const purposes = (list: readonly string[]): string =>
  list.length === 0 ? t('common.none') : list.map((p) => t(`purpose.${p as Purpose}`)).join(', ')
const evidence = (list: readonly string[]): string =>
  list.map((e) => t(EVIDENCE_LABEL[e] ?? 'policy.evidence.declared')).join(', ')
const plain = (list: readonly string[]): string => (list.length === 0 ? t('common.none') : list.join(', '))

/** One change in words. */
export function changeText(c: PolicyChange): string {
  switch (c.kind) {
    case 'id':
      return t('policy.diff.id', { from: c.from, to: c.to })
    case 'check-level':
      return t('policy.diff.checkLevel', {
        check: t(`check.${c.check}.name`),
        platform: t(PLATFORM_LABEL[c.platform]),
        from: t(LEVEL_WORD[c.from]),
        to: t(LEVEL_WORD[c.to]),
      })
    case 'number':
      return t('policy.diff.number', {
        field: t(FIELD_LABEL[c.field]),
        from: withUnit(c.field, c.from),
        to: withUnit(c.field, c.to),
      })
    case 'practice-added':
      return t('policy.diff.practiceAdded', {
        title: c.title,
        level: t(LEVEL_WORD[c.level]),
        purposes: purposes(c.purposes),
      })
    case 'practice-removed':
      return t('policy.diff.practiceRemoved', { title: c.title })
    case 'practice-changed':
      switch (c.what) {
        case 'level':
          return t('policy.diff.practiceLevel', {
            title: c.title,
            from: t(LEVEL_WORD[(c.from[0] ?? 'required') as CheckLevel]),
            to: t(LEVEL_WORD[(c.to[0] ?? 'required') as CheckLevel]),
          })
        case 'purposes':
          return t('policy.diff.practicePurposes', {
            title: c.title,
            from: purposes(c.from),
            to: purposes(c.to),
          })
        case 'evidence':
          return t('policy.diff.practiceEvidence', {
            title: c.title,
            from: evidence(c.from),
            to: evidence(c.to),
          })
        case 'services':
          return t('policy.diff.practiceServices', { title: c.title, from: plain(c.from), to: plain(c.to) })
        case 'help':
          return t('policy.diff.practiceHelp', { title: c.title, from: plain(c.from), to: plain(c.to) })
        case 'words':
          return t('policy.diff.practiceWords', { title: c.title })
      }
      return c.title
    case 'domain-added':
      return t('policy.diff.domainAdded', { domain: c.domain, use: t(`domains.use.${c.use}`) })
    case 'domain-removed':
      return t('policy.diff.domainRemoved', { domain: c.domain, use: t(`domains.use.${c.use}`) })
    case 'lookalike-added':
      return t('policy.diff.lookalikeAdded', { domain: c.domain })
    case 'lookalike-removed':
      return t('policy.diff.lookalikeRemoved', { domain: c.domain })
    case 'table':
      return t('policy.diff.table', {
        table: t(c.table === 'osSupport' ? 'policy.table.osSupport' : 'policy.table.browserReleases'),
        from: c.from ?? t('policy.table.bundled'),
        to: c.to ?? t('policy.table.bundled'),
      })
  }
}

/** Where a problem is, in words where the form has a label for it. */
export function problemPlace(path: readonly (string | number)[]): string {
  const dotted = path.join('.')
  if (dotted === '') return t('policy.problem.file')
  const field = NUMBER_FIELDS.find((f) => f.field === dotted)
  if (field !== undefined) return t(FIELD_LABEL[field.field])
  return dotted
}

/** The review card. */
export function PolicyReview({
  check,
  checking,
  policyId,
  signing,
  onSign,
}: {
  readonly check: PolicyCheckResult | null
  readonly checking: boolean
  readonly policyId: string
  readonly signing: boolean
  readonly onSign: (version: number) => void
}): ReactElement {
  const changes = check?.changes ?? []
  const problems = check?.problems ?? []
  const version = check?.nextVersion ?? null
  // Nothing signed yet: signing the shown policy (even unchanged defaults) is the first version.
  const nothingToSign = check !== null && check.against !== null && changes.length === 0
  const canSign = check !== null && !checking && problems.length === 0 && version !== null && !nothingToSign
  return (
    <section className="card" aria-labelledby="review-title">
      <h2 id="review-title">{t('policy.review.title')}</h2>
      <p>
        {check?.against != null
          ? t('policy.review.against', {
              id: check.against.id,
              version: check.against.version,
              date: formatDateTime(check.against.issuedAt),
            })
          : t('policy.review.againstDefaults')}
      </p>
      <div aria-live="polite">
        {checking && check === null && <p className="muted">{t('policy.review.checking')}</p>}
        {problems.length > 0 && (
          <div className="alert alert--error" role="alert">
            <div className="alert__body">
              <p className="alert__title">{tn('policy.review.problems', problems.length)}</p>
              <ul className="plain-list">
                {problems.map((p, i) => (
                  <li key={`${p.path.join('.')}:${i}`}>
                    <strong>{problemPlace(p.path)}</strong>
                    {p.path.length > 0 && <code className="policy__path">{p.path.join('.')}</code>}{' '}
                    {p.message}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
        {problems.length === 0 && check !== null && (
          <>
            <h3>{tn('policy.review.changes', changes.length)}</h3>
            {changes.length === 0 ? (
              <p>{check.against === null ? t('policy.review.firstVersion') : t('policy.review.noChanges')}</p>
            ) : (
              <ul className="diff">
                {changes.map((c, i) => (
                  // Changes have no id of their own; their order is fixed by main.
                  <li key={i} className="diff__item">
                    {changeText(c)}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={!canSign || signing}
          onClick={() => version !== null && onSign(version)}
        >
          {version === null
            ? t('policy.sign.buttonNoVersion')
            : t('policy.sign.button', { id: policyId, version })}
        </button>
      </div>
      <p className="muted">{t('policy.sign.explain')}</p>
    </section>
  )
}
