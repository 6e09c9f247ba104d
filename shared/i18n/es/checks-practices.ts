/**
 * Spanish messages of the practice measurements (keys as in shared/i18n/en/checks-practices.ts).
 * Product names, install locations, paths, registry keys and values stay as the machine writes them
 * (docs/i18n-es.md).
 */
import type { CHECKS_PRACTICES_EN } from '../en/checks-practices'

export const CHECKS_PRACTICES_ES = {
  // The runner (main/practices/index.ts)
  'measure.common.summary.failed': 'No se pudo medir',
  'measure.common.reason.failed': '{problem|cap}. Si corresponde, confírmelo usted.',
  'measure.common.problem.timeout': 'sin respuesta en {seconds} s',
  'measure.common.problem.internalError': 'error interno: {message}',

  // Is an app installed? (main/practices/presence.ts)
  'measure.presence.what.signal-desktop': 'Signal Desktop',
  'measure.presence.what.password-manager': 'un administrador de contraseñas',
  'measure.presence.summary.found.one': '{names} está instalado',
  'measure.presence.summary.found.other': '{names} están instalados',
  'measure.presence.summary.notFound': 'No se encontró {what} en ninguna ubicación de instalación conocida',
  'measure.presence.summary.unknown': 'No se pudo saber si {what} está instalado',
  'measure.presence.observed.foundAt': '{product} en {location}',
  'measure.presence.observed.notAt': 'no está en {absent} de {total} ubicaciones conocidas',
  'measure.presence.observed.lookedAt.one': 'se revisó {count} ubicación de instalación conocida',
  'measure.presence.observed.lookedAt.other': 'se revisaron {count} ubicaciones de instalación conocidas',
  'measure.presence.problem.unset': '{location}: la variable de la carpeta no está definida',
  'measure.presence.problem.denied': '{location}: permiso denegado',
  'measure.presence.problem.error': '{location}: no se pudo revisar',
  'measure.presence.reason.unknown':
    'No se pudieron revisar algunas ubicaciones de instalación ({problems}). Si está instalado, confírmelo usted.',

  // Find My (main/practices/find-my.ts)
  'measure.find-my.common.summary.unknown': 'No se pudo saber si Encontrar está activado',
  'measure.find-my.common.reason.unknown': '{problem|cap}. Si Encontrar está activado, confírmelo usted.',
  'measure.find-my.darwin.problem.noHome':
    'HOME no está definido, así que no se encontró la configuración de iCloud',
  'measure.find-my.darwin.problem.notReadable': 'no se puede leer {path}',
  'measure.find-my.darwin.problem.notLooked': 'no se pudo revisar {path}',
  'measure.find-my.darwin.problem.unexpected': '`{command}` mostró algo inesperado',
  'measure.find-my.darwin.summary.noAccountFile':
    'Encontrar mi Mac está desactivado (este usuario de la Mac no tiene cuenta de iCloud)',
  'measure.find-my.darwin.summary.signedOut':
    'Encontrar mi Mac está desactivado (no hay ninguna sesión de iCloud iniciada)',
  'measure.find-my.darwin.summary.on': 'Encontrar mi Mac está activado',
  'measure.find-my.darwin.summary.off': 'Encontrar mi Mac está desactivado',
  'measure.find-my.darwin.observed.noAccount': 'la configuración de iCloud no tiene ninguna cuenta',
  'measure.find-my.darwin.observed.enabled': 'servicio de iCloud FIND_MY_MAC: activado',
  'measure.find-my.darwin.observed.notEnabled': 'servicio de iCloud FIND_MY_MAC: desactivado',
  'measure.find-my.win32.summary.policyOff': 'Una directiva de esta PC desactiva Encontrar mi dispositivo',
  'measure.find-my.win32.summary.on': 'Encontrar mi dispositivo está activado',
  'measure.find-my.win32.summary.off': 'Encontrar mi dispositivo está desactivado',
  'measure.find-my.win32.observed.policyOff': 'AllowFindMyDevice = 0',
  'measure.find-my.win32.observed.value': '{key}\\LocationSyncEnabled: {value}',
  'measure.find-my.win32.state.notSet': 'sin definir',
  'measure.find-my.linux.summary.none': 'Linux no tiene un servicio Encontrar integrado',
  'measure.find-my.linux.reason.none':
    'En Linux no hay nada que Preflight pueda revisar; confírmelo usted si su contacto de seguridad de la campaña preparó otra forma de ubicar o borrar esta laptop.',
} as const satisfies Readonly<Record<keyof typeof CHECKS_PRACTICES_EN, string>>
