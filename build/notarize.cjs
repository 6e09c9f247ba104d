// afterSign hook (electron-builder.yml). Notarization itself is electron-builder's built-in
// @electron/notarize step (mac.notarize: true), which runs only when Apple credentials are in the
// environment. This hook only says, in the build log, whether that will happen, so a release built
// without credentials is visibly un-notarized instead of silently so. It never uploads anything and
// never fails a build. See docs/electron-security.md, "Release and signing".

/** Which credential set electron-builder will use, or null when none is complete. */
function notarizationCredentials(env) {
  const has = (...names) => names.every((n) => typeof env[n] === 'string' && env[n] !== '')
  if (has('APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER')) return 'App Store Connect API key'
  if (has('APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'))
    return 'Apple ID + app-specific password'
  if (has('APPLE_KEYCHAIN', 'APPLE_KEYCHAIN_PROFILE')) return 'notarytool keychain profile'
  return null
}

async function afterSign(context) {
  if (context.electronPlatformName !== 'darwin') return
  const creds = notarizationCredentials(process.env)
  if (creds === null) {
    console.log('  • notarization: no Apple credentials in the environment; this build is NOT notarized')
  } else {
    console.log(`  • notarization: electron-builder will notarize with the ${creds}`)
  }
}

module.exports = { default: afterSign, notarizationCredentials }
