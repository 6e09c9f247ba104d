/**
 * No user-facing text is written in main/cli outside the catalogues: a scan of every string and
 * template literal (TypeScript's own parser, so comments and types are not read as text). Two
 * rules:
 * - no literal reads as an English phrase (two words or more), except a command's name
 *   ("ciso verify", "preflight ciso enroll": values);
 * - what is written to the user (io.stdout, io.stderr, io.prompt, askYesNo, CliError, usageError,
 *   throw) holds no letters of its own: words come from `tx.t(key)` / `cliMsg(key)`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../../../../main/cli/commands'

const ROOT = path.resolve(__dirname, '../../../..')

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  )
}

const COMMAND_NAMES = new Set(COMMANDS.flatMap((c) => [c.name, `preflight ${c.name}`]))

/** Calls whose arguments are shown to the user. */
const SINKS = /^(?:io\.(?:stdout|stderr|prompt)|askYesNo|usageError|CliError|Error)$/

/** The text of a literal (template holes as `{}`), or null for other nodes. */
function literal(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('{}')
  return null
}

/** Literals of an expression that end up in its string value (not those inside nested calls). */
function ownLiterals(node: ts.Node): string[] {
  const text = literal(node)
  if (text !== null) return [text]
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return [...ownLiterals(node.left), ...ownLiterals(node.right)]
  if (ts.isConditionalExpression(node)) return [...ownLiterals(node.whenTrue), ...ownLiterals(node.whenFalse)]
  if (ts.isParenthesizedExpression(node)) return ownLiterals(node.expression)
  return []
}

export function literalProblems(source: string, file = 'x.ts'): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true)
  const out: string[] = []
  const visit = (node: ts.Node): void => {
    const text = literal(node)
    if (
      text !== null &&
      !ts.isImportDeclaration(node.parent) &&
      !ts.isExportDeclaration(node.parent) &&
      /[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}/.test(text) &&
      !COMMAND_NAMES.has(text)
    )
      out.push(`phrase: ${JSON.stringify(text)}`)
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression.getText(sf)
      if (SINKS.test(callee))
        for (const arg of node.arguments ?? [])
          for (const t of ownLiterals(arg))
            if (/[A-Za-z]/.test(t)) out.push(`${callee}: ${JSON.stringify(t)}`)
    }
    if (ts.isThrowStatement(node))
      for (const t of ownLiterals(node.expression))
        if (/[A-Za-z]/.test(t)) out.push(`throw: ${JSON.stringify(t)}`)
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return out
}

const sorted = (source: string) => literalProblems(source).sort()

describe('main/cli writes no text of its own', () => {
  it('the scan finds phrases and words written to the user, and passes keys, values and names', () => {
    expect(sorted(`io.stdout('Wrote the file\\n')`)).toEqual([
      'io.stdout: "Wrote the file\\n"',
      'phrase: "Wrote the file\\n"',
    ])
    expect(sorted('io.stderr(`Done: ${file}\\n`)')).toEqual(['io.stderr: "Done: {}\\n"'])
    expect(sorted(`throw usageError('--yes' + ' required')`)).toEqual([
      'usageError: " required"',
      'usageError: "--yes"',
    ])
    expect(sorted(`throw new CliError(\`\${what} is gone\`, 1)`)).toEqual([
      'CliError: "{} is gone"',
      'phrase: "{} is gone"',
    ])
    expect(
      sorted(
        "io.stdout(tx.t('cli.check.header', { id }) + '\\n'); const name = 'ciso verify'; io.stdout(`  ${x}\\n`)",
      ),
    ).toEqual([])
  })

  it('holds for every file of main/cli', () => {
    const offenders = files(path.join(ROOT, 'main/cli')).flatMap((file) =>
      literalProblems(readFileSync(file, 'utf8'), file).map((p) => `${path.relative(ROOT, file)}: ${p}`),
    )
    expect(offenders).toEqual([])
  })
})
