/**
 * Pure parsers for Linux firewall evidence:
 * - the live ruleset from `nft -j list ruleset` (JSON, needs root or CAP_NET_ADMIN);
 * - nftables configuration text (/etc/nftables.conf, /etc/sysconfig/nftables.conf);
 * - ufw's /etc/ufw/ufw.conf and /etc/default/ufw, firewalld's firewalld.conf (KEY=value files).
 *
 * How nftables judges an incoming packet: every base chain registered on the `input` hook sees it,
 * in priority order; `accept` only ends that chain, `drop`/`reject` is final. So the machine refuses
 * unsolicited incoming traffic when at least one filter chain on the input hook ends in drop (its
 * policy, or a last rule that drops/rejects unconditionally). Families: `inet` covers IPv4 and IPv6,
 * `ip` IPv4 only, `ip6` IPv6 only; both must be covered.
 */

import type { Msg } from '../../../shared/i18n/msg'
import { msg } from '../verdict'

/** A base chain hooked on input, reduced to what decides its default. */
export interface InputChain {
  readonly family: string
  readonly table: string
  readonly name: string
  /** `accept` when no policy is written (the kernel default). */
  readonly policy: string
  /** True when the last rule drops or rejects every packet that reaches it. */
  readonly endsInDrop: boolean
}

export interface RulesetAnalysis {
  readonly inputChains: readonly InputChain[]
  readonly ipv4Blocked: boolean
  readonly ipv6Blocked: boolean
  /** The configuration includes other files we did not read (text configs only). */
  readonly includes: readonly string[]
}

/** Does this chain refuse what it has not explicitly accepted? */
export function chainBlocks(c: InputChain): boolean {
  return c.policy === 'drop' || c.endsInDrop
}

function summarise(chains: InputChain[], includes: string[]): RulesetAnalysis {
  const blocking = chains.filter(chainBlocks)
  return {
    inputChains: chains,
    ipv4Blocked: blocking.some((c) => c.family === 'inet' || c.family === 'ip'),
    ipv6Blocked: blocking.some((c) => c.family === 'inet' || c.family === 'ip6'),
    includes,
  }
}

/** Lines describing the input chains, e.g. "inet filter/input: policy drop". */
export function describeChains(a: RulesetAnalysis): Msg[] {
  if (a.inputChains.length === 0) return [msg('check.firewall.linux.chain.none')]
  return a.inputChains.map((c) =>
    msg(c.endsInDrop ? 'check.firewall.linux.chain.policyEndsInDrop' : 'check.firewall.linux.chain.policy', {
      family: c.family,
      table: c.table,
      name: c.name,
      policy: c.policy,
    }),
  )
}

const FAMILIES = new Set(['ip', 'ip6', 'inet', 'arp', 'bridge', 'netdev'])

/** Is an nft JSON expression list an unconditional drop/reject (only counters/logs before it)? */
function jsonRuleDropsAll(expr: unknown): boolean {
  if (!Array.isArray(expr) || expr.length === 0) return false
  const last = expr[expr.length - 1] as unknown
  if (typeof last !== 'object' || last === null) return false
  const verdict = Object.keys(last)
  if (verdict.length !== 1 || (verdict[0] !== 'drop' && verdict[0] !== 'reject')) return false
  return expr.slice(0, -1).every((e: unknown) => {
    if (typeof e !== 'object' || e === null) return false
    const k = Object.keys(e)
    return k.length === 1 && (k[0] === 'counter' || k[0] === 'log')
  })
}

/** Parse `nft -j list ruleset`. Null when it is not nft's JSON shape. */
export function parseNftJson(text: string): RulesetAnalysis | null {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof data !== 'object' || data === null) return null
  const items = (data as { nftables?: unknown }).nftables
  if (!Array.isArray(items)) return null
  const chains = new Map<string, { family: string; table: string; name: string; policy: string }>()
  const lastRule = new Map<string, unknown>()
  for (const item of items) {
    if (typeof item !== 'object' || item === null) return null
    const chain = (item as { chain?: unknown }).chain
    const rule = (item as { rule?: unknown }).rule
    if (typeof chain === 'object' && chain !== null) {
      const c = chain as Record<string, unknown>
      if (typeof c['family'] !== 'string' || typeof c['table'] !== 'string' || typeof c['name'] !== 'string')
        return null
      if (c['hook'] !== 'input' || c['type'] !== 'filter') continue
      const policy = typeof c['policy'] === 'string' ? c['policy'] : 'accept'
      chains.set(JSON.stringify([c['family'], c['table'], c['name']]), {
        family: c['family'],
        table: c['table'],
        name: c['name'],
        policy,
      })
    } else if (typeof rule === 'object' && rule !== null) {
      const r = rule as Record<string, unknown>
      // Rules are listed in order; the last one seen for a chain is its final rule.
      lastRule.set(JSON.stringify([r['family'], r['table'], r['chain']]), r['expr'])
    }
  }
  const out: InputChain[] = []
  for (const [key, c] of chains) out.push({ ...c, endsInDrop: jsonRuleDropsAll(lastRule.get(key)) })
  return summarise(out, [])
}

// ---- nftables configuration text -------------------------------------------------------------

interface Stmt {
  readonly words: readonly string[]
  readonly block: readonly Stmt[] | null
}

/** Split nft syntax into statements: words ending at `;`/newline, or words followed by `{ … }`. */
function parseStatements(text: string): Stmt[] | null {
  const tokens: string[] = []
  const re = /"(?:[^"\\\n]|\\.)*"|[{};\n]|[^\s{};"]+/g
  const cleaned = text.replace(/\\\n/g, ' ')
  for (const line of cleaned.split('\n')) {
    const noComment = line.replace(/(^|\s)#.*$/, '$1')
    for (const m of noComment.matchAll(re)) tokens.push(m[0])
    tokens.push('\n')
  }
  let i = 0
  const parseBlock = (depth: number): Stmt[] | null => {
    if (depth > 16) return null
    const stmts: Stmt[] = []
    let words: string[] = []
    while (i < tokens.length) {
      const t = tokens[i++] as string
      if (t === '}') {
        if (words.length > 0) stmts.push({ words, block: null })
        return depth === 0 ? null : stmts
      }
      if (t === ';' || t === '\n') {
        if (words.length > 0) stmts.push({ words, block: null })
        words = []
      } else if (t === '{') {
        const inner = parseBlock(depth + 1)
        if (inner === null) return null
        stmts.push({ words, block: inner })
        words = []
      } else {
        words.push(t)
      }
    }
    if (depth !== 0) return null
    if (words.length > 0) stmts.push({ words, block: null })
    return stmts
  }
  return parseBlock(0)
}

/** Is a rule statement an unconditional drop/reject (optionally after counter/log)? */
function textRuleDropsAll(words: readonly string[]): boolean {
  let i = 0
  while (i < words.length) {
    const w = words[i] as string
    if (w === 'counter') {
      i++
      if (words[i] === 'packets') i += 4 // counter packets N bytes N
    } else if (w === 'log') {
      i++
      while (['prefix', 'level', 'flags', 'group', 'snaplen', 'queue-threshold'].includes(words[i] ?? ''))
        i += 2
    } else {
      break
    }
  }
  return words[i] === 'drop' || words[i] === 'reject'
}

function chainFromBody(
  family: string,
  table: string,
  name: string,
  body: readonly Stmt[],
): InputChain | null {
  let isInputFilter = false
  let policy = 'accept'
  const rules: (readonly string[])[] = []
  for (const s of body) {
    const w = s.words
    if (w[0] === 'type') {
      isInputFilter = w[1] === 'filter' && w[2] === 'hook' && w[3] === 'input'
    } else if (w[0] === 'policy') {
      policy = (w[1] ?? '').replace(/;$/, '')
    } else if (s.block === null) {
      rules.push(w)
    }
  }
  if (!isInputFilter) return null
  const last = rules[rules.length - 1]
  return { family, table, name, policy, endsInDrop: last !== undefined && textRuleDropsAll(last) }
}

/**
 * Parse an nftables configuration file (the `nft -f` syntax): `table <family> <name> { chain … }`
 * blocks and `add chain <family> <table> <name> { … }` lines. Null when braces do not balance.
 */
export function parseNftConfig(text: string): RulesetAnalysis | null {
  const stmts = parseStatements(text)
  if (stmts === null) return null
  const chains: InputChain[] = []
  const includes: string[] = []
  for (const s of stmts) {
    let w = [...s.words]
    if (w[0] === 'include') {
      includes.push((w[1] ?? '').replace(/^"|"$/g, ''))
      continue
    }
    if (w[0] === 'add' || w[0] === 'create') w = w.slice(1)
    if (w[0] === 'table' && s.block !== null) {
      const [family, name] = w.length >= 3 && FAMILIES.has(w[1] ?? '') ? [w[1], w[2]] : ['ip', w[1]]
      for (const inner of s.block) {
        if (inner.words[0] === 'chain' && inner.block !== null) {
          const c = chainFromBody(family as string, name ?? '', inner.words[1] ?? '', inner.block)
          if (c !== null) chains.push(c)
        }
      }
    } else if (w[0] === 'chain' && s.block !== null) {
      const [family, table, name] =
        w.length >= 4 && FAMILIES.has(w[1] ?? '') ? [w[1], w[2], w[3]] : ['ip', w[1], w[2]]
      const c = chainFromBody(family as string, table ?? '', name ?? '', s.block)
      if (c !== null) chains.push(c)
    }
  }
  return summarise(chains, includes)
}

// ---- KEY=value files (ufw, firewalld) -------------------------------------------------------

/** Parse shell-style KEY=value lines; quotes stripped; the last assignment wins. */
export function parseKeyValues(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line)
    if (!m) continue
    let v = (m[2] as string).trim()
    if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0])) v = v.slice(1, -1)
    out[m[1] as string] = v
  }
  return out
}

/** ufw.conf ENABLED: true for yes, false for no, null when absent or something else. */
export function ufwEnabled(text: string): boolean | null {
  const v = parseKeyValues(text)['ENABLED']?.toLowerCase()
  if (v === 'yes') return true
  if (v === 'no') return false
  return null
}

/** /etc/default/ufw DEFAULT_INPUT_POLICY: true if DROP/REJECT, false if ACCEPT, null otherwise. */
export function ufwInputPolicyBlocks(text: string): boolean | null {
  const v = parseKeyValues(text)['DEFAULT_INPUT_POLICY']?.toUpperCase()
  if (v === 'DROP' || v === 'REJECT') return true
  if (v === 'ACCEPT') return false
  return null
}
