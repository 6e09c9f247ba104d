/**
 * Spanish messages of the check engine and the shared helpers (keys as in
 * shared/i18n/en/checks-common.ts). Commands and paths stay as the machine writes them.
 */
import type { CHECKS_COMMON_EN } from '../en/checks-common'

export const CHECKS_COMMON_ES = {
  'check.engine.timeout.summary': 'La revisión tardó demasiado y se detuvo',
  'check.engine.timeout.reason':
    'No hubo respuesta en {seconds} s. Revise de nuevo; si vuelve a pasar, grabe una transcripción (--record) y envíela a su contacto de seguridad.',
  'check.engine.error.summary': 'No se pudo completar la revisión',
  'check.engine.error.reason':
    'Error interno: {message}. Es una falla de Preflight; repórtela junto con una transcripción (--record).',
  'check.engine.off.summary':
    'No se revisó: la política de su campaña desactiva esta revisión en este sistema',
  'check.engine.off.reason':
    'La política de la campaña pone esta revisión en "off" aquí, así que Preflight no la miró.',

  'check.common.command.notAvailable': '`{command}` no está disponible en esta computadora',
  'check.common.command.timedOut': '`{command}` no terminó a tiempo y se detuvo',
  'check.common.command.denied': '`{command}` no se pudo ejecutar (permiso denegado)',
  'check.common.command.tooMuchOutput': '`{command}` mostró más texto del esperado',
  'check.common.command.killed': '`{command}` se interrumpió antes de terminar',
  'check.common.command.failedToRun': '`{command}` no se pudo ejecutar',
  'check.common.command.exitCode': '`{command}` terminó con el código {code}',

  'check.common.file.missing': '{path} no existe',
  'check.common.file.denied': '{path} no se puede leer sin permisos de administrador',
  'check.common.file.unreadable': '{path} no se pudo leer',

  'check.common.reg.accessDenied': '`{command}` fue rechazado: acceso denegado',
  'check.common.reg.cutMidLine': 'la salida de `{command}` terminó a mitad de una línea',
  'check.common.reg.noKey': '`{command}` no mostró ninguna clave del registro',
  'check.common.reg.invalidDword': '{name} es {type} {value}, y se esperaba un número REG_DWORD',
  'check.common.reg.invalidString': '{name} es {type}, y se esperaba un texto',
  'check.common.reg.invalidInteger': '{name} es {type} {value}, y se esperaba un número',
  'check.common.win32.edition': '{edition}',
  'check.common.win32.editionWithId': '{edition} (EditionID {id})',

  'check.common.softwareUpdate.notDictionary':
    '`{command}` mostró algo que no es un diccionario de configuración',

  'check.common.noAnswer': 'sin respuesta',
  'check.common.notRun': 'no se ejecutó',
  'check.common.macosVersion': 'macOS {version}',
} as const satisfies Readonly<Record<keyof typeof CHECKS_COMMON_EN, string>>
