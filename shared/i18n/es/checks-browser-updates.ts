/**
 * Spanish messages of the browser-updates check (keys as in shared/i18n/en/checks-browser-updates.ts).
 * Browser and product names, versions, dates, paths, registry keys, package and policy names stay as
 * the machine writes them (docs/i18n-es.md).
 */
import type { CHECKS_BROWSER_UPDATES_EN } from '../en/checks-browser-updates'

export const CHECKS_BROWSER_UPDATES_ES = {
  // Compartidos por las tres plataformas
  'check.browser-updates.common.requirement':
    'cada navegador instalado está como máximo {days} días por detrás de la versión más reciente de su canal, y ninguna directiva desactiva sus propias actualizaciones',
  'check.browser-updates.common.location.denied': '{path} no se puede leer',
  'check.browser-updates.common.location.unreadable': '{path} no se pudo leer',
  'check.browser-updates.common.channel.chrome': 'Chrome (canal estable)',
  'check.browser-updates.common.channel.edge': 'Edge (canal estable)',
  'check.browser-updates.common.channel.firefox': 'Firefox (canal estable)',
  'check.browser-updates.common.channel.firefox-esr': 'Firefox ESR',
  'check.browser-updates.common.channel.brave': 'Brave (canal estable)',
  'check.browser-updates.common.channel.safari': 'Safari',
  'check.browser-updates.common.track.firefoxEsr': 'Firefox ESR {branch}',
  'check.browser-updates.common.track.safari': 'Safari para macOS {major}',
  'check.browser-updates.common.release': '{version} ({date})',
  'check.browser-updates.common.releaseProjected': '{version} ({date}, fecha prevista)',
  'check.browser-updates.common.head': '{label} {version} ({where})',
  'check.browser-updates.common.by': '; {who}',
  'check.browser-updates.common.line.current':
    '{head}: al día (versión más reciente de {track}: {newest}){by}',
  'check.browser-updates.common.line.pending':
    '{head}: hay una actualización disponible, {pending}, todavía dentro del plazo de gracia de {days} días{by}',
  'check.browser-updates.common.line.behind':
    '{head}: desactualizado desde hace {days} días — lo reemplazó {outdatedBy}; la versión más reciente de {track} es {newest}{by}',
  'check.browser-updates.common.line.ended':
    '{head}: {track} ya no recibe correcciones de seguridad (último día: {end}){by}',
  'check.browser-updates.common.line.endedProjected':
    '{head}: {track} ya no recibe correcciones de seguridad (último día: {end}, fecha prevista){by}',
  'check.browser-updates.common.line.newer':
    '{head}: más nuevo que cualquier versión de {track} que Preflight conoce (la más reciente conocida es {newest}){by}',
  'check.browser-updates.common.line.stale':
    '{head}: la versión más reciente de {track} que Preflight conoce es {newest}, pero esos datos solo llegan hasta {knownThrough}{by}',
  'check.browser-updates.common.line.noData': '{head}: Preflight no tiene datos de versiones de {track}',
  'check.browser-updates.common.line.noMacos':
    '{head}: no se pudo leer la versión de macOS, así que no se puede juzgar Safari',
  'check.browser-updates.common.line.olderEnded':
    '{head}: {track} ya no recibe correcciones de seguridad (es anterior a {oldest}, cuyo soporte terminó el {end})',
  'check.browser-updates.common.line.unlisted':
    '{head}: los datos de versiones de Preflight no incluyen {track}',
  'check.browser-updates.common.reason.behind':
    '{label} {version} está desactualizado desde el {date}, más que el plazo de gracia de {days} días.',
  'check.browser-updates.common.reason.behindProjected':
    '{label} {version} está desactualizado desde el {date} (fecha de publicación prevista), más que el plazo de gracia de {days} días.',
  'check.browser-updates.common.reason.ended':
    '{track} dejó de recibir correcciones de seguridad después del {end}.',
  'check.browser-updates.common.reason.endedProjected':
    '{track} dejó de recibir correcciones de seguridad después del {end} (fecha prevista).',
  'check.browser-updates.common.reason.newer':
    '{label} {version} es más nuevo que los datos de versiones de Preflight (es una versión preliminar, o los datos están desactualizados), así que no se puede juzgar. Actualice Preflight o pida a su contacto de seguridad una política actualizada.',
  'check.browser-updates.common.reason.stale':
    'Los datos de versiones de Preflight para {track} tienen {age} días (llegan hasta {knownThrough}), así que puede haber una versión más nueva. Actualice Preflight o pida a su contacto de seguridad una política actualizada.',
  'check.browser-updates.common.reason.noData':
    'La tabla de versiones de Preflight no incluye ninguna versión publicada de {track}, así que no se puede juzgar {label}.',
  'check.browser-updates.common.reason.noMacos':
    'Safari se juzga según las actualizaciones de Safari para su versión de macOS, que no se pudo leer.',
  'check.browser-updates.common.reason.olderEndedEsr':
    '{track} es anterior a todas las ramas ESR que todavía reciben correcciones de seguridad.',
  'check.browser-updates.common.reason.olderEndedMacos':
    '{track} es anterior a todas las versiones de macOS que todavía reciben correcciones de seguridad.',
  'check.browser-updates.common.reason.newerTrack':
    '{track} no está en los datos de versiones de Preflight (es más nuevo que los datos). Actualice Preflight o pida a su contacto de seguridad una política actualizada.',
  'check.browser-updates.common.reason.unlistedTrack':
    '{track} no está en los datos de versiones de Preflight (no es una rama que Preflight conozca). Actualice Preflight o pida a su contacto de seguridad una política actualizada.',
  'check.browser-updates.common.labelled': '{label}: {detail}',
  'check.browser-updates.common.labelledSentence': '{label}: {detail}.',
  'check.browser-updates.common.sentences': '{first} {rest}',
  'check.browser-updates.common.dataAsOf.bundled':
    'datos de versiones de navegadores al {date} (incluidos en Preflight)',
  'check.browser-updates.common.dataAsOf.policy':
    'datos de versiones de navegadores al {date} (de la política de la campaña)',
  'check.browser-updates.common.name.blocked': '{label} (una directiva desactiva sus actualizaciones)',
  'check.browser-updates.common.name.version': '{label} {version}',
  'check.browser-updates.common.summary.notUpToDate': 'Navegador sin mantener al día: {names}',
  'check.browser-updates.common.summary.unreadable': 'No se pudieron leer los navegadores instalados',
  'check.browser-updates.common.summary.unconfirmed':
    'No se pudo confirmar que todos los navegadores estén al día',
  'check.browser-updates.common.summary.noneFoundHere':
    'No se encontró ningún navegador en los lugares donde Preflight busca',
  'check.browser-updates.common.summary.noneFound': 'No se encontró ningún navegador',
  'check.browser-updates.common.summary.oneUpToDate': '{name} está al día',
  'check.browser-updates.common.summary.allUpToDate': 'Los {count} navegadores están al día',
  'check.browser-updates.common.policy.state.disabled': 'desactivadas',
  'check.browser-updates.common.policy.state.enabled': 'activadas',
  'check.browser-updates.common.policy.state.manual-only': 'solo manuales',
  'check.browser-updates.common.policy.state.automatic-only': 'solo automáticas',
  'check.browser-updates.common.policy.state.machine-only': 'solo para todo el equipo',
  'check.browser-updates.common.policy.sets': '{where} pone {name} = {value}',
  'check.browser-updates.common.policy.setsState': '{where} pone {name} = {value} (actualizaciones {state})',
  'check.browser-updates.common.policy.unknownValue':
    '{where}: {name} = {value} no es un valor que Preflight conozca',
  'check.browser-updates.common.policy.updatePolicyUnreadable':
    'no se pudo leer su directiva de actualización ({why})',
  'check.browser-updates.common.policy.policiesFileUnreadable':
    'no se pudo leer su archivo de directivas ({why})',
  'check.browser-updates.common.policy.notOff': '{path} no desactiva las actualizaciones',
  'check.browser-updates.common.firefox.noVersion': '{path} no tiene una línea Version legible',
  'check.browser-updates.common.firefox.prerelease': '{path} es una versión preliminar ({version})',
  'check.browser-updates.common.parse.notJson': 'policies.json no es JSON válido',
  'check.browser-updates.common.parse.notObject': 'policies.json no es un objeto JSON',
  'check.browser-updates.common.parse.policiesNotObject': '"policies" en policies.json no es un objeto',
  'check.browser-updates.common.parse.notBoolean': '{name} vale {value}, no true ni false',

  // macOS
  'check.browser-updates.darwin.parse.notPlist': 'no es una lista de propiedades (property list)',
  'check.browser-updates.darwin.parse.noDict': 'la lista de propiedades no tiene ningún diccionario',
  'check.browser-updates.darwin.parse.notString': '{key} no es un texto (string)',
  'check.browser-updates.darwin.parse.missing': 'falta {key}',
  'check.browser-updates.darwin.binaryPlist': '{problem} (Info.plist binario en {path})',
  'check.browser-updates.darwin.notReleaseVersion':
    '{path}: la versión {version} no es una versión publicada',
  'check.browser-updates.darwin.notDictionary':
    '`{command}` mostró algo que no es un diccionario de configuración',
  'check.browser-updates.darwin.profile': 'el perfil de configuración {name}',
  'check.browser-updates.darwin.policy.notDictionary': '{where}: {name} no es un diccionario',
  'check.browser-updates.darwin.policy.unknownValue':
    '{where}: {scope} UpdateDefault = {value} no es un valor que Preflight conozca',
  'check.browser-updates.darwin.policy.setsAll':
    '{where} pone UpdateDefault = {value} (actualizaciones {state}) para todas las apps de ese actualizador',
  'check.browser-updates.darwin.policy.setsApp':
    '{where} pone UpdateDefault = {value} (actualizaciones {state}) para {app}',
  'check.browser-updates.darwin.policy.noProfile':
    '{label}: ningún perfil de configuración limita sus actualizaciones',
  'check.browser-updates.darwin.policy.profileUnreadable':
    'no se pudo leer su perfil de configuración ({why})',
  'check.browser-updates.darwin.policy.notOffManual':
    '{path} no desactiva las actualizaciones (AppAutoUpdate = false: las actualizaciones esperan a que usted las instale)',
  'check.browser-updates.darwin.firefox.prerelease':
    '{path} es una versión preliminar ({version}), no un canal de versiones publicadas',
  'check.browser-updates.darwin.safariUpdatedBy': 'se actualiza con Actualización de software',
  'check.browser-updates.darwin.reason.noneFound':
    'Safari forma parte de macOS, pero no se encontró /Applications/Safari.app/Contents/Info.plist. Compruebe que Preflight se ejecuta en la propia Mac y envíe una grabación (--record) a su contacto de seguridad.',

  // Windows
  'check.browser-updates.win32.thisUser': '{key} (este usuario)',
  'check.browser-updates.win32.reg.notDword': '{name} es {type} {value}; se esperaba un número REG_DWORD',
  'check.browser-updates.win32.reg.notString': '{name} es {type}; se esperaba un texto',
  'check.browser-updates.win32.pv.invalid': '{key}: pv: {detail}',
  'check.browser-updates.win32.pv.notVersion': '{key}: pv = {value} no es una versión',
  'check.browser-updates.win32.pv.missing': '{key}: falta pv',
  'check.browser-updates.win32.manifestNoVersion': '{path} no indica ninguna versión',
  'check.browser-updates.win32.policy.neverCheck':
    '{key} pone AutoUpdateCheckPeriodMinutes = 0 (no buscar actualizaciones nunca)',
  'check.browser-updates.win32.policy.none': '{label}: ninguna directiva de grupo limita sus actualizaciones',
  'check.browser-updates.win32.policy.nothingOff':
    '{label}: la clave de directiva de actualización no desactiva nada',
  'check.browser-updates.win32.policy.gpoUnreadable': 'no se pudo leer su directiva de grupo ({why})',
  'check.browser-updates.win32.reason.noneFound':
    'Microsoft Edge forma parte de Windows, pero no se encontró ni su registro de actualizaciones ni su carpeta de programa. Envíe una grabación (--record) a su contacto de seguridad.',

  // Linux
  'check.browser-updates.linux.label.distributionPackage': '{name} (paquete de la distribución)',
  'check.browser-updates.linux.label.mozillaDownload': '{name} (descarga de Mozilla)',
  'check.browser-updates.linux.updatedBy.system':
    'lo actualiza el gestor de paquetes del sistema (eso lo juzga la revisión “Actualizaciones automáticas”)',
  'check.browser-updates.linux.updatedBy.firefox': 'lo actualiza el propio actualizador de Firefox',
  'check.browser-updates.linux.updatedBy.snapd': 'lo actualiza snapd',
  'check.browser-updates.linux.updatedBy.flatpak':
    'lo actualiza Flatpak (GNOME Software / Discover / flatpak update)',
  'check.browser-updates.linux.package.noAnswer': '`{command}` no respondió ({error})',
  'check.browser-updates.linux.package.noVersion':
    '`{command}` no mostró ninguna versión que Preflight pueda leer',
  'check.browser-updates.linux.package.unclaimed':
    'sus archivos existen, pero ningún paquete ({package}) los reclama',
  'check.browser-updates.linux.package.noManager':
    'no hay ningún gestor de paquetes (dpkg, rpm, pacman) disponible para leer su versión',
  'check.browser-updates.linux.versionUnreadable': 'no se pudo leer su versión: {problem}',
  'check.browser-updates.linux.versionUnreadableAlso': 'no se pudo leer su versión: {problem} ({error})',
  'check.browser-updates.linux.where.package': 'paquete {name} de {manager}',
  'check.browser-updates.linux.where.flatpakUser': '{id} (Flatpak, este usuario)',
  'check.browser-updates.linux.where.flatpakSystem': '{id} (Flatpak, sistema)',
  'check.browser-updates.linux.snap.noReleaseVersion': '{path} no tiene una Version publicada',
  'check.browser-updates.linux.snap.noVersion': '{path} no tiene una versión legible',
  'check.browser-updates.linux.flatpak.noFile': '{path} no existe, así que no se puede leer la versión',
  'check.browser-updates.linux.flatpak.noVersion': '{path} no indica ninguna versión publicada',
  'check.browser-updates.linux.summary.wsl': 'Los navegadores se ejecutan en Windows, fuera de WSL',
  'check.browser-updates.linux.summary.container':
    'Los navegadores no se pueden juzgar desde dentro de un contenedor',
  'check.browser-updates.linux.observed.wsl': 'se ejecuta dentro de WSL',
  'check.browser-updates.linux.observed.container': 'se ejecuta dentro de un contenedor ({runtime})',
  'check.browser-updates.linux.unknownRuntime': 'entorno desconocido',
  'check.browser-updates.linux.reason.wsl':
    'Los navegadores que usted usa son programas de Windows; ejecute Preflight para Windows en esta computadora.',
  'check.browser-updates.linux.reason.container':
    'Nadie usa a diario un navegador dentro de un contenedor. Ejecute Preflight directamente en la laptop.',
  'check.browser-updates.linux.reason.noneFound':
    'No se encontró Chrome, Edge, Brave, Chromium ni Firefox en los lugares donde se instalan (paquetes en /opt y /usr/lib, Snap, Flatpak). Un navegador descomprimido en otro lugar (por ejemplo, en su carpeta personal) no se ve: manténgalo actualizado usted, o instale su navegador desde su distribución, Snap o Flatpak.',
} as const satisfies Readonly<Record<keyof typeof CHECKS_BROWSER_UPDATES_EN, string>>
