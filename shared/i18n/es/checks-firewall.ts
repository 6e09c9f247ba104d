/**
 * Spanish messages of the firewall check (keys as in shared/i18n/en/checks-firewall.ts). Tool
 * names, setting names and values stay as the machine writes them; menu paths as the Spanish
 * (Latin American) system shows them (docs/i18n-es.md).
 */
import type { CHECKS_FIREWALL_EN } from '../en/checks-firewall'

export const CHECKS_FIREWALL_ES = {
  // macOS
  'check.firewall.darwin.requirement': 'el firewall de macOS está activado',
  'check.firewall.darwin.place.modern': 'Configuración del Sistema › Red › Firewall',
  'check.firewall.darwin.place.macos12': 'Preferencias del Sistema › Seguridad y privacidad › Firewall',
  'check.firewall.darwin.thisVersion': 'esta versión de macOS',
  'check.firewall.darwin.state.off': 'desactivado',
  'check.firewall.darwin.state.on': 'activado',
  'check.firewall.darwin.state.block-all': 'activado y bloqueando todas las conexiones entrantes',
  'check.firewall.darwin.parse.noState': 'la salida no tiene "(State = N)"',
  'check.firewall.darwin.parse.severalStates': 'la salida indica más de un estado',
  'check.firewall.darwin.parse.unknownState': 'estado desconocido {value}',
  'check.firewall.darwin.parse.notJson': 'la salida no es JSON',
  'check.firewall.darwin.parse.noEntry': 'no hay ninguna entrada SPFirewallDataType',
  'check.firewall.darwin.parse.noValue': 'no hay ningún valor spfirewall_globalstate',
  'check.firewall.darwin.parse.conflicting': 'hay valores spfirewall_globalstate contradictorios',
  'check.firewall.darwin.parse.unknownValue': 'valor spfirewall_globalstate desconocido "{value}"',
  'check.firewall.darwin.observed.socketfilterfw': 'socketfilterfw: firewall {state}',
  'check.firewall.darwin.observed.systemProfiler': 'system_profiler: firewall {state}',
  'check.firewall.darwin.summary.blockAll':
    'El firewall está activado y bloquea todas las conexiones entrantes',
  'check.firewall.darwin.summary.on': 'El firewall está activado',
  'check.firewall.darwin.summary.off': 'El firewall está desactivado',
  'check.firewall.darwin.summary.disagree': 'Dos herramientas de macOS no coinciden sobre el firewall',
  'check.firewall.darwin.summary.unconfirmed': 'No se pudo confirmar que el firewall esté activado',
  'check.firewall.darwin.summary.unreadable': 'No se pudo leer el estado del firewall',
  'check.firewall.darwin.reason.disagree':
    'socketfilterfw dice que el firewall está {socketfilterfw}, pero system_profiler dice que está {systemProfiler}. Abra {place}, asegúrese de que esté activado y revise de nuevo.',
  'check.firewall.darwin.reason.unconfirmed':
    'socketfilterfw dice que el firewall está activado, pero en {version} esa respuesta necesita confirmación y system_profiler no se pudo leer ({detail}). Mire usted {place} y revise de nuevo.',
  'check.firewall.darwin.reason.unreadable':
    'socketfilterfw: {socketfilterfw}; system_profiler: {systemProfiler}. Mire usted {place} y revise de nuevo.',

  // Windows
  'check.firewall.win32.requirement':
    'el Firewall de Windows está activado para redes privadas y públicas (u otro firewall está activado y registrado en Seguridad de Windows)',
  'check.firewall.win32.name.thirdPartyList': 'la lista de firewalls del Centro de seguridad de Windows',
  'check.firewall.win32.name.service': 'el estado del servicio de firewall (sc query mpssvc)',
  'check.firewall.win32.problem.notAvailable': '{name} no está disponible',
  'check.firewall.win32.problem.timedOut': '{name} no respondió a tiempo',
  'check.firewall.win32.problem.denied': '{name} no se pudo ejecutar (permiso denegado)',
  'check.firewall.win32.problem.error': '{name} no se pudo ejecutar ({error})',
  'check.firewall.win32.problem.exitCode': '{name} falló con el código {code}',
  'check.firewall.win32.problem.profileLines':
    'Get-NetFirewallProfile mostró algo distinto de líneas Name=True/False',
  'check.firewall.win32.problem.registryUnreadable':
    'el valor EnableFirewall del registro no se pudo leer ({why})',
  'check.firewall.win32.problem.registryMissing': 'falta el valor EnableFirewall del registro',
  'check.firewall.win32.problem.netshUnknown':
    'netsh mostró los estados en un idioma o formato que Preflight no conoce',
  'check.firewall.win32.problem.gpoUnreadable':
    'la clave de directiva de grupo del firewall no se pudo leer ({why})',
  'check.firewall.win32.problem.serviceUnreadable':
    'el estado del servicio de firewall (mpssvc) no se pudo leer',
  'check.firewall.win32.problem.thirdPartyFormat':
    'el Centro de seguridad de Windows mostró los firewalls en un formato inesperado',
  'check.firewall.win32.regWhy.accessDenied': 'acceso denegado',
  'check.firewall.win32.regWhy.notAvailable': 'reg.exe no está disponible',
  'check.firewall.win32.regWhy.timedOut': 'sin respuesta a tiempo',
  'check.firewall.win32.regWhy.denied': 'no se pudo ejecutar (permiso denegado)',
  'check.firewall.win32.regWhy.tooMuchOutput': 'mostró más texto del esperado',
  'check.firewall.win32.regWhy.killed': 'se interrumpió antes de terminar',
  'check.firewall.win32.regWhy.failedToRun': 'no se pudo ejecutar',
  'check.firewall.win32.regWhy.exitCode': 'terminó con el código {code}',
  'check.firewall.win32.regWhy.cutMidLine': 'la salida terminó a mitad de una línea',
  'check.firewall.win32.regWhy.noKey': 'no mostró ninguna clave del registro',
  'check.firewall.win32.via.registry': 'registro (FirewallPolicy)',
  'check.firewall.win32.state.on': 'activado',
  'check.firewall.win32.state.off': 'desactivado',
  'check.firewall.win32.state.unknown': 'desconocido',
  'check.firewall.win32.state.unclear': 'no está claro',
  'check.firewall.win32.observed.profiles':
    '{via}: perfil de dominio {domain}, perfil privado {private}, perfil público {public}',
  'check.firewall.win32.observed.gpoPrivate': 'La directiva de grupo deja el perfil privado {state}',
  'check.firewall.win32.observed.gpoPublic': 'La directiva de grupo deja el perfil público {state}',
  'check.firewall.win32.observed.service': 'servicio de firewall mpssvc: {code} ({name})',
  'check.firewall.win32.observed.thirdParty':
    'Centro de seguridad de Windows: {name} (productState {productState}) está {state}',
  'check.firewall.win32.observed.noThirdParty':
    'no hay ningún firewall de otra empresa registrado en el Centro de seguridad de Windows',
  'check.firewall.win32.summary.on': 'El Firewall de Windows está activado para redes privadas y públicas',
  'check.firewall.win32.summary.thirdPartyOn': '{name} está activado',
  'check.firewall.win32.summary.someThirdPartyOn': 'Un firewall de otra empresa está activado',
  'check.firewall.win32.summary.serviceStopped': 'El servicio del Firewall de Windows no está en ejecución',
  'check.firewall.win32.summary.offPrivate': 'El Firewall de Windows está desactivado para redes privadas',
  'check.firewall.win32.summary.offPublic': 'El Firewall de Windows está desactivado para redes públicas',
  'check.firewall.win32.summary.offBoth':
    'El Firewall de Windows está desactivado para redes privadas y públicas',
  'check.firewall.win32.summary.unconfirmed': 'No se pudo confirmar que haya un firewall activado',
  'check.firewall.win32.reason.alsoUnreadable': 'Tampoco se pudo leer: {problems}',
  'check.firewall.win32.reason.unconfirmed':
    '{problems|cap}. Abra Seguridad de Windows › Firewall y protección de red para comprobarlo y revise de nuevo.',
  'check.firewall.win32.reason.unclear':
    'Windows no informó con claridad el estado del firewall. Abra Seguridad de Windows › Firewall y protección de red para comprobarlo y revise de nuevo.',

  // Linux
  'check.firewall.linux.requirement':
    'Hay un firewall activado que rechaza las conexiones entrantes que no se permitieron expresamente',
  'check.firewall.linux.problem.nftNotJson': 'nft mostró algo que no es su conjunto de reglas en JSON',
  'check.firewall.linux.chain.none':
    'no hay ninguna cadena de filtro en el gancho de entrada (se acepta todo lo que entra)',
  'check.firewall.linux.chain.policy': '{family} {table}/{name}: política {policy}',
  'check.firewall.linux.chain.policyEndsInDrop':
    '{family} {table}/{name}: política {policy}, la última regla descarta todo lo demás',
  'check.firewall.linux.observed.liveChain': 'reglas en uso: {chain}',
  'check.firewall.linux.observed.configChain': '{path}: {chain}',
  'check.firewall.linux.ufw.off': 'ufw está instalado pero desactivado (ENABLED=no)',
  'check.firewall.linux.ufw.noEnabledLine': '{path} no tiene ninguna línea ENABLED=yes/no',
  'check.firewall.linux.ufw.on': 'ufw está activado (ENABLED=yes)',
  'check.firewall.linux.ufw.acceptsAll':
    'ufw deja entrar todas las conexiones entrantes (DEFAULT_INPUT_POLICY="ACCEPT")',
  'check.firewall.linux.ufw.defaultUnreadable':
    'ufw está activado, pero no se pudo leer en {path} qué hace por defecto con las conexiones entrantes',
  'check.firewall.linux.ufw.refuses':
    'las conexiones entrantes se rechazan salvo que estén permitidas (DEFAULT_INPUT_POLICY DROP/REJECT)',
  'check.firewall.linux.ufw.serviceFailed': 'el servicio de ufw no pudo arrancar',
  'check.firewall.linux.ufw.serviceFailedReason':
    'ufw está activado, pero su servicio falló al arrancar, así que sus reglas quizá no estén cargadas',
  'check.firewall.linux.firewalld.notRunning': 'firewalld está instalado pero no está en ejecución',
  'check.firewall.linux.firewalld.denied':
    'firewalld se negó a decirle a un usuario normal si está en ejecución (su política de permisos rechaza la consulta)',
  'check.firewall.linux.firewalld.unexpected': '{what} dio una respuesta inesperada',
  'check.firewall.linux.firewalld.running': 'firewalld está en ejecución',
  'check.firewall.linux.firewalld.zone': 'zona predeterminada: {zone}',
  'check.firewall.linux.firewalld.trusted': 'la zona "trusted" deja entrar todas las conexiones entrantes',
  'check.firewall.linux.firewalld.fedoraWorkstation':
    'esta zona permite conexiones entrantes a los puertos 1025-65535',
  'check.firewall.linux.nftables.serviceOff':
    'el servicio nftables está {state}, así que {path} no se carga al arrancar',
  'check.firewall.linux.nftables.serviceUnclear':
    'no se pudo saber si el servicio nftables está en ejecución ({problem})',
  'check.firewall.linux.nftables.unexpectedAnswer': 'respuesta inesperada',
  'check.firewall.linux.nftables.active': 'el servicio nftables está activo',
  'check.firewall.linux.nftables.unparsable': '{path} no se pudo interpretar',
  'check.firewall.linux.nftables.includes': '{path} incluye otros archivos ({files}) que Preflight no lee',
  'check.firewall.linux.nftables.accepts': 'esta configuración acepta conexiones entrantes',
  'check.firewall.linux.iptables.saved': 'hay reglas de iptables guardadas ({path})',
  'check.firewall.linux.iptables.savedReason':
    'se usan reglas de iptables guardadas ({path}) y Preflight no puede saber solo con ellas si están cargadas',
  'check.firewall.linux.summary.refuses': 'El firewall rechaza las conexiones entrantes',
  'check.firewall.linux.summary.wsl': 'El firewall de WSL es el firewall de Windows',
  'check.firewall.linux.summary.container': 'El firewall no se puede juzgar desde dentro de un contenedor',
  'check.firewall.linux.observed.wsl': 'Se ejecuta dentro del Subsistema de Windows para Linux',
  'check.firewall.linux.observed.container': 'Se ejecuta dentro de un contenedor ({runtime})',
  'check.firewall.linux.unknownRuntime': 'entorno desconocido',
  'check.firewall.linux.reason.wsl':
    'Las conexiones entrantes llegan a WSL a través de Windows, así que lo protege el Firewall de Windows. Ejecute Preflight en Windows para revisarlo.',
  'check.firewall.linux.reason.container':
    'Las conexiones entrantes llegan a un contenedor a través de la computadora donde se ejecuta, y lo protege el firewall de esa computadora. Ejecute Preflight directamente en ella.',
  'check.firewall.linux.summary.notLive':
    '{tools} está configurado como activado, pero las reglas del firewall en uso no lo reflejan',
  'check.firewall.linux.reason.notLive':
    'La configuración dice que el firewall está activado, pero las reglas activas en este momento no rechazan las conexiones entrantes (o las mantiene el sistema iptables antiguo, que Preflight no puede leer). Reinicie la computadora y revise de nuevo.',
  'check.firewall.linux.summary.on': 'El firewall está activado ({tools})',
  'check.firewall.linux.summary.unconfirmed': 'No se pudo confirmar que haya un firewall activado',
  'check.firewall.linux.reason.unconfirmed': '{reasons}.',
  'check.firewall.linux.observed.noSoftware':
    'no hay ningún programa de firewall (ufw, firewalld, nftables) configurado',
  'check.firewall.linux.summary.none': 'No hay ningún firewall configurado',
  'check.firewall.linux.summary.off': 'El firewall está desactivado',
  'check.firewall.linux.reason.allOff':
    'Sin permisos de administrador, Preflight lee la configuración propia de cada herramienta de firewall; todas las que encontró están desactivadas.',
} as const satisfies Readonly<Record<keyof typeof CHECKS_FIREWALL_EN, string>>
