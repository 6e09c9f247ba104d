/**
 * Spanish words of the command line (keys as in shared/i18n/en/cli.ts). Check ids, commands,
 * options, OS names, versions and dates stay as the machine writes them.
 */
import type { CLI_EN } from '../en/cli'
import { CLI_CISO_ES } from './cli-ciso'
import { CLI_HELP_ES } from './cli-help'
import { CLI_STAFF_ES } from './cli-staff'
import { CLI_USAGE_ES } from './cli-usage'

export const CLI_ES = {
  ...CLI_HELP_ES,
  ...CLI_USAGE_ES,
  ...CLI_STAFF_ES,
  ...CLI_CISO_ES,
  'cli.global.langHelp':
    'Opción global: --lang {languages}   idioma de la salida (por defecto: LANGUAGE, LC_ALL, LC_MESSAGES o LANG)',
  'cli.global.langUnknown': '--lang: idioma desconocido "{value}" (disponibles: {languages})',
  'cli.global.langMissing': '--lang necesita un idioma: {languages}',

  'cli.status.pass': 'BIEN',
  'cli.status.fail': 'FALLA',
  'cli.status.unknown': 'NO SE SABE',
  'cli.status.not-applicable': 'NO APLICA',

  'cli.check.header': 'Preflight {version}: {details}',
  'cli.check.unknownOs': 'sistema operativo desconocido',
  'cli.check.desktop': 'escritorio {desktop}',
  'cli.check.host.vm': 'en una máquina virtual',
  'cli.check.host.container': 'en un contenedor',
  'cli.check.host.wsl': 'en WSL',
  'cli.check.replayed': 'Reproducido de una transcripción grabada el {time}',
  'cli.check.policy': 'Política {id} v{version}; datos de soporte del sistema al {date}',
  'cli.check.line': '{status} {id}: {summary}',
  'cli.check.line.recommended': '{status} {id} (recomendada): {summary}',
  'cli.check.line.off': '{status} {id} (desactivada en la política): {summary}',
  'cli.check.seen': 'visto: {text}',
  'cli.check.required': 'se pide: {text}',
  'cli.check.why': 'por qué: {text}',
  'cli.check.fix': 'cómo arreglarlo: preflight fix {id}',
  'cli.check.overall.pass': 'Resultado: BIEN. Todas las revisiones obligatorias pasan.',
  'cli.check.overall.fail':
    'Resultado: FALLA. Algunas revisiones obligatorias fallan. Ejecute `preflight fix <revisión>` para ver los pasos.',
  'cli.check.overall.unknown':
    'Resultado: NO SE SABE. Ninguna revisión obligatoria falla, pero algunas no se pudieron confirmar.',
  'cli.check.progress.start.one': 'Revisando {count} configuración…',
  'cli.check.progress.start.other': 'Revisando {count} configuraciones…',
  'cli.check.progress.line': '[{done}/{total}] {id}: {status} ({ms} ms)',

  'cli.device.firmware.uefi': 'arranque UEFI',
  'cli.device.firmware.legacy': 'arranque BIOS heredado',
  'cli.device.firmware.apple-silicon': 'arranque de Apple silicon',
  'cli.device.noAnswer.timeout': 'Equipo: systeminformation no respondió a tiempo (solo descriptivo)',
  'cli.device.noAnswer.error': 'Equipo: systeminformation no pudo responder (solo descriptivo)',
  'cli.device.noAnswerFirmware.timeout':
    'Equipo: systeminformation no respondió a tiempo; {firmware} (solo descriptivo)',
  'cli.device.noAnswerFirmware.error':
    'Equipo: systeminformation no pudo responder; {firmware} (solo descriptivo)',
  'cli.device.unknownModel': 'modelo desconocido',
  'cli.device.chassis.laptop': 'laptop',
  'cli.device.chassis.desktop': 'computadora de escritorio',
  'cli.device.chassis.other': 'otro',
  'cli.device.chassisType': '{chassis} ({type})',
  'cli.device.virtual': 'máquina virtual',
  'cli.device.virtualHost': 'máquina virtual ({host})',
  'cli.device.line': 'Equipo: {parts} (systeminformation, solo descriptivo)',
  'cli.device.line.confirms':
    'Equipo: {parts} (systeminformation, solo descriptivo; confirma el tipo de equipo {kind})',
  'cli.device.line.contradicts':
    'Equipo: {parts} (systeminformation, solo descriptivo; CONTRADICE el tipo de equipo {kind})',

  'cli.practices.found': 'encontrado en esta laptop',
  'cli.practices.notFound': 'no encontrado en esta laptop',
  'cli.practices.unknown': 'no se pudo medir',
  'cli.practices.confirmed': 'confirmado por usted',
  'cli.practices.confirmedNotFound': 'confirmado por usted (Preflight: no encontrado en esta laptop)',
  'cli.practices.confirmedUnknown': 'confirmado por usted (Preflight: no se pudo medir)',
  'cli.practices.notConfirmed': 'sin confirmar',
  'cli.practices.check.heading':
    'Prácticas que pide su campaña (no forman parte del resultado de arriba; `preflight attest` las registra):',
  'cli.practices.check.line': '{icon} {id}: {answer}',
  'cli.practices.check.line.recommended': '{icon} {id} (recomendada): {answer}',
  'cli.practices.check.result.pass': 'Prácticas: BIEN',
  'cli.practices.check.result.fail':
    'Prácticas: FALLA (confirme con --confirm ID, o responda las preguntas de `preflight attest`)',
  'cli.practices.check.result.incomplete':
    'Prácticas: INCOMPLETAS (confirme con --confirm ID, o responda las preguntas de `preflight attest`)',
  'cli.practices.check.howTo':
    'Por qué importa cada una y cómo hacerla: preflight fix <id>, por ejemplo preflight fix {id}',
} as const satisfies Readonly<Record<keyof typeof CLI_EN, string>>
