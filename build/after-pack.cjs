// afterPack hook (electron-builder.yml). electron-builder runs afterPack for every platform and every
// build; afterSign is skipped when nothing was signed, which is exactly the build this hook must warn
// about. It only reports, in the build log:
// - macOS: whether Apple notarization credentials are present. Notarization itself is
//   electron-builder's built-in @electron/notarize step (mac.notarize: true), which runs inside the
//   signing step, so an unsigned build is never notarized whatever the environment says.
// - every platform: package.json metadata still on the reserved example.org domain (a placeholder
//   that must be replaced before anything is published).
// It never uploads anything and never fails a build. See docs/electron-security.md, "Release and
// signing".

/** Which credential set electron-builder will use, or null when none is complete. */
function notarizationCredentials(env) {
  const has = (...names) => names.every((n) => typeof env[n] === 'string' && env[n] !== '')
  if (has('APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER')) return 'App Store Connect API key'
  if (has('APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'))
    return 'Apple ID + app-specific password'
  if (has('APPLE_KEYCHAIN', 'APPLE_KEYCHAIN_PROFILE')) return 'notarytool keychain profile'
  return null
}

/** The build-log line about notarization for a macOS build. */
function notarizationNotice(env) {
  const creds = notarizationCredentials(env)
  if (creds === null) {
    return 'notarization: no Apple credentials in the environment; this build is NOT notarized'
  }
  return `notarization: ${creds} found; electron-builder notarizes the app only if it is signed (an unsigned build is NOT notarized)`
}

/** package.json fields that still hold the reserved example.org placeholder. */
function placeholderMetadata(metadata) {
  const m = metadata ?? {}
  const fields = {
    homepage: m.homepage,
    'author.email': typeof m.author === 'object' && m.author !== null ? m.author.email : m.author,
    repository: typeof m.repository === 'object' && m.repository !== null ? m.repository.url : m.repository,
  }
  return Object.entries(fields)
    .filter(([, v]) => typeof v === 'string' && /(^|[@./])example\.(org|com|net)([/:>]|$)/i.test(v))
    .map(([k]) => k)
}

/** All lines this hook prints for one packed app. */
function buildNotices(context, env) {
  const lines = []
  if (context.electronPlatformName === 'darwin') lines.push(notarizationNotice(env))
  const placeholders = placeholderMetadata(context.packager?.info?.metadata)
  if (placeholders.length > 0) {
    lines.push(
      `release metadata: ${placeholders.join(', ')} in package.json still use the example.org placeholder; set the real values before publishing`,
    )
  }
  return lines
}

async function afterPack(context) {
  for (const line of buildNotices(context, process.env)) console.log(`  • ${line}`)
}

module.exports = {
  default: afterPack,
  notarizationCredentials,
  notarizationNotice,
  placeholderMetadata,
  buildNotices,
}
