/**
 * Services that need no keys: app info, settings, running the checks (streamed), guided fixes and
 * history. Electron-free (see main/services/types.ts).
 */
import { randomBytes } from 'node:crypto'
import { languageCodes, type Language } from '../../shared/i18n'
import { effectiveLanguage, pickLanguage } from '../../shared/i18n/language'
import { getRemediation } from '../../shared/remediation/catalogue'
import type { Report } from '../../shared/check-types'
import {
  groupFingerprint,
  type AppInfo,
  type DeviceKeyInfo,
  type HistoryEntry,
  type RequestSummary,
  type ResponseOf,
  type ValidRequestOf,
} from '../../shared/ipc-contract'
import { DEFAULT_POLICY, type Policy } from '../../shared/policy'
import { practicesFor, resolvePracticeWords } from '../../shared/practices'
import { fingerprint } from '../attestation/keys'
import { runChecks } from '../engine/run-checks'
import { PRODUCER } from '../version'
import { measurementOf } from '../practices/answers'
import { resolveDeepLink, resolvePracticeHelpLink } from './deep-links'
import { ServiceError } from './errors'
import { mainMsg, mainTextIn } from './main-text'
import type { MainMessageKey } from '../../shared/i18n/en/main'
import type { ServiceDeps } from './types'

/** A short random id for runs and rows (base64url, 16 chars). */
export function newRunId(): string {
  return randomBytes(12).toString('base64url')
}

/** What the staff side shares between the app services and the attestation services. */
export interface StaffSession {
  /** The latest report of this session (attestations are built only from it). */
  lastReport: Report | null
  /** The policy of the active request, or the default. */
  activePolicy(): Promise<Policy>
  activeRequest(): Promise<RequestSummary | null>
  trustedCiso(): Promise<{ fingerprint: string } | null>
}

/** The device key's public info, or null when there is none yet. */
export async function deviceKeyInfo(deps: ServiceDeps): Promise<DeviceKeyInfo | null> {
  const pub = await deps.keyStore.publicKey()
  if (pub === null) return null
  const fp = fingerprint(pub)
  return { fingerprint: fp, fingerprintGrouped: groupFingerprint(fp), protection: deps.keyStore.protection }
}

/** The operating system's language among ours: its first preferred language we have, else English. */
export function systemLanguage(deps: ServiceDeps): Language {
  let preferred: readonly string[] = []
  try {
    preferred = deps.systemLanguages?.() ?? []
  } catch {
    // An OS that cannot say is an OS in English.
  }
  return pickLanguage(preferred, languageCodes())
}

/** Main's own words (a dialog title, a file-type name) in the effective language. */
export function dialogText(deps: ServiceDeps, key: MainMessageKey): string {
  return mainTextIn(displayLanguage(deps), mainMsg(key))
}

/** The language main's words (fixes, practices) are sent in: the chosen one, or the system's. */
export function displayLanguage(deps: ServiceDeps): Language {
  return effectiveLanguage(deps.settings.get().language, systemLanguage(deps))
}

/** App info, settings, checks, remediation, history. */
export function createAppServices(deps: ServiceDeps, session: StaffSession) {
  let running = false

  return {
    async getAppInfo(): Promise<AppInfo> {
      const probe = deps.createProbe()
      const ciso = await session.trustedCiso()
      return {
        platform: probe.platform,
        arch: probe.arch,
        version: PRODUCER.version,
        replayed: probe.replayed,
        deviceKey: await deviceKeyInfo(deps),
        keyStore: await deps.keyStore.info(),
        trustedCiso:
          ciso === null
            ? null
            : { fingerprint: ciso.fingerprint, fingerprintGrouped: groupFingerprint(ciso.fingerprint) },
        activeRequest: await session.activeRequest(),
        notices: deps.settings.takeNotices(),
        systemLanguage: systemLanguage(deps),
      }
    },

    async getSettings(): Promise<ResponseOf<'getSettings'>> {
      return deps.settings.get()
    },

    async saveSettings(request: ValidRequestOf<'saveSettings'>): Promise<ResponseOf<'saveSettings'>> {
      // The form edits the staff fields only; the mode choice (cisoMode) is kept.
      return deps.settings.save({ ...deps.settings.get(), ...request })
    },

    async setLanguage(request: ValidRequestOf<'setLanguage'>): Promise<ResponseOf<'setLanguage'>> {
      return deps.settings.save({ ...deps.settings.get(), language: request.language })
    },

    async runChecks(): Promise<Report> {
      if (running) throw new ServiceError('BUSY', mainMsg('main.error.checksRunning'))
      running = true
      try {
        const runId = newRunId()
        const report = await runChecks({
          probe: deps.createProbe(),
          policy: await session.activePolicy(),
          ...(deps.checkTimeoutMs !== undefined ? { checkTimeoutMs: deps.checkTimeoutMs } : {}),
          onStart: (id) => deps.emit({ type: 'check-started', runId, id }),
          onResult: (result) => deps.emit({ type: 'check-result', runId, result }),
        })
        session.lastReport = report
        const entry: HistoryEntry = {
          kind: 'run',
          at: report.collectedAt,
          overall: report.overall,
          replayed: report.replayed,
          checks: report.checks.map((c) => ({ id: c.id, status: c.status })),
        }
        await deps.history.append(entry).catch((err: unknown) => {
          // The run itself succeeded; a history write failure must not hide its result.
          console.error(`Preflight: could not record the run in the history: ${String(err)}`)
        })
        return report
      } finally {
        running = false
      }
    },

    async getRemediation(request: ValidRequestOf<'getRemediation'>): Promise<ResponseOf<'getRemediation'>> {
      const r = getRemediation(request.remediationId, displayLanguage(deps))
      if (r === null)
        throw new ServiceError('NOT_FOUND', mainMsg('main.error.noFix', { id: request.remediationId }))
      const link = resolveDeepLink(r.id)
      return {
        id: r.id,
        title: r.title,
        why: r.why,
        steps: r.steps,
        duration: r.duration,
        minutes: r.minutes,
        continuesInBackground: r.continuesInBackground,
        hasDeepLink: link !== null,
        deepLink: link,
      }
    },

    async openRemediationLink(
      request: ValidRequestOf<'openRemediationLink'>,
    ): Promise<ResponseOf<'openRemediationLink'>> {
      if (getRemediation(request.remediationId) === null) {
        throw new ServiceError('NOT_FOUND', mainMsg('main.error.noFix', { id: request.remediationId }))
      }
      const link = resolveDeepLink(request.remediationId)
      if (link === null) return { opened: false }
      return { opened: await deps.openExternal(link) }
    },

    async listHistory(): Promise<ResponseOf<'listHistory'>> {
      return { entries: await deps.history.list() }
    },

    async getPractices(request: ValidRequestOf<'getPractices'>): Promise<ResponseOf<'getPractices'>> {
      const policy = await session.activePolicy()
      const report = session.lastReport
      // A report judged against another policy says nothing about this policy's measurements.
      const measuredReport =
        report !== null && report.policy.id === policy.id && report.policy.version === policy.version
          ? report
          : null
      const platform = deps.createProbe().platform
      const lang = displayLanguage(deps)
      return {
        purpose: request.purpose,
        policy: { id: policy.id, version: policy.version },
        measuredAt: measuredReport?.practices !== undefined ? measuredReport.collectedAt : null,
        items: practicesFor(policy.practices, request.purpose).map((p) => {
          const w = resolvePracticeWords(policy.catalogue, p, platform, lang)
          const kind = p.evidence === 'declared' ? null : p.evidence.measured
          const m = kind === null ? null : (measuredReport?.practices?.find((x) => x.kind === kind) ?? null)
          const result = measuredReport === null ? undefined : measurementOf(measuredReport, p)
          return {
            id: p.id,
            level: p.level,
            evidence: kind === null ? ('declared' as const) : ('measured' as const),
            measured:
              kind === null
                ? null
                : m === null
                  ? null
                  : {
                      result: m.result,
                      summary: m.summary,
                      observed: m.observed,
                      reason: m.reason ?? null,
                      ...(m.text !== undefined ? { text: m.text } : {}),
                    },
            confirmable: result !== 'found',
            title: w.title,
            why: w.why,
            steps: w.steps,
            services: w.services,
            help: w.help.filter((h) => resolvePracticeHelpLink(h.id) !== null),
          }
        }),
      }
    },

    async openPracticeHelp(
      request: ValidRequestOf<'openPracticeHelp'>,
    ): Promise<ResponseOf<'openPracticeHelp'>> {
      const link = resolvePracticeHelpLink(request.helpId)
      if (link === null)
        throw new ServiceError('NOT_FOUND', mainMsg('main.error.noHelp', { id: request.helpId }))
      return { opened: await deps.openExternal(link) }
    },

    async getCampaignDomains(): Promise<ResponseOf<'getCampaignDomains'>> {
      const policy = await session.activePolicy()
      return {
        policy: { id: policy.id, version: policy.version },
        official: policy.domains.official.map((o) => ({ domain: o.domain, use: o.use })),
        lookalikes: [...policy.domains.lookalikes],
      }
    },
  }
}

/** The default policy when no request is active. */
export const FALLBACK_POLICY: Policy = DEFAULT_POLICY
