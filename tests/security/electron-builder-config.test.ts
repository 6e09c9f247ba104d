/**
 * electron-builder.yml: valid against electron-builder's own JSON schema (the installed
 * app-builder-lib/scheme.json), and the security settings are what docs/electron-security.md says.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as path from 'node:path'
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const yaml = require('js-yaml') as { load: (text: string) => unknown }
const root = path.resolve(__dirname, '../..')
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object
const notarize = require(path.join(root, 'build/notarize.cjs')) as {
  notarizationCredentials: (env: Record<string, string | undefined>) => string | null
  default: (ctx: { electronPlatformName: string }) => Promise<void>
}

function get(pathSpec: string): unknown {
  return pathSpec
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], config)
}

describe('electron-builder.yml', () => {
  it('validates against electron-builder 26 scheme.json', () => {
    const ajv = new Ajv({ allErrors: true, strict: false })
    const validate = ajv.compile(schema)
    const ok = validate(config)
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([])
    expect(ok).toBe(true)
  })

  it('rejects a config the schema forbids (the validator is live)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false })
    expect(ajv.compile(schema)({ ...config, notAnOption: true })).toBe(false)
  })

  it('packs only built output into an asar archive', () => {
    expect(config['appId']).toBe('org.preflight.desktop')
    expect(config['productName']).toBe('Preflight')
    expect(config['asar']).toBe(true)
    const files = config['files'] as string[]
    expect(files).toEqual(
      expect.arrayContaining(['package.json', 'dist/electron/**/*.cjs', 'dist/renderer/**/*']),
    )
    for (const excluded of ['!**/*.map', '!**/*.ts', '!tests/**', '!main/**', '!node_modules/**']) {
      expect(files).toContain(excluded)
    }
    expect(config['disableAsarIntegrity']).toBeUndefined()
  })

  it('sets every fuse to its hardened value', () => {
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('macOS: hardened runtime, dmg + zip, entitlements limited to allow-jit', () => {
    expect(get('mac.hardenedRuntime')).toBe(true)
    const targets = (get('mac.target') as { target: string }[]).map((t) => t.target)
    expect(targets.sort()).toEqual(['dmg', 'zip'])
    const plist = readFileSync(path.join(root, String(get('mac.entitlements'))), 'utf8').replace(
      /<!--[\s\S]*?-->/g,
      '',
    )
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])
    expect(keys).toEqual(['com.apple.security.cs.allow-jit'])
    expect(get('mac.entitlementsInherit')).toBe(get('mac.entitlements'))
  })

  it('Windows: per-user NSIS without elevation', () => {
    expect((get('win.target') as { target: string }[]).map((t) => t.target)).toEqual(['nsis'])
    expect(get('nsis.oneClick')).toBe(false)
    expect(get('nsis.perMachine')).toBe(false)
    expect(get('nsis.allowElevation')).toBe(false)
  })

  it('Linux: AppImage and deb', () => {
    expect(get('linux.target')).toEqual(['AppImage', 'deb'])
  })

  it('notarization hook only reports whether credentials are complete', async () => {
    expect(get('afterSign')).toBe('build/notarize.cjs')
    expect(notarize.notarizationCredentials({})).toBeNull()
    expect(notarize.notarizationCredentials({ APPLE_ID: 'a', APPLE_TEAM_ID: 't' })).toBeNull()
    expect(
      notarize.notarizationCredentials({
        APPLE_API_KEY: 'k.p8',
        APPLE_API_KEY_ID: 'id',
        APPLE_API_ISSUER: 'iss',
      }),
    ).toBe('App Store Connect API key')
    await expect(notarize.default({ electronPlatformName: 'linux' })).resolves.toBeUndefined()
  })
})
