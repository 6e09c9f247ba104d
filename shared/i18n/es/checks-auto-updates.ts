/**
 * Spanish messages of the auto-updates check (keys as in shared/i18n/en/checks-auto-updates.ts).
 * Setting and value names, unit names, service states, dates and paths stay as the machine writes
 * them; menu paths as the Spanish (Latin American) system shows them (docs/i18n-es.md).
 */
import type { CHECKS_AUTO_UPDATES_EN } from '../en/checks-auto-updates'

export const CHECKS_AUTO_UPDATES_ES = {
  // macOS
  'check.auto-updates.darwin.requirement':
    'están activadas la búsqueda, la descarga y la instalación automáticas de las respuestas de seguridad y los archivos del sistema',
  'check.auto-updates.darwin.place.modern': 'Configuración del Sistema › General › Actualización de software',
  'check.auto-updates.darwin.place.macos12': 'Preferencias del Sistema › Actualización de software',
  'check.auto-updates.darwin.key.AutomaticCheckEnabled': 'buscar actualizaciones',
  'check.auto-updates.darwin.key.AutomaticDownload':
    'descargar nuevas actualizaciones cuando estén disponibles',
  'check.auto-updates.darwin.key.CriticalUpdateInstall':
    'instalar respuestas de seguridad (actualizaciones de seguridad)',
  'check.auto-updates.darwin.key.ConfigDataInstall': 'instalar archivos de datos del sistema',
  'check.auto-updates.darwin.key.AutomaticallyInstallMacOSUpdates': 'instalar actualizaciones de macOS',
  'check.auto-updates.darwin.state.on': 'activado',
  'check.auto-updates.darwin.state.off': 'desactivado',
  'check.auto-updates.darwin.state.notSet': 'sin definir',
  'check.auto-updates.darwin.state.invalid': 'valor ilegible',
  'check.auto-updates.darwin.observed.setting': '{setting}: {value}',
  'check.auto-updates.darwin.observed.settingManaged':
    '{setting}: {value} (lo fija un perfil de configuración)',
  'check.auto-updates.darwin.observed.settingDefault': '{setting}: {value} (valor predeterminado de macOS)',
  'check.auto-updates.darwin.observed.managed':
    'un perfil de configuración administra Actualización de software',
  'check.auto-updates.darwin.observed.lastCheck':
    'última búsqueda completa de actualizaciones sin errores: {date}',
  'check.auto-updates.darwin.summary.managedUnreadable':
    'No se pudo leer la configuración de actualizaciones impuesta en esta Mac',
  'check.auto-updates.darwin.summary.partlyOff':
    'Las actualizaciones automáticas están desactivadas en parte: {settings}',
  'check.auto-updates.darwin.summary.unreadable':
    'No se pudo leer la configuración de Actualización de software',
  'check.auto-updates.darwin.summary.unclear':
    'No se pudo leer cada una de las opciones de actualización automática',
  'check.auto-updates.darwin.summary.on': 'Las actualizaciones automáticas están activadas',
  'check.auto-updates.darwin.reason.managedUnreadable':
    '{detail|cap}. Un perfil de configuración puede imponerse a la configuración local, así que esta no se puede juzgar sola. Mire usted {place}.',
  'check.auto-updates.darwin.reason.offByProfileLocalMissing':
    'Un perfil de configuración desactiva estas opciones, así que la configuración local (todavía no creada) no puede cambiar el resultado; pida a quien administra esta Mac que lo cambie.',
  'check.auto-updates.darwin.reason.offByProfileLocalUnreadable':
    'Un perfil de configuración desactiva estas opciones, así que la configuración local (que no se puede leer) no puede cambiar el resultado; pida a quien administra esta Mac que lo cambie.',
  'check.auto-updates.darwin.reason.localMissing':
    'El archivo de configuración de Actualización de software todavía no existe (macOS lo crea la primera vez que busca actualizaciones). Abra {place} una vez, deje que busque y revise de nuevo.',
  'check.auto-updates.darwin.reason.localProblem': '{detail|cap}. Mire usted {place}.',
  'check.auto-updates.darwin.reason.byProfile':
    'Al menos una de estas opciones la impone un perfil de configuración; pida a quien administra esta Mac que la cambie.',
  'check.auto-updates.darwin.reason.unclear':
    'Valor ilegible en: {keys}. Mire usted las opciones de actualización automática en {place}.',

  // Windows
  'check.auto-updates.win32.requirement':
    'Windows Update instala las actualizaciones automáticamente: no están en pausa, ninguna directiva las desactiva y el servicio no está deshabilitado',
  'check.auto-updates.win32.observed.noPolicy': 'no hay ninguna directiva de Windows Update',
  'check.auto-updates.win32.observed.noAutoUpdate': 'directiva NoAutoUpdate = {value}',
  'check.auto-updates.win32.observed.auOptions': 'directiva AUOptions = {value}',
  'check.auto-updates.win32.observed.policyNothing':
    'hay una clave de directivas de Windows Update, pero no desactiva nada',
  'check.auto-updates.win32.observed.mdm': 'la administración del dispositivo fija AllowAutoUpdate = {value}',
  'check.auto-updates.win32.observed.neverPaused': 'las actualizaciones nunca se han pausado',
  'check.auto-updates.win32.observed.pauseEnded': 'una pausa anterior terminó el {date} ({name})',
  'check.auto-updates.win32.observed.featurePaused':
    'las actualizaciones de características (versiones nuevas de Windows) están en pausa hasta el {date}; las de seguridad no',
  'check.auto-updates.win32.observed.notPaused': 'las actualizaciones no están en pausa',
  'check.auto-updates.win32.observed.service': 'tipo de inicio del servicio Windows Update: {code} ({name})',
  'check.auto-updates.win32.finding.noAccess':
    'una directiva quita el acceso a Windows Update (DisableWindowsUpdateAccess = 1)',
  'check.auto-updates.win32.finding.noAutoUpdate':
    'una directiva desactiva las actualizaciones automáticas (NoAutoUpdate = 1)',
  'check.auto-updates.win32.finding.notifyOnly':
    'una directiva solo avisa de las actualizaciones y nunca las descarga (AUOptions = 2)',
  'check.auto-updates.win32.finding.auOptionsUnknown':
    'la directiva AUOptions = {value} no es un valor documentado',
  'check.auto-updates.win32.finding.wsus':
    'las actualizaciones vienen de un servidor de actualizaciones de una organización (WUServer {server}), que Preflight no puede juzgar',
  'check.auto-updates.win32.finding.wsusNoAddress':
    'las actualizaciones vienen de un servidor de actualizaciones de una organización (WUServer sin dirección), que Preflight no puede juzgar',
  'check.auto-updates.win32.finding.mdmOff':
    'la administración del dispositivo desactiva las actualizaciones automáticas (AllowAutoUpdate = 5)',
  'check.auto-updates.win32.finding.mdmNotify':
    'la administración del dispositivo solo avisa de las actualizaciones antes de descargarlas (AllowAutoUpdate = 0)',
  'check.auto-updates.win32.finding.mdmUnknown':
    'la administración del dispositivo fija AllowAutoUpdate = {value}, un valor que Preflight no conoce',
  'check.auto-updates.win32.finding.pauseUnreadable':
    '{name} es {type} {value}, que no es una fecha que Preflight pueda leer',
  'check.auto-updates.win32.finding.paused': 'las actualizaciones están en pausa hasta el {date} ({name})',
  'check.auto-updates.win32.finding.serviceExit':
    '`{command}` falló con el código {code} (1060: el servicio no existe; 5: acceso denegado)',
  'check.auto-updates.win32.finding.serviceUnreadable':
    'no se pudo leer el tipo de inicio del servicio Windows Update con `sc qc wuauserv`',
  'check.auto-updates.win32.finding.serviceDisabled':
    'el servicio Windows Update (wuauserv) está deshabilitado',
  'check.auto-updates.win32.summary.finding': '{finding|cap}',
  'check.auto-updates.win32.summary.unconfirmed':
    'No se pudo confirmar que Windows instale las actualizaciones automáticamente',
  'check.auto-updates.win32.summary.on': 'Windows instala las actualizaciones automáticamente',
  'check.auto-updates.win32.reason.alsoUnreadable': 'Tampoco se pudo leer: {problems}',
  'check.auto-updates.win32.reason.unconfirmed':
    '{problems|cap}. Abra Configuración › Windows Update para comprobar que las actualizaciones no estén en pausa, y consulte a su contacto de seguridad de la campaña si una organización administra esta laptop.',

  // Linux
  'check.auto-updates.linux.requirement':
    'Las actualizaciones de seguridad se descargan e instalan automáticamente',
  'check.auto-updates.linux.thisLinux': 'este Linux',
  'check.auto-updates.linux.builtInDefault': 'valor predeterminado',
  'check.auto-updates.linux.problem.unexpected': '`{command}` dio una respuesta inesperada',
  'check.auto-updates.linux.problem.dpkgUnexpected': 'dpkg-query dio una respuesta inesperada',
  'check.auto-updates.linux.problem.aptValue':
    'apt-config mostró un valor de APT::Periodic que Preflight no puede leer',
  'check.auto-updates.linux.problem.unclearState': '{unit} está en "{state}", lo que no dice si se ejecuta',
  'check.auto-updates.linux.problem.ostree':
    'Preflight todavía no lee la política de actualizaciones automáticas de rpm-ostree; compruebe que "AutomaticUpdatePolicy=stage" esté en /etc/rpm-ostreed.conf',
  'check.auto-updates.linux.problem.dnfWhich':
    'Preflight no pudo saber si las actualizaciones las hace dnf5 o dnf4, y su configuración es distinta',
  'check.auto-updates.linux.problem.dnfUnreadable': 'no se pudo leer la configuración de dnf-automatic',
  'check.auto-updates.linux.problem.applyValue': 'apply_updates = {value} en {path} no es un valor yes/no',
  'check.auto-updates.linux.problem.default': 'no se pudo leer la configuración de actualizaciones',
  'check.auto-updates.linux.fail.periodicOff': 'las tareas periódicas de apt están desactivadas',
  'check.auto-updates.linux.fail.noInstall': 'la instalación automática de actualizaciones está desactivada',
  'check.auto-updates.linux.fail.noRefresh': 'la lista de actualizaciones disponibles nunca se renueva',
  'check.auto-updates.linux.fail.unitState': '{unit} está en {state}',
  'check.auto-updates.linux.fail.mintOff':
    'las actualizaciones automáticas del Gestor de actualizaciones están desactivadas',
  'check.auto-updates.linux.fail.nothing': 'nada instala las actualizaciones automáticamente',
  'check.auto-updates.linux.fail.downloadOnly':
    'dnf-automatic solo descarga las actualizaciones (apply_updates está desactivado)',
  'check.auto-updates.linux.observed.installed': 'unattended-upgrades está instalado',
  'check.auto-updates.linux.observed.notInstalled': 'unattended-upgrades no está instalado',
  'check.auto-updates.linux.observed.aptNotSet': '{key} no está definido (desactivado)',
  'check.auto-updates.linux.observed.aptValue': '{key} "{value}"',
  'check.auto-updates.linux.observed.aptDisabled':
    'APT::Periodic::Enable "0" desactiva todas las tareas periódicas de apt',
  'check.auto-updates.linux.observed.unit': '{unit}: {state}',
  'check.auto-updates.linux.observed.mintOn':
    'las actualizaciones automáticas están activadas en el Gestor de actualizaciones',
  'check.auto-updates.linux.observed.mintOff':
    'las actualizaciones automáticas están desactivadas en el Gestor de actualizaciones',
  'check.auto-updates.linux.observed.ostree':
    'este es un sistema basado en imágenes (rpm-ostree: Silverblue, Kinoite…)',
  'check.auto-updates.linux.observed.alias': '{unit}: otro nombre de dnf5-automatic.timer',
  'check.auto-updates.linux.observed.noTimer':
    'ningún temporizador de dnf-automatic está habilitado (GNOME Software y Discover solo descargan y preguntan)',
  'check.auto-updates.linux.observed.applyYes': 'apply_updates = yes ({from})',
  'check.auto-updates.linux.observed.applyNo':
    'apply_updates = no ({from}): las actualizaciones solo se descargan',
  'check.auto-updates.linux.observed.distribution': 'distribución: {name}',
  'check.auto-updates.linux.observed.arch':
    'distribución: {name} (de actualización continua, se actualiza a mano con pacman -Syu)',
  'check.auto-updates.linux.summary.unattended':
    'Las actualizaciones de seguridad se instalan automáticamente (unattended-upgrades)',
  'check.auto-updates.linux.summary.mint':
    'El Gestor de actualizaciones instala las actualizaciones automáticamente',
  'check.auto-updates.linux.summary.dnf': 'Las actualizaciones se instalan automáticamente (dnf-automatic)',
  'check.auto-updates.linux.summary.off': 'Las actualizaciones no se instalan automáticamente',
  'check.auto-updates.linux.summary.unconfirmed':
    'No se pudo confirmar que las actualizaciones se instalen automáticamente',
  'check.auto-updates.linux.summary.noOsRelease': 'No se pudo saber qué distribución de Linux es esta',
  'check.auto-updates.linux.summary.arch': '{name} no tiene actualizaciones automáticas',
  'check.auto-updates.linux.summary.unknownDistro':
    'Preflight no sabe cómo instala las actualizaciones {name}',
  'check.auto-updates.linux.reason.problems': '{problems}.',
  'check.auto-updates.linux.reason.noOsRelease':
    'No se pudo leer /etc/os-release, así que Preflight no sabe qué sistema de actualizaciones revisar.',
  'check.auto-updates.linux.reason.arch':
    'Los sistemas basados en Arch están pensados para actualizarse a mano y no traen actualizaciones automáticas. Actualice al menos una vez por semana y siga los pasos; su contacto de seguridad de la campaña puede aceptarlo si mantiene una rutina de actualización regular.',
  'check.auto-updates.linux.reason.unknownDistro':
    'Preflight conoce los sistemas de actualización de Debian, Ubuntu, Linux Mint, Fedora y Arch; {name} no es ninguno de ellos. Revise usted la configuración de actualizaciones automáticas.',
} as const satisfies Readonly<Record<keyof typeof CHECKS_AUTO_UPDATES_EN, string>>
