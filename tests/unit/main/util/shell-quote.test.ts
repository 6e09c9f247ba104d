import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { pastableCommand, quoteArg, shellFor, type ShellKind } from '../../../../main/util/shell-quote'

/** Names a hostile sender could give a file (printable, so they must be printed exactly). */
const HOSTILE = [
  'x$(touch PWNED).json',
  'x`touch PWNED`.json',
  "it's; touch PWNED; '.json",
  'a"b"$HOME.json',
  'a & touch PWNED | cat.json',
  'a;touch PWNED.json',
  'with space.json',
  '-rf.json',
  '--yes',
  'ünïcødé 😀.json',
  '=ls',
  '%PATH%.json',
  '@args.json',
  'a,b.json',
  "''''",
  '',
  '‘’‚‛ smart $(touch PWNED).json',
  '$env:HOME.json',
  '!!.json',
  '~root',
  '*.json',
  '{a,b}.json',
  '#comment',
]

const work = mkdtempSync(path.join(tmpdir(), 'preflight-quote-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Run `printf '%s\n' <quoted>` in a real shell; return what the shell passed as the argument. */
function echoThrough(shell: string, quoted: string): string {
  const r = spawnSync(shell, ['-c', `printf '%s\\n' ${quoted}`], { cwd: work, encoding: 'utf8' })
  expect(r.status, r.stderr).toBe(0)
  return r.stdout.replace(/\n$/, '')
}

const POSIX_SHELLS = ['/bin/sh', '/bin/bash', '/bin/dash', '/bin/zsh'].filter((s) => existsSync(s))

describe('quoteArg for POSIX shells', () => {
  it.each(POSIX_SHELLS)('%s receives every hostile name exactly and runs nothing', (shell) => {
    for (const name of HOSTILE) {
      expect(echoThrough(shell, quoteArg(name, 'posix')), name).toBe(name)
    }
    expect(existsSync(path.join(work, 'PWNED'))).toBe(false)
  })

  it('property: any string without a backslash or NUL round-trips through sh', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\0') && !s.includes('\\')),
        (s) => {
          expect(echoThrough('/bin/sh', quoteArg(s, 'posix'))).toBe(s)
        },
      ),
      { numRuns: 150 },
    )
    expect(existsSync(path.join(work, 'PWNED'))).toBe(false)
  })

  it("reads the same in fish's single-quote rules (no backslash is ever printed)", () => {
    // fish: inside '…', \' and \\ are escapes; outside, \' is a quote; nothing else is special here.
    const fishWord = (w: string): string => {
      let out = ''
      let i = 0
      let inQuote = false
      while (i < w.length) {
        const c = w[i] as string
        if (inQuote) {
          if (c === '\\' && (w[i + 1] === "'" || w[i + 1] === '\\')) {
            out += w[i + 1]
            i += 2
          } else if (c === "'") {
            inQuote = false
            i++
          } else {
            out += c
            i++
          }
        } else if (c === "'") {
          inQuote = true
          i++
        } else if (c === '\\') {
          out += w[i + 1]
          i += 2
        } else {
          out += c
          i++
        }
      }
      expect(inQuote).toBe(false)
      return out
    }
    for (const name of HOSTILE) expect(fishWord(quoteArg(name, 'posix')), name).toBe(name)
  })
})

/**
 * PowerShell's tokenizer for one argument made by quoteArg: a bare word of safe characters, or a
 * single-quoted string in which any of the five single-quote characters ends the string unless the
 * next character is one too (then it stands for one quote). Returns the value and what follows it.
 */
function powershellWord(w: string): { value: string; rest: string } {
  const Q = "'\u2018\u2019\u201a\u201b"
  const isQuote = (c: string | undefined) => c !== undefined && Q.includes(c)
  if (!isQuote(w[0])) {
    const m = /^[^\s;|&(){}$`'"\u2018-\u201e,@]*/.exec(w)?.[0] ?? ''
    return { value: m, rest: w.slice(m.length) }
  }
  let value = ''
  let i = 1
  while (i < w.length) {
    const c = w[i] as string
    if (isQuote(c)) {
      if (isQuote(w[i + 1])) {
        value += c
        i += 2
        continue
      }
      return { value, rest: w.slice(i + 1) }
    }
    value += c
    i++
  }
  throw new Error(`unterminated: ${w}`)
}

describe('quoteArg for PowerShell', () => {
  it('every hostile name is one literal string: nothing after the closing quote, no $ or ` expansion', () => {
    for (const name of [...HOSTILE, 'C:\\Users\\Sam Smith\\Downloads\\x$(calc).json']) {
      const q = quoteArg(name, 'powershell')
      const { value, rest } = powershellWord(q)
      expect(rest, q).toBe('')
      // Inside single quotes PowerShell expands nothing; doubled quotes stand for one quote.
      expect(value.replace(/[\u2018-\u201b]/g, "'"), q).toBe(name.replace(/[\u2018-\u201b]/g, "'"))
      if (!/^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/.test(name)) expect(q.startsWith("'"), q).toBe(true)
    }
  })

  it('property: any string stays one single-quoted word', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const { value, rest } = powershellWord(quoteArg(s, 'powershell'))
        expect(rest).toBe('')
        expect(value.length).toBe(s.length)
      }),
      { numRuns: 500 },
    )
  })
})

describe('pastableCommand', () => {
  const cmd = (file: string, shell: ShellKind) =>
    pastableCommand(
      [
        { literal: 'preflight ciso enroll' },
        { path: file },
        { literal: '--staff-id' },
        { arg: 'bob@c.example' },
      ],
      shell,
    )

  it('chooses PowerShell on Windows and a POSIX shell elsewhere', () => {
    expect(shellFor('win32')).toBe('powershell')
    expect(shellFor('linux')).toBe('posix')
    expect(shellFor('darwin')).toBe('posix')
  })

  it('quotes paths and arguments; a leading dash gets ./ or .\\', () => {
    expect(cmd('/in/x$(touch PWNED).json', 'posix')).toBe(
      "preflight ciso enroll '/in/x$(touch PWNED).json' --staff-id bob@c.example",
    )
    expect(cmd('-rf.json', 'posix')).toBe('preflight ciso enroll ./-rf.json --staff-id bob@c.example')
    expect(cmd('C:\\in\\x$(calc).json', 'powershell')).toBe(
      "preflight ciso enroll 'C:\\in\\x$(calc).json' --staff-id 'bob@c.example'",
    )
    expect(cmd('-rf.json', 'powershell')).toBe(
      "preflight ciso enroll '.\\-rf.json' --staff-id 'bob@c.example'",
    )
  })

  it('the whole printed command runs as intended in sh, with a hostile file that exists', () => {
    for (const name of HOSTILE.filter((n) => n !== '' && !n.includes('/'))) {
      const line = pastableCommand([{ literal: 'ls --' }, { path: name }], 'posix')
      expect(line).not.toBeNull()
      const r = spawnSync('/bin/sh', ['-c', `touch -- ${quoteArg(name, 'posix')} && ${line as string}`], {
        cwd: work,
        encoding: 'utf8',
      })
      expect(r.status, `${name}: ${r.stderr}`).toBe(0)
      rmSync(path.join(work, name.startsWith('-') ? `./${name}` : name), { force: true })
    }
    expect(existsSync(path.join(work, 'PWNED'))).toBe(false)
  })

  it('leaves the command out when a name cannot be shown exactly and safely', () => {
    for (const bad of [
      'a\nb.json',
      'a\rb.json',
      'a\u001b[2Jb.json',
      'a\u202eb.json',
      'a\u200bb.json',
      'a\tb',
    ]) {
      expect(cmd(bad, 'posix'), JSON.stringify(bad)).toBeNull()
      expect(cmd(bad, 'powershell'), JSON.stringify(bad)).toBeNull()
    }
    // fish reads a backslash inside single quotes as an escape: not printed for POSIX shells.
    expect(cmd('a\\b.json', 'posix')).toBeNull()
    expect(cmd('a\\b.json', 'powershell')).toBe(
      "preflight ciso enroll 'a\\b.json' --staff-id 'bob@c.example'",
    )
  })
})
