/**
 * Spanish messages of the remote-access check (keys as in shared/i18n/en/checks-remote-access.ts).
 * Unit names, launchd labels, registry values, ports, addresses and service states stay as the
 * machine writes them; setting names and menu paths as the Spanish (Latin American) system shows
 * them, the same names as the guided fixes (docs/i18n-es.md).
 */
import type { CHECKS_REMOTE_ACCESS_EN } from '../en/checks-remote-access'

export const CHECKS_REMOTE_ACCESS_ES = {
  // Compartido por las plataformas
  'check.remote-access.common.port.ssh': 'SSH',
  'check.remote-access.common.port.rdp': 'Escritorio remoto (RDP)',
  'check.remote-access.common.port.vnc': 'compartir pantalla por VNC',
  'check.remote-access.common.port.ard': 'Apple Remote Desktop',
  'check.remote-access.common.port.eppc': 'Eventos Apple remotos',
  'check.remote-access.common.where.all': 'todas las direcciones',
  'check.remote-access.common.where.ipv4': 'todas las direcciones IPv4 (0.0.0.0)',
  'check.remote-access.common.where.ipv6': 'todas las direcciones IPv6 (::)',
  'check.remote-access.common.listener': 'puerto {port} ({service}) en {where}',
  'check.remote-access.common.listening': 'espera conexiones desde la red: {listener}',
  'check.remote-access.common.loopback':
    '{listener}: solo en la dirección local (loopback), no se puede alcanzar desde la red',
  'check.remote-access.common.reason.alsoUnreadable': 'Tampoco se pudo leer: {problems}.',
  'check.remote-access.common.reason.problems': '{problems|cap}.',
  'check.remote-access.common.summary.unconfirmed':
    'No se pudo confirmar que el inicio de sesión remoto esté desactivado',

  // macOS
  'check.remote-access.darwin.requirement':
    'Inicio de sesión remoto, Compartir pantalla, Administración remota y Scripting remoto de aplicaciones están desactivados',
  'check.remote-access.darwin.place.modern': 'Configuración del Sistema › General › Compartir',
  'check.remote-access.darwin.place.macos12': 'Preferencias del Sistema › Compartir',
  'check.remote-access.darwin.service.remoteLogin': 'Inicio de sesión remoto (SSH)',
  'check.remote-access.darwin.service.screenSharing': 'Compartir pantalla',
  'check.remote-access.darwin.service.remoteAppleEvents':
    'Scripting remoto de aplicaciones (Eventos Apple remotos)',
  'check.remote-access.darwin.observed.serviceOn': '{name} está activado (launchd: {label} {value})',
  'check.remote-access.darwin.observed.serviceOff': '{name} está desactivado',
  'check.remote-access.darwin.observed.serviceDefault':
    '{name} está desactivado (es lo predeterminado: launchd no tiene ningún cambio para {label})',
  'check.remote-access.darwin.observed.ardOn': 'Administración remota (Apple Remote Desktop) está activada',
  'check.remote-access.darwin.observed.ardOff': 'Administración remota está desactivada',
  'check.remote-access.darwin.observed.ardUnrecognised':
    'el archivo que marca Administración remota tiene un contenido inesperado; se juzgó por su puerto',
  'check.remote-access.darwin.observed.ardNoMarker':
    'Administración remota nunca se activó (no hay archivo de activación)',
  'check.remote-access.darwin.observed.ardUnreadable':
    '{problem}; Administración remota se juzgó por su puerto',
  'check.remote-access.darwin.observed.nothingListens':
    'nada espera inicios de sesión remotos ni conexiones para compartir la pantalla en una dirección de red (netstat)',
  'check.remote-access.darwin.problem.printDisabled':
    '`launchctl print-disabled system` mostró algo que Preflight no reconoce',
  'check.remote-access.darwin.problem.netstatCut': 'la salida de `netstat -an -p tcp` quedó cortada',
  'check.remote-access.darwin.problem.netstatUnparsed.one':
    '`netstat -an -p tcp` mostró {count} línea que Preflight no pudo leer',
  'check.remote-access.darwin.problem.netstatUnparsed.other':
    '`netstat -an -p tcp` mostró {count} líneas que Preflight no pudo leer',
  'check.remote-access.darwin.summary.on':
    'Esta Mac acepta inicios de sesión remotos o conexiones para compartir la pantalla desde la red',
  'check.remote-access.darwin.summary.unconfirmed':
    'No se pudo confirmar que el inicio de sesión remoto y Compartir pantalla estén desactivados',
  'check.remote-access.darwin.reason.unconfirmed':
    '{problems|cap}. Abra {place} y compruebe que Compartir pantalla, Administración remota, Inicio de sesión remoto y Scripting remoto de aplicaciones estén desactivados; luego revise de nuevo.',
  'check.remote-access.darwin.summary.off':
    'El inicio de sesión remoto, Compartir pantalla y Administración remota están desactivados',

  // Windows
  'check.remote-access.win32.requirement':
    'Escritorio remoto y el servidor OpenSSH están desactivados, y nada más acepta inicios de sesión remotos desde la red',
  'check.remote-access.win32.problem.policyUnreadable':
    'la directiva de Escritorio remoto no se pudo leer ({why})',
  'check.remote-access.win32.problem.settingUnreadable':
    'la configuración de Escritorio remoto no se pudo leer ({why})',
  'check.remote-access.win32.problem.noServiceState': '`sc.exe query sshd` no mostró el estado del servicio',
  'check.remote-access.win32.problem.noStartType': '`sc.exe qc sshd` no mostró el tipo de inicio',
  'check.remote-access.win32.problem.listenersUnreadable':
    'no se pudieron leer los puertos que esperan conexiones ({why})',
  'check.remote-access.win32.problem.noUsableList': 'Get-NetTCPConnection no mostró una lista utilizable',
  'check.remote-access.win32.problem.listenersUnparsed.one':
    'Get-NetTCPConnection mostró {count} entrada que Preflight no pudo leer',
  'check.remote-access.win32.problem.listenersUnparsed.other':
    'Get-NetTCPConnection mostró {count} entradas que Preflight no pudo leer',
  'check.remote-access.win32.problem.rdpHomeUnconfirmed':
    '{rdp} en una edición Home, y sin la lista de puertos Preflight no puede confirmar que nada lo acepte',
  'check.remote-access.win32.problem.sshdUnreadable':
    'el estado del servidor OpenSSH no se pudo leer ({why})',
  'check.remote-access.win32.problem.sshdStartUnreadable':
    'el servidor OpenSSH está instalado, pero su tipo de inicio no se pudo leer ({why})',
  'check.remote-access.win32.observed.rdpPort': 'Escritorio remoto está configurado en el puerto {port}',
  'check.remote-access.win32.rdp.onPolicy':
    'Escritorio remoto está activado por una directiva de grupo (fDenyTSConnections = 0)',
  'check.remote-access.win32.rdp.onLocal': 'Escritorio remoto está activado (fDenyTSConnections = 0)',
  'check.remote-access.win32.observed.rdpHomeNoListener':
    '{rdp}, pero las ediciones Home no pueden aceptar conexiones de Escritorio remoto y nada espera conexiones en el puerto {port}',
  'check.remote-access.win32.observed.rdpOffPolicy':
    'Escritorio remoto está desactivado por una directiva de grupo',
  'check.remote-access.win32.observed.rdpOffLocal':
    'Escritorio remoto está desactivado (fDenyTSConnections = 1)',
  'check.remote-access.win32.observed.rdpNeverOn':
    'Escritorio remoto nunca se activó (no hay valor fDenyTSConnections)',
  'check.remote-access.win32.observed.sshdAbsent': 'el servidor OpenSSH no está instalado',
  'check.remote-access.win32.observed.sshdLoopback':
    'el servidor OpenSSH está en ejecución, pero solo en la dirección local (loopback), así que no se puede alcanzar desde la red',
  'check.remote-access.win32.exposure.sshdRunning': 'el servidor OpenSSH está en ejecución ({state})',
  'check.remote-access.win32.exposure.sshdAuto':
    'el servidor OpenSSH está configurado para iniciarse automáticamente',
  'check.remote-access.win32.observed.sshdStopped':
    'el servidor OpenSSH está instalado, pero detenido y sin inicio automático ({start})',
  'check.remote-access.win32.observed.nothingListens':
    'nada espera inicios de sesión remotos en el puerto 22, el puerto de Escritorio remoto ni los puertos 5900-5999 en una dirección de red',
  'check.remote-access.win32.summary.on': 'Esta PC acepta inicios de sesión remotos desde la red',
  'check.remote-access.win32.summary.off': 'Escritorio remoto y el servidor OpenSSH están desactivados',

  // Linux
  'check.remote-access.linux.requirement':
    'Ningún servidor SSH, de escritorio remoto ni VNC acepta conexiones desde la red, y ninguno está configurado para iniciarse',
  'check.remote-access.linux.summary.wsl': 'El acceso remoto a esta laptop se configura en Windows',
  'check.remote-access.linux.summary.container':
    'El acceso remoto no se puede juzgar desde dentro de un contenedor',
  'check.remote-access.linux.observed.wsl': 'Se ejecuta dentro del Subsistema de Windows para Linux',
  'check.remote-access.linux.observed.container': 'Se ejecuta dentro de un contenedor ({runtime})',
  'check.remote-access.linux.unknownRuntime': 'entorno desconocido',
  'check.remote-access.linux.reason.wsl':
    'Las conexiones desde la red llegan a WSL a través de Windows. Ejecute Preflight en Windows para revisar ahí Escritorio remoto y el servidor SSH.',
  'check.remote-access.linux.reason.container':
    'Lo que se puede alcanzar desde la red lo decide la computadora donde se ejecuta el contenedor. Ejecute Preflight directamente en esa computadora.',
  'check.remote-access.linux.service.ssh': 'El servidor SSH (OpenSSH)',
  'check.remote-access.linux.service.gnome-remote-desktop': 'El escritorio remoto de GNOME',
  'check.remote-access.linux.service.xrdp': 'El servidor de escritorio remoto xrdp',
  'check.remote-access.linux.service.vnc': 'Un servidor VNC',
  'check.remote-access.linux.problem.isActiveFailed': '`{command}` falló (código {code})',
  'check.remote-access.linux.problem.isActiveFailedWith': '`{command}` falló (código {code}: {stderr})',
  'check.remote-access.linux.problem.unexpectedAnswer': '`{command}` dio una respuesta inesperada',
  'check.remote-access.linux.problem.uncertainEnabled':
    '{unit} está en estado "{state}", así que Preflight no puede saber si se inicia al arrancar',
  'check.remote-access.linux.problem.userUnreadable':
    'no se pudo leer el estado de su propio servicio de escritorio remoto de GNOME',
  'check.remote-access.linux.problem.cannotList': 'no se pudo ver el contenido de {path}',
  'check.remote-access.linux.problem.ssUnreadable':
    'no se pudieron leer los sockets que esperan conexiones ({why})',
  'check.remote-access.linux.problem.ssFailed': 'ss falló',
  'check.remote-access.linux.problem.ssCut': 'la salida de `ss -ltnH` quedó cortada',
  'check.remote-access.linux.problem.ssUnparsed.one':
    '`ss -ltnH` mostró {count} línea que Preflight no pudo leer',
  'check.remote-access.linux.problem.ssUnparsed.other':
    '`ss -ltnH` mostró {count} líneas que Preflight no pudo leer',
  'check.remote-access.linux.unitState': '{unit} en estado {state}',
  'check.remote-access.linux.userUnitState': 'su gnome-remote-desktop.service en estado {state}',
  'check.remote-access.linux.userUnit': 'su gnome-remote-desktop.service',
  'check.remote-access.linux.observed.userNoSession':
    'no se pudo leer su propia configuración para compartir el escritorio (no hay una sesión de escritorio); nada de eso espera conexiones ahora',
  'check.remote-access.linux.observed.nothingListens':
    'nada espera inicios de sesión remotos en una dirección de red (ss)',
  'check.remote-access.linux.exposure.running': '{name} está en ejecución ({units})',
  'check.remote-access.linux.exposure.runningOtherPort':
    '{name} está en ejecución ({units}) y Preflight no lo encontró en su puerto habitual: puede que espere conexiones en otro',
  'check.remote-access.linux.exposure.bootEnabled':
    '{name} está configurado para iniciarse al arrancar ({units})',
  'check.remote-access.linux.observed.loopbackOnly':
    '{name} está en ejecución, pero solo en la dirección local (loopback), así que no se puede alcanzar desde la red',
  'check.remote-access.linux.observed.startsAtBoot': '{name} se inicia al arrancar ({units})',
  'check.remote-access.linux.observed.installedOff':
    '{name} está instalado, pero no está en ejecución ni se inicia al arrancar ({units})',
  'check.remote-access.linux.observed.quiet':
    'ningún servicio SSH, de escritorio remoto ni VNC está en ejecución ni configurado para iniciarse al arrancar',
  'check.remote-access.linux.summary.on': 'Esta laptop acepta inicios de sesión remotos desde la red',
  'check.remote-access.linux.summary.off': 'Nada acepta inicios de sesión remotos desde la red',
} as const satisfies Readonly<Record<keyof typeof CHECKS_REMOTE_ACCESS_EN, string>>
