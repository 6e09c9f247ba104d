/**
 * Spanish words of the os-version fixes (same ids as en/remediation-os-version.ts). Terminal
 * commands appear only on Linux, exactly as in English.
 */
import type { RemediationText } from '../../remediation/types'

const UPDATE_WHY =
  'La mayoría de los ataques contra laptops usan fallas de seguridad que el fabricante ya corrigió. Instalar las actualizaciones las cierra; cada semana sin ellas deja abiertas fallas conocidas.'
const UNSUPPORTED_WHY =
  'Esta versión ya no recibe arreglos de seguridad, así que cada falla nueva que se descubra en ella quedará abierta para siempre. La única solución es pasar a una versión con soporte.'
const CONTACT_STEP =
  'Si esta computadora no puede instalar una versión con soporte (es demasiado antigua, o el instalador no lo permite), deje de usarla para el trabajo de la campaña y avise a su contacto de seguridad de la campaña: puede ayudarle a conseguir un reemplazo.'
const BACKUP_STEP =
  'Antes de empezar, haga una copia de seguridad de sus archivos (y asegúrese de que la computadora esté conectada a la corriente).'

const linuxUpdate = (steps: readonly string[]): RemediationText => ({
  title: 'Instale todas las actualizaciones',
  why: UPDATE_WHY,
  steps: [
    ...steps,
    'Reinicie la computadora si la herramienta de actualización se lo pide (o si tiene dudas).',
    'Presione “Revisar de nuevo” en Preflight.',
  ],
  duration: 'Unos 5 minutos de su tiempo; la descarga y la instalación pueden tomar de 10 a 30 minutos más.',
})

const releaseUpgrade = (title: string, steps: readonly string[]): RemediationText => ({
  title,
  why: UNSUPPORTED_WHY,
  steps: [
    BACKUP_STEP,
    'Primero instale todas las actualizaciones de su versión actual y reinicie.',
    ...steps,
    CONTACT_STEP,
  ],
  duration:
    'Unos 20 a 30 minutos de su tiempo; la actualización en sí tarda de 30 a 90 minutos y reinicia la computadora.',
})

/** Spanish words for every id in OS_VERSION_REMEDIATIONS. */
export const REMEDIATION_OS_VERSION_ES: Readonly<Record<string, RemediationText>> = {
  'os-version.darwin.update': {
    title: 'Instale la actualización más reciente de macOS',
    why: UPDATE_WHY,
    steps: [
      'Abra el menú Apple > Configuración del Sistema > General > Actualización de software (el botón de abajo lo abre).',
      'Espere a que termine la búsqueda y luego haga clic en “Actualizar ahora” o “Reiniciar ahora”. Si también se ofrece “Actualizar a macOS …”, para esta revisión basta con la actualización de su versión actual.',
      'Escriba su contraseña si se le pide y deje que la Mac se reinicie.',
      'Presione “Revisar de nuevo” en Preflight.',
    ],
    duration: 'Unos 5 minutos de su tiempo; la actualización y el reinicio toman de 15 a 45 minutos más.',
  },
  'os-version.darwin.upgrade': {
    title: 'Actualice a una versión de macOS con soporte',
    why: UNSUPPORTED_WHY,
    steps: [
      BACKUP_STEP,
      'Abra el menú Apple > Configuración del Sistema > General > Actualización de software (el botón de abajo lo abre).',
      'En “Actualizar ahora” o “Actualizar a macOS …”, elija el macOS más reciente que se ofrezca y siga los pasos.',
      'Si no se ofrece ninguna actualización, puede que esta Mac sea demasiado antigua para un macOS con soporte.',
      CONTACT_STEP,
    ],
    duration: 'Unos 15 minutos de su tiempo; la descarga y la instalación toman de 1 a 2 horas.',
  },
  'os-version.darwin.upgrade.macos12': {
    title: 'Actualice a una versión de macOS con soporte',
    why: UNSUPPORTED_WHY,
    steps: [
      BACKUP_STEP,
      'Abra el menú Apple > Preferencias del Sistema > Actualización de software (el botón de abajo lo abre).',
      'Haga clic en “Actualizar ahora” para el macOS más reciente que se ofrezca y siga los pasos.',
      'Si no se ofrece ninguna actualización, puede que esta Mac sea demasiado antigua para un macOS con soporte.',
      CONTACT_STEP,
    ],
    duration: 'Unos 15 minutos de su tiempo; la descarga y la instalación toman de 1 a 2 horas.',
  },
  'os-version.win32.update': {
    title: 'Instale las actualizaciones más recientes de Windows',
    why: UPDATE_WHY,
    steps: [
      'Abra Inicio > Configuración > Windows Update (el botón de abajo lo abre).',
      'Haga clic en “Buscar actualizaciones” y luego en “Descargar e instalar” o “Instalar todo”. Si las actualizaciones están en pausa, haga clic en “Reanudar actualizaciones”.',
      'Cuando se le pida, haga clic en “Reiniciar ahora”.',
      'Presione “Revisar de nuevo” en Preflight.',
    ],
    duration: 'Unos 5 minutos de su tiempo; la instalación y el reinicio toman de 15 a 45 minutos más.',
  },
  'os-version.win32.feature-update': {
    title: 'Pase a la versión actual de Windows 11',
    why: UNSUPPORTED_WHY,
    steps: [
      'Abra Inicio > Configuración > Windows Update (el botón de abajo lo abre) e instale primero todas las actualizaciones pendientes.',
      'Busque “Windows 11, versión 25H2” (o más nueva) y haga clic en “Descargar e instalar”. Desde la 24H2 es una actualización pequeña con un solo reinicio.',
      'Si no se ofrece, active la opción para obtener las actualizaciones más recientes en cuanto estén disponibles y vuelva a buscar.',
      CONTACT_STEP,
    ],
    duration:
      'Unos 10 minutos de su tiempo; desde la 24H2 basta un reinicio, desde versiones más antiguas toma de 1 a 2 horas.',
  },
  'os-version.win32.upgrade-11': {
    title: 'Actualice de Windows 10 a Windows 11',
    why: 'Windows 10 ya no recibe arreglos de seguridad para computadoras personales, así que las fallas nuevas que se descubran en él quedarán abiertas para siempre.',
    steps: [
      BACKUP_STEP,
      'Abra Inicio > Configuración > Actualización y seguridad > Windows Update (el botón de abajo lo abre).',
      'Si aparece que la actualización a Windows 11 está lista, haga clic en “Descargar e instalar” y siga los pasos.',
      'Si Windows dice que esta PC no cumple los requisitos, no se puede actualizar de forma segura.',
      CONTACT_STEP,
    ],
    duration: 'Unos 20 minutos de su tiempo; la actualización toma de 1 a 2 horas, con varios reinicios.',
  },
  'os-version.linux.apt': linuxUpdate([
    'Abra el “Actualizador de software” (Ubuntu) o “Software” > Actualizaciones (GNOME) / “Discover” > Actualizaciones (KDE) e instale todo lo que se ofrezca.',
    'O abra una terminal y ejecute: sudo apt update && sudo apt full-upgrade',
  ]),
  'os-version.linux.mint': linuxUpdate([
    'Abra el Gestor de actualizaciones (el ícono del escudo en el panel, o Menú > Administración > Gestor de actualizaciones).',
    'Haga clic en “Actualizar” (la lista) y luego en “Instalar actualizaciones”, y escriba su contraseña.',
  ]),
  'os-version.linux.dnf': linuxUpdate([
    'Abra “Software” > Actualizaciones (GNOME) o “Discover” > Actualizaciones (KDE) e instale todo lo que se ofrezca.',
    'O abra una terminal y ejecute: sudo dnf upgrade --refresh',
  ]),
  'os-version.linux.pacman': linuxUpdate([
    'Abra una terminal y ejecute: sudo pacman -Syu',
    'Lea cualquier mensaje de pacman sobre pasos a mano antes de responder “Y”.',
  ]),
  'os-version.linux.restart': {
    title: 'Reinicie para terminar de instalar las actualizaciones',
    why: 'Las actualizaciones ya están instaladas, pero la computadora sigue usando las versiones viejas y vulnerables hasta que se reinicie.',
    steps: ['Guarde su trabajo.', 'Reinicie la computadora.', 'Presione “Revisar de nuevo” en Preflight.'],
    duration: 'Unos 3 minutos.',
  },
  'os-version.linux.release-upgrade.ubuntu': releaseUpgrade('Actualice a una versión de Ubuntu con soporte', [
    'Abra el “Actualizador de software”; cuando ofrezca una nueva versión de Ubuntu, haga clic en “Actualizar…”.',
    'O abra una terminal y ejecute: sudo do-release-upgrade',
    'Las versiones muy antiguas pueden necesitar varias actualizaciones seguidas, de una LTS a la siguiente.',
    'Si todavía no puede actualizar, una versión LTS de Ubuntu puede seguir recibiendo arreglos de seguridad con Ubuntu Pro (gratis para uso personal en unas pocas máquinas): obtenga un token en ubuntu.com/pro, ejecute sudo pro attach <token> y luego instale todas las actualizaciones.',
  ]),
  'os-version.linux.release-upgrade.debian': releaseUpgrade('Actualice a una versión de Debian con soporte', [
    'Siga el capítulo sobre la actualización (“Upgrading”) de las notas de la siguiente versión de Debian (debian.org/releases): cambia el nombre de la versión en sus fuentes de paquetes y luego ejecuta sudo apt full-upgrade.',
    'Actualice una versión a la vez.',
  ]),
  'os-version.linux.release-upgrade.fedora': releaseUpgrade('Actualice a una versión de Fedora con soporte', [
    'Abra “Software” > Actualizaciones: cuando se ofrezca una nueva versión de Fedora, haga clic en “Descargar” y luego en “Reiniciar y actualizar”.',
    'O en una terminal: sudo dnf system-upgrade download --releasever=<versión nueva>, y luego sudo dnf system-upgrade reboot.',
  ]),
  'os-version.linux.release-upgrade.mint': releaseUpgrade(
    'Actualice a una versión de Linux Mint con soporte',
    [
      'Abra el Gestor de actualizaciones; si en el menú Editar ofrece “Actualizar a Linux Mint …”, elíjalo y siga los pasos.',
      'Para pasar a una nueva versión mayor (por ejemplo, de la 21 a la 22) se usa la herramienta mintupgrade: siga la guía oficial de actualización en linuxmint.com.',
    ],
  ),
  'os-version.linux.release-upgrade.other': releaseUpgrade('Actualice a una versión con soporte', [
    'Use la guía oficial de actualización de su distribución para pasar a una versión que todavía reciba actualizaciones de seguridad.',
  ]),
}
