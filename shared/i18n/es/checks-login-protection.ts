/**
 * Spanish messages of the login-protection check (keys as in
 * shared/i18n/en/checks-login-protection.ts). File paths, setting names and values, display-manager
 * names and SIDs stay as the machine writes them; setting names and menu paths as the Spanish (Latin
 * American) system shows them, the same names as the guided fixes (docs/i18n-es.md).
 */
import type { CHECKS_LOGIN_PROTECTION_EN } from '../en/checks-login-protection'

export const CHECKS_LOGIN_PROTECTION_ES = {
  'check.login-protection.common.reason.alsoUnreadable': 'Tampoco se pudo leer: {problems}.',
  'check.login-protection.common.reason.problems': '{problems|cap}.',

  // macOS
  'check.login-protection.darwin.requirement':
    'La Mac pide una contraseña al encender (sin inicio de sesión automático) y el usuario invitado está desactivado',
  'check.login-protection.darwin.place.modern': 'Configuración del Sistema › Usuarios y grupos',
  'check.login-protection.darwin.place.macos12': 'Preferencias del Sistema › Usuarios y grupos',
  'check.login-protection.darwin.problem.cutShort': 'la salida de `{command}` quedó cortada',
  'check.login-protection.darwin.observed.autoOff': 'el inicio de sesión automático está desactivado',
  'check.login-protection.darwin.observed.autoFileVault':
    'todavía queda registrado un usuario de inicio de sesión automático, pero FileVault está activado, así que macOS pide la contraseña al encender de todos modos',
  'check.login-protection.darwin.observed.autoOnNoFileVault':
    'el inicio de sesión automático está configurado para una cuenta de usuario (y no se pudo leer el estado de FileVault)',
  'check.login-protection.darwin.observed.autoOn':
    'el inicio de sesión automático está configurado para una cuenta de usuario y FileVault no está activado',
  'check.login-protection.darwin.problem.autoUnreadable':
    'no se pudo saber si el inicio de sesión automático está configurado ({why})',
  'check.login-protection.darwin.problem.guestValue': 'GuestEnabled tiene un valor inesperado',
  'check.login-protection.darwin.problem.guestUnreadable':
    'no se pudo saber si el usuario invitado está activado ({defaults}; {sysadminctl})',
  'check.login-protection.darwin.problem.guestNotSet': 'GuestEnabled no está definido',
  'check.login-protection.darwin.problem.sysadminctlUnclear': 'sysadminctl no dio una respuesta clara',
  'check.login-protection.darwin.observed.guestOn':
    'el usuario invitado está activado: cualquier persona puede usar esta Mac sin contraseña',
  'check.login-protection.darwin.observed.guestOff': 'el usuario invitado está desactivado',
  'check.login-protection.darwin.summary.both':
    'Esta Mac inicia sesión automáticamente y tiene el usuario invitado activado',
  'check.login-protection.darwin.summary.guest': 'El usuario invitado está activado',
  'check.login-protection.darwin.summary.auto': 'Esta Mac inicia sesión automáticamente al encender',
  'check.login-protection.darwin.summary.unconfirmed':
    'No se pudo confirmar que el inicio de sesión automático y el usuario invitado estén desactivados',
  'check.login-protection.darwin.reason.unconfirmed':
    '{problems|cap}. Abra {place}, revise "Iniciar sesión automáticamente como" y el usuario invitado, y luego revise de nuevo.',
  'check.login-protection.darwin.summary.off': 'Sin inicio de sesión automático y sin usuario invitado',

  // Windows
  'check.login-protection.win32.requirement':
    'Windows pide una contraseña al encender (sin inicio de sesión automático) y la cuenta de invitado está deshabilitada',
  'check.login-protection.win32.auto.notSet': 'AutoAdminLogon no está definido',
  'check.login-protection.win32.auto.dword': 'AutoAdminLogon vale {value} (DWORD)',
  'check.login-protection.win32.auto.empty': 'AutoAdminLogon está vacío',
  'check.login-protection.win32.auto.string': 'AutoAdminLogon vale "{value}"',
  'check.login-protection.win32.problem.noValue': 'reg.exe no mostró ningún valor AutoAdminLogon',
  'check.login-protection.win32.problem.unexpectedValue': 'AutoAdminLogon tiene un valor inesperado ({type})',
  'check.login-protection.win32.guest.noList': 'no hay lista de cuentas',
  'check.login-protection.win32.guest.notJson': 'la lista de cuentas no es JSON válido',
  'check.login-protection.win32.guest.notBoolean':
    'el estado de la cuenta de invitado no es un valor verdadero/falso',
  'check.login-protection.win32.guest.noGuest':
    'no apareció ninguna cuenta local con el SID de invitado (…-501)',
  'check.login-protection.win32.guest.both': 'Get-LocalUser: {localUser}; Win32_UserAccount: {cim}',
  'check.login-protection.win32.observed.autoOn':
    'Windows inicia sesión automáticamente al encender ({detail})',
  'check.login-protection.win32.observed.autoOff':
    'el inicio de sesión automático está desactivado ({detail})',
  'check.login-protection.win32.problem.autoUnreadable':
    'no se pudo leer la configuración del inicio de sesión automático ({why})',
  'check.login-protection.win32.observed.guestOn':
    'la cuenta de invitado integrada (SID …-501) está habilitada: cualquier persona puede iniciar sesión sin contraseña',
  'check.login-protection.win32.observed.guestOff':
    'la cuenta de invitado integrada (SID …-501) está deshabilitada',
  'check.login-protection.win32.problem.guestUnreadable': 'no se pudo leer la cuenta de invitado ({why})',
  'check.login-protection.win32.summary.both':
    'Windows inicia sesión automáticamente y la cuenta de invitado está habilitada',
  'check.login-protection.win32.summary.auto': 'Windows inicia sesión automáticamente al encender',
  'check.login-protection.win32.summary.guest': 'La cuenta de invitado está habilitada',
  'check.login-protection.win32.summary.unconfirmed':
    'No se pudo confirmar que el inicio de sesión automático y la cuenta de invitado estén desactivados',
  'check.login-protection.win32.summary.off':
    'Sin inicio de sesión automático y con la cuenta de invitado deshabilitada',

  // Linux: lo que dice la configuración de los gestores de inicio de sesión
  'check.login-protection.linux.gdm.badValue': '{file}: {key} tiene un valor que GDM quizá no entienda',
  'check.login-protection.linux.gdm.noUser':
    '{file}: {key} está activado pero no indica ningún usuario, así que GDM lo ignora',
  'check.login-protection.linux.gdm.autologin':
    'el inicio de sesión automático de GDM está activado ({file}: {key}={value})',
  'check.login-protection.linux.gdm.timedLogin':
    'el inicio de sesión automático con espera de GDM está activado ({file}: {key}={value})',
  'check.login-protection.linux.lightdm.autologinUser':
    'LightDM inicia la sesión de un usuario automáticamente ({file}: autologin-user tiene un valor)',
  'check.login-protection.linux.lightdm.autologinGuest':
    'LightDM inicia una sesión de invitado automáticamente ({file}: autologin-guest=true)',
  'check.login-protection.linux.lightdm.whereDefault':
    'allow-guest no está definido y el valor predeterminado de LightDM es true',
  'check.login-protection.linux.lightdm.whereSet': '{file}: allow-guest={value}',
  'check.login-protection.linux.lightdm.guestOff':
    'las sesiones de invitado de LightDM están desactivadas ({where})',
  'check.login-protection.linux.lightdm.guestOn':
    'LightDM ofrece una sesión de invitado sin contraseña ({where})',
  'check.login-protection.linux.lightdm.noScript':
    'LightDM permitiría sesiones de invitado ({where}), pero el script guest-account no está instalado, así que no ofrece ninguna',
  'check.login-protection.linux.lightdm.scriptUnknown':
    'LightDM permite sesiones de invitado ({where}) y Preflight no pudo saber si el script guest-account está instalado',
  'check.login-protection.linux.sddm.autologin':
    'SDDM inicia la sesión de un usuario automáticamente ({file}: User de [Autologin] tiene un valor)',
  'check.login-protection.linux.greetd.autologin':
    'greetd inicia la sesión de un usuario automáticamente al arrancar ({file}: [initial_session])',
  'check.login-protection.linux.getty.autologin':
    'la consola de texto inicia la sesión de un usuario automáticamente ({file}: agetty --autologin)',

  // Linux: la revisión
  'check.login-protection.linux.requirement':
    'La laptop pide una contraseña al encender (sin inicio de sesión automático) y no ofrece sesión de invitado',
  'check.login-protection.linux.problem.cannotList': 'no se pudo ver el contenido de {path}',
  'check.login-protection.linux.problem.notSystemd':
    'este sistema no se inició con systemd, así que Preflight no puede saber si la consola de texto inicia sesión automáticamente',
  'check.login-protection.linux.problem.runtimeUnreadable':
    'no se pudo leer {path}, así que Preflight no puede saber si systemd administra la consola de texto',
  'check.login-protection.linux.problem.unrecognisedDm':
    '{path} no indica ningún programa que Preflight reconozca',
  'check.login-protection.linux.summary.wsl': 'El inicio de sesión en esta laptop se configura en Windows',
  'check.login-protection.linux.summary.container':
    'La configuración del inicio de sesión no se puede juzgar desde dentro de un contenedor',
  'check.login-protection.linux.observed.wsl': 'Se ejecuta dentro del Subsistema de Windows para Linux',
  'check.login-protection.linux.observed.container': 'Se ejecuta dentro de un contenedor ({runtime})',
  'check.login-protection.linux.unknownRuntime': 'entorno desconocido',
  'check.login-protection.linux.reason.wsl':
    'Quien enciende la laptop inicia sesión primero en Windows. Ejecute Preflight en Windows para revisar ahí el inicio de sesión automático y la cuenta de invitado.',
  'check.login-protection.linux.reason.container':
    'La computadora donde se ejecuta el contenedor decide cómo se inicia sesión. Ejecute Preflight directamente en esa computadora.',
  'check.login-protection.linux.observed.dmStarts': '{dm} se inicia al arrancar ({via})',
  'check.login-protection.linux.problem.otherDm':
    'Preflight no puede leer la configuración del gestor de inicio de sesión {dm}',
  'check.login-protection.linux.observed.noDm':
    'no hay ningún gestor gráfico de inicio de sesión configurado para iniciarse al arrancar',
  'check.login-protection.linux.problem.desktopNoDm':
    'hay una sesión de escritorio en ejecución, pero Preflight no encontró ningún gestor de inicio de sesión que pueda leer (GDM, LightDM, SDDM o greetd)',
  'check.login-protection.linux.problem.dmUnreadable':
    'no se pudo saber qué gestor de inicio de sesión se inicia al arrancar ({why})',
  'check.login-protection.linux.observed.dmClean': '{dm}: sin inicio de sesión automático',
  'check.login-protection.linux.observed.dmCleanNoGuest':
    '{dm}: sin inicio de sesión automático y sin sesión de invitado',
  'check.login-protection.linux.observed.notCounted':
    '{finding}; {dm} está instalado pero no se inicia al arrancar, así que esto no cuenta',
  'check.login-protection.linux.observed.noSettings':
    '{dm} no tiene archivo de configuración, así que se aplican sus valores predeterminados',
  'check.login-protection.linux.summary.guest':
    'Cualquier persona puede usar esta laptop con una sesión de invitado',
  'check.login-protection.linux.summary.both':
    'Esta laptop inicia sesión automáticamente y ofrece una sesión de invitado',
  'check.login-protection.linux.summary.auto': 'Esta laptop inicia sesión automáticamente al encender',
  'check.login-protection.linux.summary.unconfirmed':
    'No se pudo confirmar que el inicio de sesión automático y las sesiones de invitado estén desactivados',
  'check.login-protection.linux.summary.off': 'Sin inicio de sesión automático y sin sesión de invitado',
  'check.login-protection.linux.observed.consoleClean':
    'la consola de texto no inicia sesión automáticamente',
} as const satisfies Readonly<Record<keyof typeof CHECKS_LOGIN_PROTECTION_EN, string>>
