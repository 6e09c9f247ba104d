/**
 * electron-builder.yml: valid against electron-builder's own JSON schema (the installed
 * app-builder-lib/scheme.json), and the security settings are what docs/electron-security.md says.
 * The second half runs electron-builder 26's own code on this project (Packager.validateConfig, the
 * platform packagers, the deb and NSIS targets) up to the point where it would need the Electron
 * binary, so metadata and installer settings are checked the way a real build checks them.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as path from 'node:path'
import Ajv from 'ajv'
import { describe, expect, it, vi } from 'vitest'

const require = createRequire(import.meta.url)
const yaml = require('js-yaml') as { load: (text: string) => unknown }
const root = path.resolve(__dirname, '../..')
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object
const afterPackHook = require(path.join(root, 'build/after-pack.cjs')) as {
  notarizationCredentials: (env: Record<string, string | undefined>) => string | null
  notarizationNotice: (env: Record<string, string | undefined>) => string
  placeholderMetadata: (metadata: unknown) => string[]
  buildNotices: (ctx: Record<string, unknown>, env: Record<string, string | undefined>) => string[]
  default: (ctx: Record<string, unknown>) => Promise<void>
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

  it('sets every fuse to its hardened value and resets the ad-hoc signature on macOS', () => {
    expect(config['electronFuses']).toEqual({
      resetAdHocDarwinSignature: true,
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

  it('Windows: one-click per-user NSIS without elevation', () => {
    expect((get('win.target') as { target: string }[]).map((t) => t.target)).toEqual(['nsis'])
    expect(get('nsis.oneClick')).toBe(true)
    expect(get('nsis.perMachine')).toBe(false)
    expect(get('nsis.allowElevation')).toBe(false)
    expect(get('nsis.packElevateHelper')).toBe(false)
    expect(get('nsis.allowToChangeInstallationDirectory')).toBeUndefined()
  })

  it('Linux: only the deb (AppImage aborts under Ubuntu 24.04+ AppArmor), with the default depends', () => {
    expect(get('linux.target')).toEqual(['deb'])
    expect(get('deb.depends')).toBeUndefined()
    expect(get('linux.depends')).toBeUndefined()
  })

  it('reports notarization from afterPack, which runs for unsigned builds too (afterSign does not)', async () => {
    expect(get('afterSign')).toBeUndefined()
    expect(get('afterPack')).toBe('build/after-pack.cjs')
    expect(afterPackHook.notarizationCredentials({})).toBeNull()
    expect(afterPackHook.notarizationCredentials({ APPLE_ID: 'a', APPLE_TEAM_ID: 't' })).toBeNull()
    expect(
      afterPackHook.notarizationCredentials({
        APPLE_API_KEY: 'k.p8',
        APPLE_API_KEY_ID: 'id',
        APPLE_API_ISSUER: 'iss',
      }),
    ).toBe('App Store Connect API key')
    expect(afterPackHook.notarizationNotice({})).toMatch(/NOT notarized/)
    expect(afterPackHook.notarizationNotice({ APPLE_KEYCHAIN: 'k', APPLE_KEYCHAIN_PROFILE: 'p' })).toMatch(
      /keychain profile found; .*only if it is signed/,
    )
    expect(afterPackHook.buildNotices({ electronPlatformName: 'linux' }, {})).toEqual([])
    expect(afterPackHook.placeholderMetadata({ homepage: 'https://preflight.example.org/' })).toEqual([
      'homepage',
    ])
    expect(
      afterPackHook.placeholderMetadata({
        homepage: 'https://campaign.test/',
        author: { name: 'x', email: 'it@campaign.test' },
      }),
    ).toEqual([])
  })
})

/** The parts of electron-builder's objects these tests touch (its .d.ts marks some private). */
interface BuilderPackager {
  validateConfig(): Promise<void>
  createHelper(platform: unknown): Promise<PlatformHelper>
  addPackagerEventHandlers(): Promise<void>
  emitAfterPack(context: Record<string, unknown>): Promise<void>
  filterPackagerEventListeners(event: string, type: string): unknown[]
  readonly config: { electronFuses?: Record<string, unknown> }
  readonly metadata: Record<string, unknown>
  _appInfo: unknown
}
interface PlatformHelper {
  generateFuseConfig(fuses: Record<string, unknown>): Promise<Record<string, unknown>>
}
interface AppBuilderLib {
  Packager: new (options: Record<string, unknown>) => BuilderPackager
  AppInfo: new (packager: BuilderPackager, buildVersion: null) => unknown
  Platform: Record<'LINUX' | 'WINDOWS' | 'MAC', { createTarget(name: string): unknown }>
}
const builder = require('app-builder-lib') as AppBuilderLib
const FpmTarget = (
  require('app-builder-lib/out/targets/FpmTarget') as {
    default: new (
      name: string,
      packager: PlatformHelper,
      helper: null,
      outDir: string,
    ) => {
      readonly options: Record<string, unknown>
      checkOptions(): Promise<{ maintainer: string; url: string; vendor: string }>
      getDefaultDepends(target: string): string[]
    }
  }
).default
const { NsisTarget } = require('app-builder-lib/out/targets/nsis/NsisTarget') as {
  NsisTarget: new (
    packager: PlatformHelper,
    outDir: string,
    name: string,
    helper: { refCount: number },
  ) => {
    readonly options: Record<string, unknown>
    configureDefines(oneClick: boolean, defines: Record<string, unknown>): Promise<void>
  }
}

/** electron-builder's Packager for this project, configured and validated, before any download. */
async function projectPackager(platform: 'LINUX' | 'WINDOWS' | 'MAC', target: string) {
  const packager = new builder.Packager({
    projectDir: root,
    config: path.join(root, 'electron-builder.yml'),
    targets: builder.Platform[platform].createTarget(target),
  })
  await packager.validateConfig()
  packager._appInfo = new builder.AppInfo(packager, null)
  return { packager, helper: await packager.createHelper(builder.Platform[platform]) }
}

describe('electron-builder 26 run on this project (no Electron download)', () => {
  it('deb: package.json gives the homepage and a "name <email>" maintainer the deb needs', async () => {
    const { helper } = await projectPackager('LINUX', 'deb')
    const deb = new FpmTarget('deb', helper, null, path.join(root, 'release'))
    // FpmTarget.checkOptions is what stops `electron-builder --linux deb` with
    // "Please specify project homepage" / "Please specify author 'email'".
    const meta = await deb.checkOptions()
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>
    expect(pkg['homepage']).toMatch(/^https:\/\//)
    expect(pkg['author']).toMatchObject({ name: expect.any(String), email: expect.stringMatching(/@/) })
    expect(pkg['repository']).toMatchObject({ type: 'git', url: expect.stringMatching(/^https:\/\//) })
    expect(meta.url).toBe(pkg['homepage'])
    const author = pkg['author'] as { name: string; email: string }
    expect(meta.maintainer).toBe(`${author.name} <${author.email}>`)
    // No custom depends: electron-builder falls back to its own list, which includes the keyring.
    expect(deb.options['depends']).toBeUndefined()
    expect(deb.getDefaultDepends('deb')).toEqual(
      expect.arrayContaining(['libgtk-3-0', 'libnss3', 'libsecret-1-0', 'xdg-utils']),
    )
  })

  it('NSIS: one-click, per-user only, no "all users" mode and no elevation', async () => {
    const { helper } = await projectPackager('WINDOWS', 'nsis')
    const nsis = new NsisTarget(helper, path.join(root, 'release'), 'nsis', { refCount: 0 })
    const defines: Record<string, unknown> = {}
    await nsis.configureDefines(nsis.options['oneClick'] !== false, defines)
    expect(Object.keys(defines)).toContain('ONE_CLICK')
    for (const perMachine of [
      'INSTALL_MODE_PER_ALL_USERS',
      'INSTALL_MODE_PER_ALL_USERS_DEFAULT',
      'INSTALL_MODE_PER_ALL_USERS_REQUIRED',
      'MULTIUSER_INSTALLMODE_ALLOW_ELEVATION',
      'allowToChangeInstallationDirectory',
    ]) {
      expect(Object.keys(defines), perMachine).not.toContain(perMachine)
    }
  })

  it('fuses: electron-builder hands @electron/fuses the hardened wire and the ad-hoc re-sign', async () => {
    const { packager, helper } = await projectPackager('LINUX', 'deb')
    const fuses = await helper.generateFuseConfig(packager.config.electronFuses ?? {})
    const { FuseV1Options } = (await import('@electron/fuses')) as unknown as {
      FuseV1Options: Record<string, number>
    }
    const wire = (name: string): unknown => fuses[String(FuseV1Options[name])]
    expect(fuses['resetAdHocDarwinSignature']).toBe(true)
    expect(wire('RunAsNode')).toBe(false)
    expect(wire('EnableNodeOptionsEnvironmentVariable')).toBe(false)
    expect(wire('EnableNodeCliInspectArguments')).toBe(false)
    expect(wire('EnableEmbeddedAsarIntegrityValidation')).toBe(true)
    expect(wire('OnlyLoadAppFromAsar')).toBe(true)
    expect(wire('GrantFileProtocolExtraPrivileges')).toBe(false)
  })

  it('the notarization notice is an afterPack hook electron-builder runs for an unsigned macOS pack', async () => {
    const { packager } = await projectPackager('LINUX', 'deb')
    await packager.addPackagerEventHandlers()
    expect(packager.filterPackagerEventListeners('afterSign', 'user')).toHaveLength(0)
    const logged: string[] = []
    const spy = vi.spyOn(console, 'log').mockImplementation((line: unknown) => void logged.push(String(line)))
    const saved = { ...process.env }
    try {
      for (const k of Object.keys(process.env)) if (k.startsWith('APPLE_')) delete process.env[k]
      await packager.emitAfterPack({ electronPlatformName: 'darwin', packager: { info: packager } })
    } finally {
      process.env = saved
      spy.mockRestore()
    }
    expect(logged.join('\n')).toMatch(/notarization: no Apple credentials .*NOT notarized/)
    // package.json still carries the reserved example.org placeholders; the log says so.
    expect(logged.join('\n')).toMatch(/release metadata: homepage, author\.email, repository .*placeholder/)
  })
})
