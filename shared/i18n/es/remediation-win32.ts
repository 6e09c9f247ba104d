/**
 * Spanish words of the Windows fixes (same ids as en/remediation-win32.ts).
 *
 * Names of pages and options are those of Windows in Spanish (Windows writes them addressing the
 * user as "tú": they are quoted as shown). Home editions have "Cifrado de dispositivo"
 * (Configuración); Pro, Enterprise and Education have BitLocker (Panel de control). Names not yet
 * confirmed against Microsoft's Spanish documentation are listed under "[verify]" in docs/i18n-es.md.
 */
import type { RemediationText } from '../../remediation/types'

const ENCRYPTION_WHY =
  'Si esta laptop se pierde o se la roban, el cifrado hace que nadie pueda leer lo que contiene sin su inicio de sesión. Sin cifrado, cualquiera puede sacar el disco y copiar sus archivos, sus contraseñas guardadas y su correo en minutos.'

const RECOVERY_KEY_STEP =
  'Guarde la clave de recuperación en un lugar seguro: en su cuenta Microsoft (puede verla en https://aka.ms/myrecoverykey) o impresa y guardada lejos de la laptop, nunca solo en un archivo dentro de esta laptop. Siga las indicaciones de su campaña si las tiene.'

const FIREWALL_WHY =
  'El firewall impide que otros dispositivos de la misma red (el wifi de un café, un hotel o un evento) se conecten a programas de su laptop que usted no quería compartir.'

const SCREEN_LOCK_WHY =
  'Una laptop que se queda desbloqueada un minuto basta para que alguien lea su correo o instale un programa espía. Bloquearla poco después de que usted se aleja cierra esa oportunidad.'

const UPDATES_WHY =
  'La mayoría de los ataques contra laptops usan fallas de seguridad que Microsoft ya corrigió. Las actualizaciones automáticas instalan esos arreglos sin que usted tenga que acordarse.'

const ADMIN_NOTE =
  'Para estos pasos se necesita una cuenta de administrador en esta laptop. Si su cuenta no es de administrador, pida ayuda a la persona que configuró la laptop o a su contacto de seguridad de la campaña.'

const REMOTE_WHY =
  'Escritorio remoto y un servidor SSH permiten que cualquiera en la misma red (el wifi de un café, un hotel o un evento) pruebe contraseñas contra esta PC y, si una funciona, la controle por completo. Las laptops de la campaña no deben aceptar inicios de sesión remotos.'

const SIGNIN_WHY =
  'Con el inicio de sesión automático, cualquiera que encienda esta PC entra a su cuenta, a su correo y a sus archivos. Una cuenta de invitado habilitada permite que cualquiera use la PC sin contraseña.'

const AUTOLOGON_STEPS: readonly string[] = [
  'Presione Windows+R, escriba netplwiz y presione Enter (puede que se necesite la contraseña de un administrador).',
  'Marque “Los usuarios deben escribir su nombre y contraseña para usar el equipo” y haga clic en Aceptar.',
  'Si esa casilla no aparece: abra Configuración › Cuentas › Opciones de inicio de sesión (el botón de abajo la abre), desactive “Para mayor seguridad, permitir solo el inicio de sesión con Windows Hello…” y vuelva a ejecutar netplwiz.',
  'Si configuró el inicio de sesión automático con la herramienta Autologon de Sysinternals, vuelva a abrirla y haga clic en Disable.',
  'Reinicie la PC: debería pedirle su contraseña o su PIN. Luego revise de nuevo en Preflight.',
]

const GUEST_STEPS: readonly string[] = [
  'La cuenta de invitado tiene un nombre traducido según el idioma del sistema (Invitado, Gast, Invité), así que los pasos la buscan por su número: haga clic con el botón derecho en el botón Inicio y abra “Terminal (administrador)” o “Windows PowerShell (administrador)”.',
  "Pegue: Get-LocalUser | Where-Object { $_.SID -like 'S-1-5-21-*-501' } | Disable-LocalUser — y presione Enter.",
  'En las ediciones Pro también puede abrir Administración de equipos › Usuarios y grupos locales › Usuarios, hacer doble clic en la cuenta de invitado y marcar “La cuenta está deshabilitada”.',
  'Vuelva a Preflight y revise de nuevo.',
]

/** Spanish words for every id in WIN32_REMEDIATIONS. */
export const REMEDIATION_WIN32_ES: Readonly<Record<string, RemediationText>> = {
  'disk-encryption.win32.device-encryption': {
    title: 'Active Cifrado de dispositivo',
    why: ENCRYPTION_WHY,
    steps: [
      'Windows Home guarda la clave de recuperación en su cuenta Microsoft, así que primero inicie sesión con una: Configuración › Cuentas › Tu información › “Iniciar sesión con una cuenta Microsoft en su lugar” (sáltese este paso si ese enlace no aparece).',
      'Abra Cifrado de dispositivo: en Windows 11, Configuración › Privacidad y seguridad › Cifrado de dispositivo; en Windows 10, Configuración › Actualización y seguridad › Cifrado de dispositivo.',
      'Active Cifrado de dispositivo. Si esa página no existe, esta laptop no admite Cifrado de dispositivo: avise a su contacto de seguridad de la campaña (pasar a Windows Pro agrega BitLocker).',
      RECOVERY_KEY_STEP,
      'Deje la laptop conectada a la corriente. El cifrado sigue en segundo plano mientras usted trabaja; vuelva a Preflight y revise de nuevo más tarde.',
    ],
    duration:
      'Unos 5 minutos para activarlo; después el cifrado sigue en segundo plano (de unos minutos a unas horas).',
  },
  'disk-encryption.win32.bitlocker': {
    title: 'Active BitLocker',
    why: ENCRYPTION_WHY,
    steps: [
      'Presione Inicio, escriba “Administrar BitLocker” y ábralo (o Panel de control › Sistema y seguridad › Cifrado de unidad BitLocker). Si no lo encuentra, es una edición Home: use Configuración › Cifrado de dispositivo.',
      'Junto a la unidad de Windows (C:), haga clic en “Activar BitLocker”. ' + ADMIN_NOTE,
      'Elija dónde guardar la copia de la clave de recuperación: en su cuenta Microsoft, o imprímala. ' +
        RECOVERY_KEY_STEP,
      'Elija “Cifrar la unidad entera” (más seguro para una laptop que ya está en uso) y “Modo de cifrado nuevo”.',
      'Haga clic en “Iniciar cifrado” (si se lo ofrece, deje que Windows haga la comprobación del sistema de BitLocker y reinicie).',
      'Deje la laptop conectada a la corriente. El cifrado sigue en segundo plano; mientras tanto, Preflight muestra “No se pudo revisar”. Revise de nuevo cuando Administrar BitLocker diga “BitLocker activado”.',
    ],
    duration:
      'Unos 10 minutos de su tiempo; el cifrado sigue en segundo plano, desde menos de una hora hasta varias horas.',
  },
  'disk-encryption.win32.encrypting': {
    title: 'Deje que el cifrado termine',
    why: 'La unidad de Windows se está cifrando en este momento. Hasta que termine, una parte del disco todavía se puede leer sin su inicio de sesión.',
    steps: [
      'Deje la laptop conectada a la corriente y encendida; puede seguir trabajando.',
      'Para ver el avance, presione Inicio, escriba “Administrar BitLocker” y ábralo (en Home: Configuración › Privacidad y seguridad › Cifrado de dispositivo en Windows 11, Configuración › Actualización y seguridad › Cifrado de dispositivo en Windows 10).',
      'Cuando indique que la unidad está cifrada (“BitLocker activado”), vuelva a Preflight y revise de nuevo.',
    ],
    duration:
      'Solo hay que esperar: por lo general menos de una hora en una laptop nueva, varias horas con el disco lleno.',
  },
  'disk-encryption.win32.decrypting': {
    title: 'Se está desactivando el cifrado',
    why: 'La unidad de Windows se está descifrando: cuando termine, cualquiera que tenga la laptop podrá leer su disco. Esto no es algo que Windows haga por su cuenta.',
    steps: [
      'Si usted no lo pidió, avise ahora mismo a su contacto de seguridad de la campaña: puede que alguien haya cambiado la configuración de la laptop.',
      'Espere a que termine el descifrado (Administrar BitLocker, o Configuración › Cifrado de dispositivo en Home, lo muestra como desactivado).',
      'Luego vuelva a activar el cifrado: siga los pasos de “Active BitLocker” (Pro) o de “Active Cifrado de dispositivo” (Home) y revise de nuevo con Preflight.',
    ],
    duration:
      'El descifrado avanza en segundo plano (hasta unas horas); volver a activar el cifrado toma unos 10 minutos y luego sigue otra vez en segundo plano.',
  },
  'disk-encryption.win32.suspended': {
    title: 'Reanude la protección de BitLocker',
    why: 'El disco está cifrado, pero su clave está guardada sin protección por ahora (la protección está “suspendida”), así que el cifrado no protege una laptop perdida. A veces Windows la suspende durante un reinicio al actualizarse.',
    steps: [
      'Reinicie la laptop una vez: si Windows suspendió la protección por una actualización, la reanuda sola después del reinicio. Luego revise de nuevo con Preflight.',
      'Si sigue suspendida en Pro, Enterprise o Education: presione Inicio, escriba “Administrar BitLocker”, ábralo y haga clic en “Reanudar protección” junto a C:. ' +
        ADMIN_NOTE,
      'Si sigue suspendida en Home: presione Inicio, escriba “Terminal”, haga clic con el botón derecho, elija “Ejecutar como administrador”, escriba  manage-bde -protectors -enable C:  y presione Enter.',
      'Revise de nuevo con Preflight.',
    ],
    duration: 'Unos 3 minutos, más un reinicio.',
  },
  'disk-encryption.win32.not-encryptable': {
    title: 'Esta unidad no se puede cifrar tal como está',
    why:
      ENCRYPTION_WHY +
      ' Windows informa que no puede cifrar esta unidad con BitLocker ni con Cifrado de dispositivo.',
    steps: [
      'Abra Seguridad de Windows › Seguridad del dispositivo. Si no hay una sección “Procesador de seguridad”, puede que el TPM de la laptop esté apagado en la configuración del firmware (BIOS/UEFI).',
      'Avise a su contacto de seguridad de la campaña: puede ayudarle a encender el TPM o decidir otra opción (BitLocker de Windows Pro, u otra laptop).',
      'Después de cualquier cambio, vuelva a Preflight y revise de nuevo.',
    ],
    duration: 'Unos 15 minutos con ayuda; después, el cifrado sigue en segundo plano.',
  },
  'disk-encryption.win32.activate-home': {
    title: 'Termine de configurar Cifrado de dispositivo',
    why: 'El disco está cifrado, pero su clave sigue guardada sin protección hasta que Windows pueda guardar una clave de recuperación en una cuenta Microsoft, así que todavía no protege una laptop perdida.',
    steps: [
      'Inicie sesión en Windows con una cuenta Microsoft: Configuración › Cuentas › Tu información › “Iniciar sesión con una cuenta Microsoft en su lugar”.',
      'Abra Cifrado de dispositivo (Windows 11: Configuración › Privacidad y seguridad › Cifrado de dispositivo; Windows 10: Configuración › Actualización y seguridad › Cifrado de dispositivo) y asegúrese de que esté activado.',
      RECOVERY_KEY_STEP,
      'Reinicie la laptop y luego revise de nuevo con Preflight.',
    ],
    duration: 'Unos 10 minutos.',
  },
  'disk-encryption.win32.activate-pro': {
    title: 'Active la protección de BitLocker',
    why: 'El disco está cifrado, pero BitLocker está “esperando activación”: su clave sigue guardada sin protección, así que todavía no protege una laptop perdida.',
    steps: [
      'Presione Inicio, escriba “Administrar BitLocker” y ábralo. Junto a C: dice “BitLocker esperando activación”.',
      'Haga clic en “Activar BitLocker” (o en la opción para hacer una copia de seguridad de la clave de recuperación) y siga los pasos. ' +
        ADMIN_NOTE,
      RECOVERY_KEY_STEP,
      'Cuando la unidad muestre “BitLocker activado”, revise de nuevo con Preflight.',
    ],
    duration: 'Unos 10 minutos.',
  },
  'firewall.win32.turn-on': {
    title: 'Active el Firewall de Windows',
    why: FIREWALL_WHY,
    steps: [
      'Abra Seguridad de Windows › Firewall y protección de red (presione Inicio y escriba “Firewall y protección de red”).',
      'Haga clic en “Red privada” y active “Firewall de Microsoft Defender” (Windows 10 puede llamarlo “Firewall de Windows Defender”). Vuelva atrás y haga lo mismo con “Red pública”.',
      'Si la página dice que otra aplicación (por ejemplo Norton o ESET) administra su firewall, abra esa aplicación y active ahí su firewall.',
      'Puede que Windows pida la contraseña de un administrador. Luego revise de nuevo con Preflight.',
    ],
    duration: 'Unos 2 minutos.',
  },
  'firewall.win32.policy': {
    title: 'Quite la directiva que apaga el firewall',
    why:
      FIREWALL_WHY +
      ' En esta laptop una directiva de grupo lo apaga, así que activarlo en Seguridad de Windows no dura.',
    steps: [
      'Si un empleador o un departamento de informática administra esta laptop, pregúnteles: ellos pusieron la directiva.',
      'Si no, la puso alguna herramienta o alguna persona. En Pro: presione Inicio, escriba “gpedit.msc”, abra Configuración del equipo › Plantillas administrativas › Red › Conexiones de red › Firewall de Windows Defender, y ponga “Proteger todas las conexiones de red” en “No configurada”, tanto en Perfil de dominio como en Perfil estándar; abra también Configuración del equipo › Configuración de Windows › Configuración de seguridad › Firewall de Windows Defender con seguridad avanzada › Propiedades y ponga el estado del firewall de cada perfil en “No configurado”.',
      'En Home (sin gpedit): pida a su contacto de seguridad de la campaña que le ayude a quitar la clave del registro HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\WindowsFirewall.',
      'Reinicie, active el firewall en Seguridad de Windows › Firewall y protección de red y revise de nuevo con Preflight.',
    ],
    duration: 'Unos 15 minutos.',
  },
  'firewall.win32.service': {
    title: 'Inicie el servicio del Firewall de Windows',
    why:
      FIREWALL_WHY +
      ' Su servicio (Firewall de Windows Defender, “mpssvc”) no está funcionando, así que la configuración del firewall no se aplica.',
    steps: [
      'Reinicie la laptop y revise de nuevo: normalmente el servicio se inicia solo.',
      'Si sigue apagado, abra Seguridad de Windows › Firewall y protección de red y haga clic en la opción para restaurar la configuración predeterminada de los firewalls, o en “Activar”.',
      'Un servicio de firewall detenido puede ser señal de un programa malicioso: haga un examen completo en Seguridad de Windows › Protección antivirus y contra amenazas › Opciones de examen, y avise a su contacto de seguridad de la campaña.',
    ],
    duration: 'Unos 10 minutos, más un examen que sigue en segundo plano.',
  },
  'screen-lock.win32.set': {
    title: 'Haga que la pantalla se bloquee sola',
    why: SCREEN_LOCK_WHY,
    steps: [
      'Abra la configuración del protector de pantalla: en Windows 11, Configuración › Personalización › Pantalla de bloqueo › Protector de pantalla; en Windows 10, Configuración › Personalización › Pantalla de bloqueo › Configuración del protector de pantalla.',
      'Elija un protector de pantalla (“En blanco” sirve), ponga “Esperar” en 10 minutos o menos, marque “Mostrar la pantalla de inicio de sesión al reanudar” y haga clic en Aceptar.',
      'Abra también Configuración › Cuentas › Opciones de inicio de sesión y, en la opción que pregunta cuándo debe Windows pedirle que vuelva a iniciar sesión si ha estado ausente, elija la de cuando el equipo sale de la suspensión (o “Cada vez”).',
      'Si quiere, haga que la laptop entre en suspensión después de 15 minutos o menos, con batería y conectada: en Windows 11, Configuración › Sistema › Energía y batería › Pantalla y suspensión; en Windows 10, Configuración › Sistema › Inicio/apagado y suspensión.',
      'Cuando se aleje, presione la tecla Windows + L para bloquear al instante. Luego revise de nuevo con Preflight.',
    ],
    duration: 'Unos 3 minutos.',
  },
  'auto-updates.win32.settings': {
    title: 'Mantenga Windows Update activado',
    why: UPDATES_WHY,
    steps: [
      'Abra Configuración › Windows Update (Windows 10: Configuración › Actualización y seguridad › Windows Update).',
      'Asegúrese de que las actualizaciones no estén en pausa, instale lo que esté pendiente y reinicie cuando se le pida.',
    ],
    duration: 'Unos 2 minutos; después las actualizaciones se descargan e instalan en segundo plano.',
  },
  'auto-updates.win32.paused': {
    title: 'Reanude las actualizaciones de Windows',
    why:
      UPDATES_WHY +
      ' Las actualizaciones están en pausa en esta laptop, así que no llega ningún arreglo de seguridad hasta que termine la pausa.',
    steps: [
      'Abra Configuración › Windows Update (Windows 10: Configuración › Actualización y seguridad › Windows Update).',
      'Haga clic en “Reanudar actualizaciones”.',
      'Haga clic en “Buscar actualizaciones”, instale lo que se ofrezca y reinicie cuando se le pida.',
      'Revise de nuevo con Preflight.',
    ],
    duration:
      'Unos 2 minutos; después las actualizaciones se descargan e instalan en segundo plano (puede que haga falta reiniciar).',
  },
  'auto-updates.win32.policy': {
    title: 'Quite la directiva que detiene las actualizaciones automáticas',
    why:
      UPDATES_WHY +
      ' En esta laptop una directiva desactiva las actualizaciones automáticas o solo le avisa de ellas.',
    steps: [
      'Abra Configuración › Windows Update › Opciones avanzadas › Directivas de actualización configuradas (Windows 10: Configuración › Actualización y seguridad › Windows Update › Ver directivas de actualización configuradas) para ver qué está configurado.',
      'Si un empleador o un departamento de informática administra esta laptop, pregúnteles. Si no, por lo general la directiva la puso una herramienta para “bloquear actualizaciones”: abra esa herramienta y vuelva a permitir las actualizaciones, o desinstálela.',
      'En Pro también puede presionar Inicio, escribir “gpedit.msc” y abrir Configuración del equipo › Plantillas administrativas › Componentes de Windows › Windows Update (en Windows 11 › Administrar la experiencia del usuario final): ponga “Configurar Actualizaciones automáticas” y “Quitar acceso a todas las características de Windows Update” en “No configurada”. ' +
        ADMIN_NOTE,
      'En Home, pida a su contacto de seguridad de la campaña que le ayude a quitar la clave del registro HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate.',
      'Reinicie, abra Configuración › Windows Update, instale lo que se ofrezca y revise de nuevo con Preflight.',
    ],
    duration: 'Unos 15 minutos; después las actualizaciones se instalan en segundo plano.',
  },
  'auto-updates.win32.service': {
    title: 'Vuelva a activar el servicio Windows Update',
    why:
      UPDATES_WHY +
      ' El servicio Windows Update está deshabilitado en esta laptop, así que no se descarga ni se instala nada.',
    steps: [
      'Si instaló una herramienta para “bloquear actualizaciones”, ábrala y vuelva a permitir las actualizaciones, o desinstálela.',
      'Si no, presione Inicio, escriba “services.msc” y ábralo. Haga doble clic en “Windows Update”, ponga “Tipo de inicio” en “Manual”, haga clic en Iniciar y luego en Aceptar. ' +
        ADMIN_NOTE,
      'Reinicie, abra Configuración › Windows Update y haga clic en “Buscar actualizaciones”.',
      'Revise de nuevo con Preflight.',
    ],
    duration: 'Unos 10 minutos; después las actualizaciones se descargan e instalan en segundo plano.',
  },
  'remote-access.win32.rdp': {
    title: 'Desactive Escritorio remoto',
    why: REMOTE_WHY,
    steps: [
      'Abra Configuración › Sistema › Escritorio remoto (el botón de abajo lo abre), igual en Windows 10 y 11.',
      'Desactive Escritorio remoto y confirme. Windows pide la contraseña de un administrador si su cuenta no es de administrador.',
      'Si el interruptor aparece atenuado, lo fija una directiva de grupo: avise a su contacto de seguridad de la campaña o a quien administre esta PC.',
      'Vuelva a Preflight y revise de nuevo.',
    ],
    duration: 'Unos 2 minutos.',
  },
  'remote-access.win32.rdp-policy': {
    title: 'Una directiva tiene activado Escritorio remoto',
    why: REMOTE_WHY,
    steps: [
      'Una directiva de grupo o una herramienta de administración (Intune, la configuración de un empleador anterior) activa Escritorio remoto, así que el interruptor de Configuración no puede cambiarlo.',
      'Si esta PC es suya, un administrador puede abrir el Editor de directivas de grupo local (gpedit.msc, solo en Pro) › Configuración del equipo › Plantillas administrativas › Componentes de Windows › Servicios de Escritorio remoto › Host de sesión de Escritorio remoto › Conexiones, y poner “Permitir que los usuarios se conecten de forma remota mediante Servicios de Escritorio remoto” en No configurada o Deshabilitada.',
      'Si una organización administra esta PC, pídale que quite la directiva, o use otra laptop para el trabajo de la campaña.',
      'Reinicie y luego revise de nuevo en Preflight.',
    ],
    duration: 'Unos 15 minutos, o más si otra persona administra la PC.',
  },
  'remote-access.win32.openssh': {
    title: 'Quite o detenga el servidor OpenSSH',
    why: REMOTE_WHY,
    steps: [
      'Abra Configuración › Características opcionales (el botón de abajo la abre): en Windows 11 está en Sistema, en Windows 10 en Aplicaciones.',
      'Busque “Servidor OpenSSH” en la lista de características instaladas, selecciónelo y elija Quitar (se necesita un administrador). Deje el “Cliente OpenSSH”: no es peligroso.',
      'Si más adelante necesita el servidor, en lugar de quitarlo deténgalo: abra Servicios (presione Windows+R y escriba services.msc), haga doble clic en “OpenSSH SSH Server”, haga clic en Detener y ponga “Tipo de inicio” en Deshabilitado.',
      'Vuelva a Preflight y revise de nuevo.',
    ],
    duration: 'Unos 5 minutos.',
  },
  'remote-access.win32.listener': {
    title: 'Quite la aplicación de control remoto',
    why: REMOTE_WHY,
    steps: [
      'Algo está esperando inicios de sesión remotos o conexiones para compartir la pantalla (puerto 22 o 5900–5999, como mostró Preflight): por lo general un servidor VNC (TightVNC, UltraVNC, RealVNC) u otra aplicación de control remoto.',
      'Abra Configuración › Aplicaciones › Aplicaciones instaladas (el botón de abajo la abre), busque la aplicación de control remoto o de VNC y desinstálela. Si la necesita, abra la aplicación y apague su servidor o la opción de “permitir conexiones entrantes”.',
      'Si no reconoce nada, avise a su contacto de seguridad de la campaña y envíele una grabación (preflight check --record transcript.json).',
      'Vuelva a Preflight y revise de nuevo.',
    ],
    duration: 'Unos 10 minutos.',
  },
  'login-protection.win32.autologon': {
    title: 'Desactive el inicio de sesión automático',
    why: SIGNIN_WHY,
    steps: AUTOLOGON_STEPS,
    duration: 'Unos 5 minutos.',
  },
  'login-protection.win32.guest': {
    title: 'Deshabilite la cuenta de invitado',
    why: SIGNIN_WHY,
    steps: GUEST_STEPS,
    duration: 'Unos 5 minutos.',
  },
  'login-protection.win32.autologon-and-guest': {
    title: 'Desactive el inicio de sesión automático y deshabilite la cuenta de invitado',
    why: SIGNIN_WHY,
    steps: [...AUTOLOGON_STEPS.slice(0, -1), ...GUEST_STEPS],
    duration: 'Unos 10 minutos.',
  },
}
