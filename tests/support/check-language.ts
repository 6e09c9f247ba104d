/**
 * A converted check read in another language: every text of every verdict on every replayed
 * fixture, rendered in the pseudo-locale, must come wholly from the catalogue (no English fragment
 * of the check's own English catalogue left once the values are taken out). Used by the tests of
 * the converted checks (tests/unit/main/checks/<id>/messages.test.ts).
 *
 * Values (string parameters) are taken out before looking for English, so English passed as a
 * value is not seen here; a plain string as a verdict text (no `text` at all), a key missing from
 * the catalogue and a template that writes English are.
 */
import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import type { CheckId, CheckResult, Platform } from '../../shared/check-types'
import { isMsg, renderMsg, type Msg, type MsgParam } from '../../shared/i18n/msg'
import { policyFromJson } from '../../shared/policy'
import { runChecks } from '../../main/engine/run-checks'
import { parseTranscript, ReplayProbe } from '../../main/probe/transcript'
import { englishFragments, PSEUDO, PSEUDO_OPEN, pseudoMessages } from './pseudo-locale'

const FIXTURES = path.resolve(__dirname, '../fixtures')

/** Every string value a message carries (machine values: paths, names, versions), nested included. */
function valuesOf(m: Msg): string[] {
  const out: string[] = []
  const visit = (v: MsgParam): void => {
    if (typeof v === 'string') out.push(v)
    else if (typeof v === 'number') out.push(String(v))
    else if (isMsg(v)) out.push(...valuesOf(v))
    else for (const item of v.items) visit(item)
  }
  for (const v of Object.values(m.params ?? {})) visit(v)
  return out
}

export interface LeftOver {
  readonly where: string
  readonly text: string
  readonly english: readonly string[]
}

/**
 * Run check `id` on every fixture of `platform` (turned on by the policy) and render its texts in
 * the pseudo-locale. Returns the number of texts looked at and those that still hold English (or
 * that are not wholly from the catalogue).
 */
export async function englishLeftIn(
  id: CheckId,
  platform: Platform,
  catalogue: Readonly<Record<string, string>>,
): Promise<{ readonly texts: number; readonly leftovers: LeftOver[] }> {
  const tables = [pseudoMessages().checks]
  const fragments = [...new Set(Object.values(catalogue).flatMap(englishFragments))]
  const leftovers: LeftOver[] = []
  let texts = 0
  const dir = path.join(FIXTURES, platform)
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const report = await runChecks({
      probe: new ReplayProbe(parseTranscript(readFileSync(path.join(dir, name), 'utf8'))),
      policy: policyFromJson({ checks: { [id]: 'required' } }),
      only: [id],
      practices: false,
      deviceProfile: false,
    })
    const c = report.checks[0] as CheckResult
    const t = c.text
    if (t === undefined) {
      leftovers.push({ where: `${platform}/${name}`, text: c.summary, english: ['(no messages)'] })
      continue
    }
    for (const m of [
      t.summary,
      ...t.observed,
      ...(t.requirement ? [t.requirement] : []),
      ...(t.reason ? [t.reason] : []),
    ]) {
      texts++
      const rendered = renderMsg(m, tables, PSEUDO)
      let rest = rendered
      for (const v of valuesOf(m).sort((a, b) => b.length - a.length))
        if (v !== '') rest = rest.split(v).join('')
      const english = fragments.filter((f) => rest.includes(f))
      if (english.length > 0 || !rendered.startsWith(PSEUDO_OPEN))
        leftovers.push({ where: `${platform}/${name}`, text: rendered, english })
    }
  }
  return { texts, leftovers }
}
