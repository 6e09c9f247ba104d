/**
 * Spanish messages of the os-version check (keys as in shared/i18n/en/checks-os-version.ts).
 * Versions, builds, dates, KB numbers, release and edition names, os-release fields and paths stay
 * as the machine or the OS support table writes them; menu paths as the Spanish (Latin American)
 * system shows them (docs/i18n-es.md).
 */
import type { CHECKS_OS_VERSION_EN } from '../en/checks-os-version'

export const CHECKS_OS_VERSION_ES = {
  // Shared by the three platforms
  'check.os-version.common.requirement':
    'una versión que todavía recibe actualizaciones de seguridad, y que tenga instaladas todas las actualizaciones publicadas hace más de {days} días',
  'check.os-version.common.reason.newerThanData':
    '{what} es más reciente que los datos de soporte de sistemas de Preflight (al {dataAsOf}), así que Preflight no puede saber si tiene soporte y está al día. Actualice Preflight o pida a su contacto de seguridad de la campaña una política actualizada.',
  'check.os-version.common.reason.stale':
    'Los datos de soporte de sistemas de Preflight tienen {age} días de antigüedad (al {dataAsOf}; la política permite {allowed}), así que ya no puede juzgar si este sistema tiene soporte y está al día. Actualice Preflight o pida a su contacto de seguridad de la campaña una política actualizada.',
  'check.os-version.common.projectedDate':
    '{date} (fecha estimada: el fabricante no la había publicado cuando se reunieron los datos)',
  'check.os-version.common.state.until': 'hasta el {date}',
  'check.os-version.common.observed.atLeast': 'está instalada al menos la {version} (publicada el {date})',
  'check.os-version.common.observed.noneOlder':
    'todavía ninguna actualización de {release} tiene más de {grace} días',
  'check.os-version.common.summary.current': '{release} tiene soporte y está al día',
  'check.os-version.common.summary.stale':
    '{release} tiene soporte, pero los datos de Preflight son demasiado antiguos para juzgar las actualizaciones',
  'check.os-version.common.summary.noData': 'No hay lista de actualizaciones para {release}',
  'check.os-version.common.summary.ended': '{release} ya no recibe actualizaciones de seguridad',

  // macOS
  'check.os-version.darwin.problem.notRun': 'no se pudo ejecutar sw_vers',
  'check.os-version.darwin.problem.unrecognised': '`sw_vers` mostró algo que Preflight no reconoce',
  'check.os-version.darwin.cycle': 'macOS {major} {name}',
  'check.os-version.darwin.observed.version': 'macOS {version} ({build})',
  'check.os-version.darwin.observed.ended': 'el soporte de seguridad de {release} terminó el {end}',
  'check.os-version.darwin.observed.required': 'se requiere: {version} (publicada el {date})',
  'check.os-version.darwin.summary.compat': 'macOS informó una versión de compatibilidad (10.16)',
  'check.os-version.darwin.summary.olderEnded': 'macOS {version} ya no recibe actualizaciones de seguridad',
  'check.os-version.darwin.summary.notInData': 'macOS {version} no está en los datos de soporte de Preflight',
  'check.os-version.darwin.summary.behind':
    'A macOS le faltan actualizaciones desde el {date}: la más reciente es la {newest}',
  'check.os-version.darwin.summary.unreadable': 'No se pudo leer la versión de macOS',
  'check.os-version.darwin.reason.compat':
    'macOS respondió "10.16", el número que muestra a programas antiguos cuando SYSTEM_VERSION_COMPAT está definido, así que la versión real queda oculta. Vea la versión en menú Apple > Acerca de esta Mac y vuelva a ejecutar Preflight desde una sesión normal.',
  'check.os-version.darwin.reason.olderEnded':
    'macOS {major} es anterior a {oldest}, cuyo soporte de seguridad ya terminó el {end}.',
  'check.os-version.darwin.reason.unlisted':
    'macOS {major} no es una versión que Preflight conozca (al {dataAsOf}). Consulte a su contacto de seguridad de la campaña.',
  'check.os-version.darwin.reason.ended':
    'Apple corrige los problemas de seguridad solo en las versiones de macOS con soporte; {release} dejó de recibir esas correcciones el {end}.',
  'check.os-version.darwin.reason.noData':
    'Los datos de Preflight (al {dataAsOf}) no tienen ninguna actualización de {release}, así que no puede saber si {version} es la más reciente.',
  'check.os-version.darwin.reason.behind':
    'macOS {required} se publicó el {date}, hace más de {grace} días; esta Mac tiene la {version}.',
  'check.os-version.darwin.reason.behindStale':
    'macOS {required} se publicó el {date}, hace más de {grace} días; esta Mac tiene la {version}. Los datos de Preflight son antiguos, así que también puede haber actualizaciones más recientes.',
  'check.os-version.darwin.reason.unreadable':
    '{problem|cap}. Vea la versión en menú Apple > Acerca de esta Mac y presione “Revisar de nuevo”.',

  // Windows
  'check.os-version.win32.problem.noKey': 'no se encontró en el registro la clave de la versión de Windows',
  'check.os-version.win32.parse.noBuild': 'el registro no tiene CurrentBuild',
  'check.os-version.win32.parse.badBuild': 'CurrentBuild es "{value}", que no es un número de compilación',
  'check.os-version.win32.family.home-pro': 'las ediciones Home/Pro',
  'check.os-version.win32.family.enterprise': 'las ediciones Enterprise/Education',
  'check.os-version.win32.family.ltsc': 'las ediciones LTSC',
  'check.os-version.win32.build': 'la compilación {build} de Windows',
  'check.os-version.win32.state.open': 'sin fecha de fin',
  'check.os-version.win32.state.openProjected':
    'sin fecha de fin (fecha estimada: el fabricante no la había publicado cuando se reunieron los datos)',
  'check.os-version.win32.observed.version': '{name} {displayVersion} (compilación {build})',
  'check.os-version.win32.observed.versionNoDisplay': '{name} (compilación {build})',
  'check.os-version.win32.observed.edition': 'EditionID {edition}',
  'check.os-version.win32.observed.noEdition': 'EditionID (ninguno)',
  'check.os-version.win32.observed.servicing': '{family|cap} de {release}: soporte {end}',
  'check.os-version.win32.observed.esu':
    'Actualizaciones de seguridad extendidas (ESU, hasta el {end}): hay instalada una actualización posterior a la {build}',
  'check.os-version.win32.observed.required': 'se requiere: {update}, publicada el {date}',
  'check.os-version.win32.summary.notClient': 'Las instalaciones {type} no están cubiertas',
  'check.os-version.win32.summary.olderBuild':
    'La compilación {build} de Windows ya no recibe actualizaciones de seguridad',
  'check.os-version.win32.summary.notInData':
    'La compilación {build} de Windows no está en los datos de soporte de Preflight',
  'check.os-version.win32.summary.unknownEdition': 'No se reconoce la edición "{edition}"',
  'check.os-version.win32.summary.noEdition': 'No se reconoce la edición (no tiene nombre)',
  'check.os-version.win32.summary.noDates': 'No hay fechas de soporte para {family} de {release}',
  'check.os-version.win32.summary.missing':
    'A Windows le faltan actualizaciones desde el {date}: la más reciente es la {newest}',
  'check.os-version.win32.summary.noUbr': 'No se pudo leer el nivel de actualizaciones de Windows',
  'check.os-version.win32.summary.currentEsu':
    '{release} tiene soporte (Actualizaciones de seguridad extendidas) y está al día',
  'check.os-version.win32.summary.unreadable': 'No se pudo leer la versión de Windows',
  'check.os-version.win32.reason.notClient':
    'Esta es una instalación {type} de Windows; Preflight solo juzga las ediciones de escritorio de Windows 10 y 11. Consulte a su contacto de seguridad de la campaña.',
  'check.os-version.win32.reason.olderBuild':
    'La compilación {build} es anterior a todas las versiones de Windows de los datos de Preflight, y todas ellas ya llegaron al fin del soporte para las ediciones normales.',
  'check.os-version.win32.reason.unlisted':
    'La compilación {build} no es una versión publicada de Windows que Preflight conozca (¿una compilación de Insider Preview?). Consulte a su contacto de seguridad de la campaña.',
  'check.os-version.win32.reason.unknownEdition':
    'Preflight no sabe qué fechas de soporte corresponden a la edición {edition} de {release}. Consulte a su contacto de seguridad de la campaña.',
  'check.os-version.win32.reason.noEdition':
    'Preflight no sabe qué fechas de soporte corresponden a la edición sin nombre de {release}. Consulte a su contacto de seguridad de la campaña.',
  'check.os-version.win32.reason.noDates':
    'Los datos de Preflight no indican cuándo termina el soporte de {family} de {release}. Consulte a su contacto de seguridad de la campaña.',
  'check.os-version.win32.reason.ended': 'Microsoft dejó de dar soporte a {family} de {release} el {end}.',
  'check.os-version.win32.reason.endedEsuEnded':
    'Microsoft dejó de dar soporte a {family} de {release} el {end}. Las Actualizaciones de seguridad extendidas (ESU) para estas ediciones también terminaron el {esuEnd}.',
  'check.os-version.win32.reason.endedNotEnrolled':
    'Microsoft dejó de dar soporte a {family} de {release} el {end}. Las Actualizaciones de seguridad extendidas (ESU) siguen hasta el {esuEnd}, pero esta PC no tiene ninguna actualización posterior a la {last}, así que no está inscrita en ellas.',
  'check.os-version.win32.reason.missing':
    'La actualización {update} se publicó el {date}, hace más de {grace} días; esta PC está en la {current}.',
  'check.os-version.win32.reason.missingStale':
    'La actualización {update} se publicó el {date}, hace más de {grace} días; esta PC está en la {current}. Los datos de Preflight son antiguos, así que también puede haber actualizaciones más recientes.',
  'check.os-version.win32.reason.noUbr':
    'El registro no tiene el valor UBR (el número de la actualización mensual), así que Preflight no puede saber qué actualizaciones están instaladas.',
  'check.os-version.win32.reason.noData':
    'Los datos de Preflight (al {dataAsOf}) no tienen actualizaciones mensuales para la compilación {build}, así que no puede saber si la {current} es la más reciente.',
  'check.os-version.win32.reason.unreadable':
    '{problem|cap}. Vea la versión en Configuración > Sistema > Información y presione “Revisar de nuevo”.',

  // Linux
  'check.os-version.linux.requirement':
    'una versión que todavía recibe actualizaciones de seguridad, y una actualización completa del sistema sin errores en los últimos {days} días',
  'check.os-version.linux.thisDistribution': 'esta distribución de Linux',
  'check.os-version.linux.noReleaseNumber':
    '{name} (sin número de versión: ¿una versión de prueba o de desarrollo?)',
  'check.os-version.linux.state.noEnd': 'sin fecha de fin anunciada',
  'check.os-version.linux.problem.notReadable': 'no se puede leer {path}',
  'check.os-version.linux.problem.rpmFailed': '`rpm -qa --last` falló ({error})',
  'check.os-version.linux.problem.rpmExit': '`rpm -qa --last` terminó con el código {code}',
  'check.os-version.linux.observed.release': '{name} (ID={id}, VERSION_ID={versionId})',
  'check.os-version.linux.observed.basedOn': '{name} está basado en {base}',
  'check.os-version.linux.observed.rolling':
    '{name} es una distribución de actualización continua (rolling release): no tiene fin de soporte y se juzga por la fecha de la última actualización',
  'check.os-version.linux.observed.supportEnd': 'os-release SUPPORT_END={date}',
  'check.os-version.linux.observed.support': '{release}: soporte de seguridad {end}',
  'check.os-version.linux.observed.esm':
    'Ubuntu Pro ESM Infra está activado: actualizaciones de seguridad hasta el {date}',
  'check.os-version.linux.observed.paidExtension': 'extensión de pago: {note}',
  'check.os-version.linux.observed.newerKernel':
    'el kernel {newer} está instalado, pero se está usando el {running}',
  'check.os-version.linux.observed.kernelReplaced':
    'el kernel en uso, {running}, fue reemplazado (sus módulos ya no están en /usr/lib/modules)',
  'check.os-version.linux.observed.lastUpgrade': 'última actualización: {day} ({source})',
  'check.os-version.linux.observed.noneSince':
    '{source} abarca desde el {since} hasta hoy sin ninguna actualización completa',
  'check.os-version.linux.observed.recent.one': 'última actualización: {day}, hace {count} día ({source})',
  'check.os-version.linux.observed.recent.other': 'última actualización: {day}, hace {count} días ({source})',
  'check.os-version.linux.observed.exists': '{path} existe',
  'check.os-version.linux.summary.wsl': 'Se está ejecutando dentro de WSL',
  'check.os-version.linux.summary.container': 'Se está ejecutando dentro de un contenedor',
  'check.os-version.linux.summary.noOsRelease': 'No se pudo identificar la distribución de Linux',
  'check.os-version.linux.summary.notInData': '{release} no está en los datos de soporte de Preflight',
  'check.os-version.linux.summary.staleCycle':
    '{release} tenía soporte, pero los datos de Preflight son demasiado antiguos para juzgarlo ahora',
  'check.os-version.linux.summary.unknownFamily':
    'No se pudo saber cómo instala las actualizaciones esta distribución',
  'check.os-version.linux.summary.ageUnknown':
    'No se pudo saber cuándo se actualizó el sistema por última vez',
  'check.os-version.linux.summary.old.one':
    'La última actualización del sistema fue hace {count} día ({day})',
  'check.os-version.linux.summary.old.other':
    'La última actualización del sistema fue hace {count} días ({day})',
  'check.os-version.linux.summary.noneSince':
    'No hay ninguna actualización del sistema registrada desde el {since}',
  'check.os-version.linux.summary.restart':
    'Hay actualizaciones instaladas que necesitan un reinicio para aplicarse',
  'check.os-version.linux.summary.restartUnknown': 'No se pudo saber si falta reiniciar',
  'check.os-version.linux.summary.current.one': '{release} tiene soporte y se actualizó hace {count} día',
  'check.os-version.linux.summary.current.other': '{release} tiene soporte y se actualizó hace {count} días',
  'check.os-version.linux.summary.currentEsm.one':
    '{release} tiene soporte (Ubuntu Pro ESM) y se actualizó hace {count} día',
  'check.os-version.linux.summary.currentEsm.other':
    '{release} tiene soporte (Ubuntu Pro ESM) y se actualizó hace {count} días',
  'check.os-version.linux.summary.upgraded.one': '{release} se actualizó hace {count} día',
  'check.os-version.linux.summary.upgraded.other': '{release} se actualizó hace {count} días',
  'check.os-version.linux.reason.wsl':
    'Este Linux se ejecuta dentro de Windows (WSL); el sistema operativo de la laptop es Windows. Use la versión de Preflight para Windows.',
  'check.os-version.linux.reason.container':
    'Esto es un contenedor; el sistema operativo de la laptop está fuera de él. Ejecute Preflight en la laptop misma.',
  'check.os-version.linux.reason.noOsRelease': 'No se pudo leer ni /etc/os-release ni /usr/lib/os-release.',
  'check.os-version.linux.reason.older':
    '{release} es anterior a {oldest}, cuyo soporte de seguridad ya terminó el {end}.',
  'check.os-version.linux.reason.notInData':
    '{release} no está en los datos de soporte de Preflight. Consulte a su contacto de seguridad de la campaña.',
  'check.os-version.linux.reason.supportEnd':
    'La propia distribución indica que su soporte termina el {date} (SUPPORT_END en {path}).',
  'check.os-version.linux.reason.unlisted':
    '{release} no está en la tabla de soporte de Preflight, así que Preflight no puede saber si todavía recibe actualizaciones de seguridad. Consulte a su contacto de seguridad de la campaña.',
  'check.os-version.linux.reason.ended': '{release} dejó de recibir actualizaciones de seguridad el {date}.',
  'check.os-version.linux.reason.endedExtension':
    '{release} dejó de recibir actualizaciones de seguridad el {date}. Existe {note}; Preflight vio que no está activado en esta computadora (`pro status`).',
  'check.os-version.linux.reason.unknownFamily':
    'Preflight lee el historial de actualizaciones de los sistemas con apt, dnf y pacman; {release} no usa ninguno de ellos (ID={id}, ID_LIKE={idLike}).',
  'check.os-version.linux.reason.ageProblems':
    '{problems|cap}. Instale ahora todas las actualizaciones; así Preflight verá la actualización en el registro.',
  'check.os-version.linux.reason.ageNoReach':
    'Los registros de actualizaciones no llegan lo bastante atrás. Instale ahora todas las actualizaciones; así Preflight verá la actualización en el registro.',
  'check.os-version.linux.reason.policyAge':
    'La política pide una actualización completa del sistema sin errores al menos cada {days} días.',
  'check.os-version.linux.reason.restart':
    'Hasta que la computadora se reinicie, sigue usando el kernel y las bibliotecas antiguos, sin las correcciones.',
  'check.os-version.linux.reason.restartKernel':
    'Hasta que la computadora se reinicie, sigue usando el kernel antiguo, sin las correcciones.',
  'check.os-version.linux.reason.restartUnknown':
    'No se pudo leer {path} ({error}). Reinicie la computadora y revise de nuevo.',
} as const satisfies Readonly<Record<keyof typeof CHECKS_OS_VERSION_EN, string>>
