/**
 * The user's Preflight configuration folder, where keys, pinned CISO keys and staff state live.
 *
 * `PREFLIGHT_HOME` wins (tests use temporary folders; a staffer can point it at an encrypted volume);
 * otherwise the platform's usual per-user config location. The folder is created private (0700) so
 * other users of the machine cannot list or read keys.
 */
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

export interface ConfigDirInput {
  readonly env: NodeJS.ProcessEnv
  readonly platform?: NodeJS.Platform
  readonly home?: string
}

/** Where the config folder is (not created). */
export function configDir({ env, platform = process.platform, home = os.homedir() }: ConfigDirInput): string {
  const override = env['PREFLIGHT_HOME']
  if (override !== undefined && override !== '') return path.resolve(override)
  if (platform === 'win32') {
    const appData = env['APPDATA']
    return path.win32.join(
      appData !== undefined && appData !== '' ? appData : path.win32.join(home, 'AppData', 'Roaming'),
      'Preflight',
    )
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Preflight')
  const xdg = env['XDG_CONFIG_HOME']
  // The XDG spec says relative values are invalid and must be ignored.
  const base = xdg !== undefined && xdg.startsWith('/') ? xdg : path.posix.join(home, '.config')
  return path.posix.join(base, 'preflight')
}

/**
 * Create the config folder (and parents) if needed and make sure it is private. An existing folder
 * that others can read is tightened to 0700 on POSIX systems.
 */
export async function ensureConfigDir(input: ConfigDirInput): Promise<string> {
  const dir = configDir(input)
  await fs.mkdir(dir, { recursive: true, mode: 0o700 })
  if (process.platform !== 'win32') {
    try {
      const st = await fs.stat(dir)
      if ((st.mode & 0o077) !== 0) await fs.chmod(dir, 0o700)
    } catch {
      // A folder we do not own (PREFLIGHT_HOME=/somewhere/shared): key files are 0600 regardless.
    }
  }
  return dir
}
