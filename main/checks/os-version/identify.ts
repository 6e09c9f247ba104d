/**
 * Identify the OS (name, version, build) for the report header and for attestations.
 *
 * Uses the same probes as the os-version check (the engine's MemoProbe runs each command once), and
 * returns null rather than guessing when the facts cannot be read.
 */
import type { OsIdentity } from '../../../shared/check-types'
import { isMsg } from '../../../shared/i18n/msg'
import type { CheckContext } from '../types'
import { readSwVers } from './darwin'
import { DEBIAN_VERSION } from './linux'
import { readWindowsVersion } from './win32'
import { windowsDisplayName } from './windows-version'

/** macOS: {name:'macOS', version:'15.3.1', build:'24D70'} (an RSR suffix is kept: "13.3.1 (a)"). */
async function identifyDarwin(ctx: CheckContext): Promise<OsIdentity | null> {
  const sw = await readSwVers(ctx)
  if (isMsg(sw)) return null
  const version =
    sw.productVersionExtra !== null ? `${sw.productVersion} ${sw.productVersionExtra}` : sw.productVersion
  return { platform: 'darwin', name: sw.productName, version, build: sw.buildVersion }
}

/** Windows: {name:'Windows 11 Pro', version:'24H2', build:'26100.6899'}. */
async function identifyWin32(ctx: CheckContext): Promise<OsIdentity | null> {
  const v = await readWindowsVersion(ctx)
  if (isMsg(v)) return null
  return {
    platform: 'win32',
    name: windowsDisplayName(v),
    version: v.displayVersion ?? String(v.build),
    build: v.ubr !== null ? `${v.build}.${v.ubr}` : String(v.build),
  }
}

/** Linux: {name:'Debian GNU/Linux', version:'12', build:'12.11'}; Ubuntu's build is its point release. */
async function identifyLinux(ctx: CheckContext): Promise<OsIdentity | null> {
  const osr = await ctx.facts.osRelease()
  if (osr === null) return null
  const f = osr.fields
  const name = f.NAME ?? f.ID ?? 'Linux'
  const version = f.VERSION_ID ?? ''
  let build = ''
  if ((f.ID ?? '') === 'debian') {
    const dv = await ctx.probe.readFile(DEBIAN_VERSION)
    if (dv.kind === 'file' && /^\d+(\.\d+)*$/.test(dv.text.trim())) build = dv.text.trim()
  } else {
    // VERSION="24.04.3 LTS (Noble Numbat)" carries the point release on Ubuntu and derivatives.
    const m = /^(\d+(?:\.\d+)+)/.exec(f.VERSION ?? '')
    if (m && version !== '' && (m[1] as string).startsWith(version)) build = m[1] as string
  }
  return { platform: 'linux', name, version, build }
}

/** The OS identity on the context's platform, or null when it cannot be read. */
export async function identifyOs(ctx: CheckContext): Promise<OsIdentity | null> {
  switch (ctx.platform) {
    case 'darwin':
      return identifyDarwin(ctx)
    case 'win32':
      return identifyWin32(ctx)
    case 'linux':
      return identifyLinux(ctx)
  }
}
