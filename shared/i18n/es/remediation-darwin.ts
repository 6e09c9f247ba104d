/**
 * Spanish words of the macOS fixes (same ids as en/remediation-darwin.ts).
 *
 * Names of panes and options are those of macOS in Spanish for Latin America ("Configuración del
 * Sistema" from macOS 13, "Preferencias del Sistema" on macOS 12), as Apple's es-mx / es-us support
 * pages write them; the ones not yet confirmed are listed under "[verify]" in docs/i18n-es.md.
 */
import type { RemediationText } from '../../remediation/types'

const FILEVAULT_WHY =
  'Si esta Mac se pierde o se la roban, FileVault hace que nadie pueda leer lo que contiene sin su contraseña. Sin FileVault, cualquiera puede copiar sus archivos y sus contraseñas guardadas en minutos.'
const FILEVAULT_DURATION =
  'Activarlo toma un minuto. Después, el cifrado sigue en segundo plano mientras usted trabaja: es casi inmediato en las Mac con Apple silicon o con chip T2, y puede tardar varias horas en las Mac con Intel más antiguas (déjela conectada a la corriente). Puede que haga falta reiniciar.'
const RECOVERY_STEP =
  'macOS le pregunta cómo volverá a entrar si olvida su contraseña. Siga las indicaciones de su campaña. Si crea una clave de recuperación, anótela y guárdela en un lugar seguro lejos de esta Mac, nunca en un archivo dentro de ella.'

const FIREWALL_WHY =
  'El firewall impide que otros dispositivos de la misma red (el wifi de un café, un hotel o un evento) se conecten a programas de su Mac que usted no quería compartir.'

const SCREEN_LOCK_WHY =
  'Una Mac que se queda desbloqueada un minuto basta para que alguien lea su correo o instale un programa espía. Bloquearla poco después de que usted se aleja, pidiendo la contraseña de inmediato, cierra esa oportunidad.'

const UPDATES_WHY =
  'La mayoría de los ataques contra laptops usan fallas de seguridad que Apple ya corrigió. Las actualizaciones automáticas, y sobre todo las respuestas de seguridad, instalan esos arreglos sin que usted tenga que acordarse.'

const SHARING_WHY =
  'El inicio de sesión remoto, Compartir pantalla y la administración remota permiten que alguien de la misma red (el wifi de un café, un hotel o un evento) intente entrar a esta Mac o ver y controlar su pantalla. Las laptops de la campaña no deben aceptar nada de eso.'
const SHARING_DURATION = 'Unos 2 minutos.'

const USERS_WHY =
  'Con el inicio de sesión automático, cualquiera que encienda esta Mac entra directo a su cuenta, a su correo y a sus archivos. El usuario invitado permite que cualquiera use la Mac sin contraseña, lo que le da a un desconocido un punto de apoyo en ella.'
const USERS_DURATION = 'Unos 2 minutos.'

/** Spanish words for every id in DARWIN_REMEDIATIONS. */
export const REMEDIATION_DARWIN_ES: Readonly<Record<string, RemediationText>> = {
  'disk-encryption.darwin.turn-on': {
    title: 'Active FileVault',
    why: FILEVAULT_WHY,
    steps: [
      'Abra el menú Apple › Configuración del Sistema y haga clic en Privacidad y seguridad en la barra lateral (en macOS 12 y anteriores: Preferencias del Sistema › Seguridad y privacidad › FileVault).',
      'Desplácese hacia abajo hasta la sección Seguridad y busque FileVault.',
      'Haga clic en “Activar…”. Si se le pide, escriba el nombre y la contraseña de un administrador de esta Mac.',
      RECOVERY_STEP,
      'Haga clic en Continuar. Si macOS le pide reiniciar, guarde su trabajo y reinicie.',
      'Vuelva a Preflight y revise de nuevo. Mientras el disco se sigue cifrando, el resultado aparece como “No se pudo revisar”; eso es normal.',
    ],
    duration: FILEVAULT_DURATION,
  },
  'disk-encryption.darwin.turn-on.macos12': {
    title: 'Active FileVault',
    why: FILEVAULT_WHY,
    steps: [
      'Abra el menú Apple › Preferencias del Sistema y haga clic en Seguridad y privacidad.',
      'Haga clic en la pestaña FileVault.',
      'Haga clic en el candado de la esquina inferior izquierda y escriba su contraseña (la de un administrador si no se acepta la suya).',
      'Haga clic en “Activar FileVault…”.',
      RECOVERY_STEP,
      'Haga clic en Continuar. Si macOS le pide reiniciar, guarde su trabajo y reinicie.',
      'Vuelva a Preflight y revise de nuevo. Mientras el disco se sigue cifrando, el resultado aparece como “No se pudo revisar”; eso es normal.',
    ],
    duration: FILEVAULT_DURATION,
  },
  'disk-encryption.darwin.finish-pending': {
    title: 'Reinicie para terminar de activar FileVault',
    why: 'FileVault ya está encendido, pero solo empieza a proteger el disco después de reiniciar o de la próxima vez que cierre sesión. Hasta entonces, cualquiera que tenga la Mac puede leer el disco.',
    steps: [
      'Guarde su trabajo y cierre sus aplicaciones.',
      'Abra el menú Apple y elija Reiniciar (o Cerrar sesión si su organización le pidió cerrar sesión).',
      'Cuando la Mac vuelva a encenderse, escriba su contraseña cuando se le pida; en ese momento se activa FileVault.',
      'Abra Preflight y revise de nuevo. Si el disco todavía se está cifrando, el resultado aparece como “No se pudo revisar” hasta que termine.',
    ],
    duration:
      'Unos minutos para reiniciar. Después, el cifrado sigue en segundo plano: es rápido en las Mac con Apple silicon y con chip T2, y puede tardar varias horas en las Mac con Intel más antiguas.',
  },
  'disk-encryption.darwin.finish-deferred': {
    title: 'Cierre sesión o reinicie para terminar de activar FileVault',
    why: 'FileVault está configurado para activarse la próxima vez que cierre sesión o reinicie, pero hasta entonces cualquiera que tenga la Mac puede leer el disco.',
    steps: [
      'Guarde su trabajo y cierre sus aplicaciones.',
      'Abra el menú Apple y elija Cerrar sesión (o Reiniciar).',
      'Cuando macOS le pida su contraseña para activar FileVault, escríbala. En ese momento se activa FileVault.',
      RECOVERY_STEP,
      'Vuelva a iniciar sesión, abra Preflight y revise de nuevo. Si el disco todavía se está cifrando, el resultado aparece como “No se pudo revisar” hasta que termine.',
    ],
    duration:
      'Unos minutos para cerrar sesión y volver a entrar. Después, el cifrado sigue en segundo plano: es rápido en las Mac con Apple silicon y con chip T2, y puede tardar varias horas en las Mac con Intel más antiguas.',
  },
  'disk-encryption.darwin.restart-to-finish': {
    title: 'Reinicie para que FileVault termine',
    why: 'macOS tiene un cambio de FileVault que espera un reinicio. Hasta que la Mac se reinicie, Preflight no puede saber si su disco está protegido.',
    steps: [
      'Guarde su trabajo y cierre sus aplicaciones.',
      'Abra el menú Apple y elija Reiniciar. Escriba su contraseña cuando la Mac vuelva a encenderse.',
      'Abra Preflight y revise de nuevo.',
      'Si después FileVault aparece desactivado, siga los pasos para activarlo. Si usted no cambió FileVault, avise a su contacto de seguridad de la campaña.',
    ],
    duration: 'Unos minutos para reiniciar.',
  },
  'disk-encryption.darwin.wait-encrypting': {
    title: 'Deje que FileVault termine de cifrar',
    why: 'FileVault está activado, pero hasta que termine el cifrado una parte del disco todavía se puede leer sin su contraseña. Preflight muestra “No se pudo revisar” hasta que termine.',
    steps: [
      'Deje la Mac conectada a la corriente: macOS pausa el cifrado cuando funciona con batería.',
      'Siga trabajando como siempre y, si puede, no deje que la Mac entre en reposo (el cifrado avanza mientras está despierta).',
      'Para ver el avance, abra Configuración del Sistema › Privacidad y seguridad y mire la sección FileVault (en macOS 12: Preferencias del Sistema › Seguridad y privacidad › FileVault).',
      'Revise de nuevo en Preflight cuando macOS indique que el cifrado terminó.',
    ],
    duration:
      'Solo hay que esperar. En las Mac con Apple silicon y con chip T2 toma minutos; en las Mac con Intel más antiguas puede tardar varias horas.',
  },
  'disk-encryption.darwin.decrypting': {
    title: 'Vuelva a activar FileVault',
    why: 'Alguien desactivó FileVault en esta Mac y el disco se está descifrando. Cuando eso termine, cualquiera que tenga la Mac podrá leer sus archivos.',
    steps: [
      'Si usted no desactivó FileVault, avise ahora mismo a su contacto de seguridad de la campaña: puede significar que otra persona tuvo acceso a esta Mac.',
      'Abra Configuración del Sistema › Privacidad y seguridad y busque FileVault (en macOS 12: Preferencias del Sistema › Seguridad y privacidad › FileVault). Ahí se ve el avance del descifrado.',
      'Cuando termine el descifrado, haga clic en “Activar…” (“Activar FileVault…” en macOS 12) y siga los pasos. macOS no permite volver a activarlo mientras todavía está descifrando.',
      'Revise de nuevo en Preflight.',
    ],
    duration:
      'Primero tiene que terminar el descifrado (minutos en las Mac con Apple silicon y con chip T2, horas en las Mac con Intel más antiguas); volver a activar FileVault toma luego un minuto y sigue en segundo plano.',
  },
  'firewall.darwin.turn-on': {
    title: 'Active el firewall de macOS',
    why: FIREWALL_WHY,
    steps: [
      'Abra el menú Apple › Configuración del Sistema y haga clic en Red en la barra lateral.',
      'Haga clic en Firewall.',
      'Active el Firewall. Si se le pide, escriba el nombre y la contraseña de un administrador de esta Mac.',
      'Deje las demás opciones como están, salvo que su contacto de seguridad le indique otra cosa; “Bloquear todas las conexiones entrantes” es más estricta y puede impedir compartir pantalla o archivos.',
      'Revise de nuevo en Preflight.',
    ],
    duration: 'Menos de un minuto.',
  },
  'firewall.darwin.turn-on.macos12': {
    title: 'Active el firewall de macOS',
    why: FIREWALL_WHY,
    steps: [
      'Abra el menú Apple › Preferencias del Sistema y haga clic en Seguridad y privacidad.',
      'Haga clic en la pestaña Firewall.',
      'Haga clic en el candado de la esquina inferior izquierda y escriba su contraseña (la de un administrador si no se acepta la suya).',
      'Haga clic en “Activar firewall”.',
      'Revise de nuevo en Preflight.',
    ],
    duration: 'Menos de un minuto.',
  },
  'screen-lock.darwin.configure': {
    title: 'Haga que la pantalla se bloquee sola y pida su contraseña',
    why: SCREEN_LOCK_WHY,
    steps: [
      'Abra el menú Apple › Configuración del Sistema y haga clic en Pantalla bloqueada en la barra lateral.',
      'Ponga “Iniciar protector de pantalla cuando esté inactivo” en 10 minutos o menos.',
      'Ponga las dos opciones para apagar la pantalla cuando esté inactiva, con batería y con el adaptador de corriente (en una Mac de escritorio hay una sola), en 10 minutos o menos, no en Nunca.',
      'Ponga “Solicitar contraseña después de que se inicie el protector de pantalla o se apague la pantalla” en Inmediatamente. Si se le pide, escriba su contraseña.',
      'Revise de nuevo en Preflight. El tiempo que se necesita aparece arriba como requisito (tiempo de inactividad más la espera para pedir la contraseña: 15 minutos, salvo que su campaña haya fijado otro límite).',
    ],
    duration: 'Unos 2 minutos.',
  },
  'screen-lock.darwin.configure.macos12': {
    title: 'Haga que la pantalla se bloquee sola y pida su contraseña',
    why: SCREEN_LOCK_WHY,
    steps: [
      'Abra el menú Apple › Preferencias del Sistema › Seguridad y privacidad y haga clic en la pestaña General.',
      'Marque “Solicitar contraseña” y elija “inmediatamente” después del reposo o del inicio del protector de pantalla. Si se le pide, escriba su contraseña.',
      'Vuelva a Preferencias del Sistema › Escritorio y protector de pantalla › Protector de pantalla y ponga el tiempo tras el cual se inicia el protector de pantalla (“Mostrar protector de pantalla después de”, o “Iniciar después de” en algunas versiones) en 10 minutos o menos.',
      'Vuelva a Preferencias del Sistema › Batería (Economizador en una Mac de escritorio) y ponga “Apagar la pantalla después de” en 10 minutos o menos, tanto en Batería como en Adaptador de corriente.',
      'Revise de nuevo en Preflight. El tiempo que se necesita aparece arriba como requisito (tiempo de inactividad más la espera para pedir la contraseña: 15 minutos, salvo que su campaña haya fijado otro límite).',
    ],
    duration: 'Unos 3 minutos.',
  },
  'auto-updates.darwin.turn-on': {
    title: 'Active las actualizaciones automáticas',
    why: UPDATES_WHY,
    steps: [
      'Abra el menú Apple › Configuración del Sistema › General › Actualización de software.',
      'Haga clic en el botón ⓘ junto a “Actualizaciones automáticas”.',
      'Active “Descargar nuevas actualizaciones cuando estén disponibles” e “Instalar respuestas de seguridad y archivos del sistema” (y “Buscar actualizaciones” si su macOS la muestra).',
      'También recomendamos activar “Instalar actualizaciones de macOS” e “Instalar actualizaciones de apps de App Store”.',
      'Haga clic en OK; escriba la contraseña de un administrador si se le pide. Luego revise de nuevo en Preflight.',
      'En macOS 26.1 o posterior, mire también en Configuración del Sistema › Privacidad y seguridad › Mejoras de seguridad en segundo plano y deje activada la instalación automática.',
      'Si los interruptores aparecen atenuados, su organización los administra: pregunte a quien administra esta Mac.',
    ],
    duration:
      'Unos 2 minutos. Después las actualizaciones llegan solas; algunas necesitan reiniciar, y macOS se lo pedirá.',
  },
  'auto-updates.darwin.turn-on.macos12': {
    title: 'Active las actualizaciones automáticas',
    why: UPDATES_WHY,
    steps: [
      'Abra el menú Apple › Preferencias del Sistema › Actualización de software.',
      'Haga clic en “Avanzado…”.',
      'Marque “Buscar actualizaciones”, “Descargar nuevas actualizaciones cuando estén disponibles” e “Instalar archivos de datos del sistema y actualizaciones de seguridad”.',
      'También recomendamos marcar “Instalar actualizaciones de macOS” e “Instalar actualizaciones de apps de App Store”.',
      'Haga clic en Aceptar; escriba la contraseña de un administrador si se le pide. Luego revise de nuevo en Preflight.',
      'macOS 12 ya no recibe actualizaciones de seguridad: siga también el consejo de la revisión del sistema operativo para actualizar a una versión más nueva.',
    ],
    duration:
      'Unos 2 minutos. Después las actualizaciones llegan solas; algunas necesitan reiniciar, y macOS se lo pedirá.',
  },
  'remote-access.darwin.sharing': {
    title: 'Desactive el inicio de sesión remoto y Compartir pantalla',
    why: SHARING_WHY,
    steps: [
      'Abra el menú Apple › Configuración del Sistema › General › Compartir.',
      'Desactive Compartir pantalla, Administración remota, Inicio de sesión remoto y Scripting remoto de aplicaciones (los que Preflight mostró como activados). Si se le pide, escriba el nombre y la contraseña de un administrador.',
      'Si un interruptor aparece atenuado o se vuelve a activar solo, su organización administra esta Mac: pregunte a quien la administra.',
      'Vuelva a Preflight y revise de nuevo.',
    ],
    duration: SHARING_DURATION,
  },
  'remote-access.darwin.sharing.macos12': {
    title: 'Desactive el inicio de sesión remoto y Compartir pantalla',
    why: SHARING_WHY,
    steps: [
      'Abra el menú Apple › Preferencias del Sistema › Compartir.',
      'Haga clic en el candado de la esquina inferior izquierda y escriba la contraseña de un administrador.',
      'Desmarque Compartir pantalla, Administración remota, Inicio de sesión remoto y Eventos Apple remotos (los que Preflight mostró como activados).',
      'Vuelva a Preflight y revise de nuevo.',
    ],
    duration: SHARING_DURATION,
  },
  'login-protection.darwin.users': {
    title: 'Desactive el inicio de sesión automático y el usuario invitado',
    why: USERS_WHY,
    steps: [
      'Abra el menú Apple › Configuración del Sistema › Usuarios y grupos.',
      'Ponga “Iniciar sesión automáticamente como” en Desactivado. Si se le pide, escriba el nombre y la contraseña de un administrador.',
      'Haga clic en el botón ⓘ junto a Usuario invitado y desactive “Permitir que los invitados inicien sesión en esta computadora”.',
      'Consejo: con FileVault activado (la revisión de cifrado del disco), macOS nunca inicia sesión automáticamente.',
      'Vuelva a Preflight y revise de nuevo.',
    ],
    duration: USERS_DURATION,
  },
  'login-protection.darwin.users.macos12': {
    title: 'Desactive el inicio de sesión automático y el usuario invitado',
    why: USERS_WHY,
    steps: [
      'Abra el menú Apple › Preferencias del Sistema › Usuarios y grupos.',
      'Haga clic en el candado de la esquina inferior izquierda y escriba la contraseña de un administrador.',
      'Haga clic en Opciones de inicio y ponga “Inicio de sesión automático” en Desactivado.',
      'Haga clic en Usuario invitado en la lista y desmarque “Permitir que los invitados inicien sesión en esta computadora”.',
      'Vuelva a Preflight y revise de nuevo.',
    ],
    duration: USERS_DURATION,
  },
}
