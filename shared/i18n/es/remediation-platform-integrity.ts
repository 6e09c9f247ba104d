/**
 * Spanish words of the platform-integrity fixes (same ids as en/remediation-platform-integrity.ts).
 *
 * Firmware (BIOS/UEFI) screens, shim's MOK manager and the virtual-machine tools usually show
 * English: their option names stay in English, with a Spanish explanation where it helps.
 * Commands in `code` are kept exactly as in English.
 */
import type { RemediationText } from '../../remediation/types'

const SIP_WHY =
  'La Protección de la Integridad del Sistema (SIP) impide que cualquier programa, incluso uno para el que usted escribió su contraseña, modifique macOS. Si está desactivada, el malware puede esconderse dentro del sistema y sobrevivir a las actualizaciones.'

const GATEKEEPER_WHY =
  'Gatekeeper comprueba que una app venga de App Store o de un desarrollador identificado, y que Apple la haya analizado, antes de abrirla por primera vez. Si está desactivado, cualquier programa descargado se ejecuta sin control.'

const SECURE_BOOT_WHY =
  'El arranque seguro (Secure Boot) hace que la computadora se niegue a iniciar software que no esté firmado, así que el malware no puede esconderse en el proceso de arranque, donde el antivirus no lo ve.'

const CHECK_AGAIN = 'Presione “Revisar de nuevo” en Preflight.'
const NOTE_STEPS =
  'Primero anote estos pasos o tómeles una foto: Preflight no está disponible mientras la computadora está en su configuración de arranque.'
const BITLOCKER_FIRST =
  'Si el disco está cifrado (BitLocker o Cifrado de dispositivo), asegúrese de tener su clave de recuperación antes de empezar (con una cuenta Microsoft: aka.ms/myrecoverykey). Cambiar la configuración del firmware puede hacer que Windows la pida una vez.'

const sip = (startRecovery: readonly string[]): RemediationText => ({
  title: 'Vuelva a activar la Protección de la Integridad del Sistema',
  why: SIP_WHY,
  steps: [
    NOTE_STEPS,
    ...startRecovery,
    'Si se le pide, elija un usuario cuya contraseña conozca y escríbala (la de un administrador).',
    'En la barra de menús, elija Utilidades › Terminal.',
    'Escriba `csrutil enable` y presione Retorno. Confirme con y y su contraseña si se le pide. (Si después la revisión sigue indicando una configuración personalizada, repita esto con `csrutil clear`).',
    'Elija menú Apple › Reiniciar.',
    CHECK_AGAIN,
    'Si desactivó SIP para un programa o una herramienta de desarrollo, avise a su contacto de seguridad de la campaña antes de usar esta Mac para el trabajo de la campaña con SIP desactivada.',
  ],
  duration: 'Unos 15 minutos, con dos reinicios.',
})

const windowsSecureBoot = (recovery: string): RemediationText => ({
  title: 'Active el arranque seguro (Secure Boot)',
  why: SECURE_BOOT_WHY,
  steps: [
    NOTE_STEPS,
    BITLOCKER_FIRST,
    `${recovery} (el botón de abajo lo abre). Junto a “Inicio avanzado”, haga clic en “Reiniciar ahora”.`,
    'Elija Solucionar problemas › Opciones avanzadas › Configuración de firmware UEFI › Reiniciar.',
    'En la configuración del firmware, busque “Secure Boot” (a menudo en Security, Boot o Authentication) y póngalo en Enabled (activado). Si no se puede cambiar, busque primero “Restore Factory Keys” o “Install default Secure Boot keys” (restaurar las claves de fábrica). Las pantallas son distintas en cada fabricante.',
    'Guarde y salga (a menudo con F10). Windows arranca como siempre.',
    'Si Windows no arranca, vuelva a entrar de la misma forma, ponga Secure Boot otra vez en Disabled (desactivado) y avise a su contacto de seguridad de la campaña.',
    CHECK_AGAIN,
  ],
  duration: 'Unos 15 minutos, con los reinicios.',
})

/** Spanish words for every id in PLATFORM_INTEGRITY_REMEDIATIONS. */
export const REMEDIATION_PLATFORM_INTEGRITY_ES: Readonly<Record<string, RemediationText>> = {
  'platform-integrity.darwin.sip': sip([
    'Guarde su trabajo y luego elija menú Apple › Apagar.',
    'Mantenga presionado el botón de encendido hasta que aparezca “Cargando opciones de arranque”. Haga clic en Opciones y luego en Continuar. (Estos son los pasos para una Mac con Apple silicon; en una Mac con Intel, en cambio, reinicie y mantenga presionadas las teclas Comando (⌘) y R).',
  ]),
  'platform-integrity.darwin.sip.intel': sip([
    'Guarde su trabajo y luego elija menú Apple › Reiniciar.',
    'De inmediato, mantenga presionadas las teclas Comando (⌘) y R hasta que vea el logotipo de Apple o un globo terráqueo girando. (Estos son los pasos para una Mac con Intel; en una Mac con Apple silicon, en cambio, apáguela y mantenga presionado el botón de encendido hasta que aparezca “Cargando opciones de arranque”).',
  ]),
  'platform-integrity.darwin.gatekeeper': {
    title: 'Vuelva a activar Gatekeeper',
    why: GATEKEEPER_WHY,
    steps: [
      'Abra el menú Apple › Configuración del Sistema › Privacidad y seguridad (el botón de abajo lo abre).',
      'Desplácese hacia abajo hasta Seguridad. En “Permitir aplicaciones de” (macOS 13 y 14: “Permitir aplicaciones descargadas de”), elija “App Store y desarrolladores conocidos” (macOS 13 y 14: “App Store y desarrolladores identificados”).',
      'Escriba su contraseña si se le pide.',
      'Si sigue seleccionada la opción “Cualquier lugar” o la opción aparece atenuada, abra Terminal y ejecute `sudo spctl --master-enable` (le pide la contraseña de un administrador). Si aun así no cambia, la fija un perfil de configuración: pregunte a quien administra esta Mac.',
      CHECK_AGAIN,
    ],
    duration: 'Unos 2 minutos.',
  },
  'platform-integrity.darwin.gatekeeper.macos12': {
    title: 'Vuelva a activar Gatekeeper',
    why: GATEKEEPER_WHY,
    steps: [
      'Abra el menú Apple › Preferencias del Sistema › Seguridad y privacidad, y luego la pestaña General (el botón de abajo lo abre).',
      'Haga clic en el candado de la esquina inferior izquierda y escriba su contraseña.',
      'En “Permitir apps descargadas de”, elija “App Store y desarrolladores identificados”.',
      'Si sigue seleccionada la opción “Cualquier lugar”, abra Terminal y ejecute `sudo spctl --master-enable` (le pide la contraseña de un administrador).',
      CHECK_AGAIN,
    ],
    duration: 'Unos 2 minutos.',
  },

  'platform-integrity.win32.secure-boot': windowsSecureBoot('Abra Configuración › Sistema › Recuperación'),
  'platform-integrity.win32.secure-boot.win10': windowsSecureBoot(
    'Abra Configuración › Actualización y seguridad › Recuperación',
  ),
  'platform-integrity.win32.legacy-bios': {
    title: 'Cambie esta PC del modo BIOS heredado (legacy) al modo UEFI',
    why: `${SECURE_BOOT_WHY} Esta PC arranca en el antiguo modo “BIOS heredado” (legacy BIOS), que no tiene arranque seguro.`,
    steps: [
      'Este cambio necesita un administrador y una copia de seguridad completa: pida a su contacto de seguridad de la campaña o a quien le ayude con la informática que lo haga con usted.',
      'Para quien ayude: haga la copia de seguridad y luego, en un símbolo del sistema de administrador, ejecute `mbr2gpt /validate /allowFullOS` y, si pasa, `mbr2gpt /convert /allowFullOS` (antes suspenda BitLocker si está activado).',
      'Reinicie y entre a la configuración del firmware (por lo general con F2, F10, Supr/Del o Esc mientras la PC arranca), cambie el modo de arranque a UEFI (desactive “CSM” o “Legacy”) y active Secure Boot. Guarde y salga.',
      'Si la PC es demasiado antigua para ofrecer UEFI, no puede cumplir este requisito: hable con su contacto de seguridad de la campaña sobre un reemplazo.',
      CHECK_AGAIN,
    ],
    duration: 'Alrededor de una hora con un administrador, incluida la revisión de la copia de seguridad.',
  },

  'platform-integrity.linux.secure-boot': {
    title: 'Active el arranque seguro (Secure Boot)',
    why: SECURE_BOOT_WHY,
    steps: [
      NOTE_STEPS,
      'Ubuntu, Fedora, Debian, Linux Mint y openSUSE arrancan con Secure Boot sin configurar nada. Si agregó controladores compilados en esta computadora (por ejemplo NVIDIA o VirtualBox), deben estar firmados con una clave que usted registre (la herramienta de controladores de su distribución lo ofrece); sin eso, dejan de cargarse cuando Secure Boot se activa.',
      'Abra una terminal y ejecute `systemctl reboot --firmware-setup` (o presione la tecla del firmware, a menudo F2, F10, Supr/Del o Esc, mientras la computadora arranca).',
      'En la configuración del firmware, busque “Secure Boot” y póngalo en Enabled (activado). Si no se puede cambiar, elija primero “Restore Factory Keys” o “Install default Secure Boot keys” (restaurar las claves de fábrica). Guarde y salga.',
      'Si Linux no arranca, vuelva a la configuración del firmware, desactive otra vez Secure Boot y avise a su contacto de seguridad de la campaña.',
      CHECK_AGAIN,
    ],
    duration: 'Unos 15 minutos, con los reinicios.',
  },
  'platform-integrity.linux.secure-boot.arch': {
    title: 'Configure el arranque seguro con sus propias claves (sbctl)',
    why: SECURE_BOOT_WHY,
    steps: [
      NOTE_STEPS,
      'Arch Linux no trae un cargador de arranque firmado, así que usted lo firma con sus propias claves. La página de la Arch Wiki “Unified Extensible Firmware Interface/Secure Boot” tiene el procedimiento completo; estos son los pasos habituales.',
      'Instale sbctl: `sudo pacman -S sbctl`.',
      'Reinicie en la configuración del firmware (`systemctl reboot --firmware-setup`), borre las claves de Secure Boot (esto pone el firmware en “Setup Mode”), guarde y vuelva a iniciar Linux.',
      'Cree y registre las claves, conservando las de Microsoft para los controladores del firmware: `sudo sbctl create-keys` y luego `sudo sbctl enroll-keys -m`.',
      'Firme su cargador de arranque y su kernel: `sudo sbctl verify` muestra los archivos; firme cada uno con `sudo sbctl sign -s <archivo>`.',
      'Reinicie en la configuración del firmware y active Secure Boot.',
      CHECK_AGAIN,
    ],
    duration: 'Unos 45 minutos.',
  },
  'platform-integrity.linux.setup-mode': {
    title: 'Restaure las claves de Secure Boot',
    why: `${SECURE_BOOT_WHY} Su firmware está en “Setup Mode”: no tiene claves registradas, así que no comprueba nada.`,
    steps: [
      NOTE_STEPS,
      'Abra una terminal y ejecute `systemctl reboot --firmware-setup`.',
      'En la configuración del firmware, busque Secure Boot y elija “Restore Factory Keys” o “Install default Secure Boot keys” (restaurar las claves de fábrica), y luego ponga Secure Boot en Enabled (activado). Guarde y salga.',
      'Si usted registra a propósito sus propias claves (por ejemplo con sbctl), termine de registrarlas.',
      CHECK_AGAIN,
    ],
    duration: 'Unos 15 minutos, con los reinicios.',
  },
  'platform-integrity.linux.shim-validation': {
    title: 'Vuelva a activar la comprobación de firmas en shim',
    why: `${SECURE_BOOT_WHY} Secure Boot está activado, pero a shim (el primer cargador de arranque) se le indicó que se salte sus comprobaciones, así que los kernels sin firmar arrancan de todos modos.`,
    steps: [
      'Abra una terminal y ejecute `sudo mokutil --enable-validation`. Cuando se le pida, elija una contraseña corta de un solo uso.',
      'Reinicie la computadora. Aparece una pantalla azul “MOK management”: elija “Change Secure Boot state”, escriba los caracteres de la contraseña de un solo uso que le pida y confirme con Yes.',
      'Vuelva a reiniciar.',
      CHECK_AGAIN,
    ],
    duration: 'Unos 10 minutos, con los reinicios.',
  },
  'platform-integrity.linux.legacy-bios': {
    title: 'Pase Linux al modo UEFI',
    why: `${SECURE_BOOT_WHY} Esta computadora arranca en el antiguo modo BIOS heredado (legacy BIOS), que no tiene arranque seguro.`,
    steps: [
      'Por lo general esto significa reinstalar Linux: pida ayuda a su contacto de seguridad de la campaña antes de empezar, y haga una copia de seguridad de sus archivos.',
      'En la configuración del firmware (a menudo con F2, F10, Supr/Del o Esc mientras la computadora arranca), ponga el modo de arranque en UEFI y desactive la compatibilidad “CSM” o “Legacy”.',
      'Reinstale Linux desde una memoria USB iniciada en modo UEFI y, después, active Secure Boot en la configuración del firmware.',
      'Si la computadora es demasiado antigua para ofrecer UEFI, no puede cumplir este requisito: hable con su contacto de seguridad de la campaña sobre un reemplazo.',
      CHECK_AGAIN,
    ],
    duration: 'Unas 2 horas incluida la reinstalación; volver a copiar los archivos puede tomar más.',
  },
  'platform-integrity.linux.vm': {
    title: 'Active el arranque seguro en esta máquina virtual',
    why: `${SECURE_BOOT_WHY} Este Linux funciona en una máquina virtual, así que el arranque seguro es una opción de la máquina virtual, no de una pantalla de firmware.`,
    steps: [
      'Apague la máquina virtual.',
      'En su configuración, elija firmware UEFI con Secure Boot (nombres de las opciones en inglés): virt-manager (Overview › Firmware: una imagen UEFI “secboot”), VirtualBox 7 (System › Enable EFI y Enable Secure Boot), VMware (Options › Advanced › Firmware type UEFI, Enable secure boot), Hyper-V (una máquina de generación 2, Security › Enable Secure Boot con la plantilla “Microsoft UEFI Certificate Authority”).',
      'Una máquina instalada en modo BIOS por lo general hay que reinstalarla para que arranque en modo UEFI.',
      'Ejecute Preflight también en la laptop que aloja la máquina virtual: esa es la computadora a la que se refieren los requisitos de la campaña.',
      CHECK_AGAIN,
    ],
    duration: 'Unos 15 minutos (más si hay que reinstalar el sistema invitado).',
  },
  'platform-integrity.linux.host': {
    title: 'Revise la computadora misma, no el contenedor ni WSL',
    why: 'Preflight se está ejecutando dentro de un contenedor o del Subsistema de Windows para Linux (WSL). El arranque seguro pertenece al firmware de la computadora, y solo la computadora misma puede informarlo.',
    steps: [
      'En WSL: ejecute Preflight directamente en Windows.',
      'En un contenedor: ejecute Preflight directamente en la computadora que ejecuta el contenedor.',
    ],
    duration: 'Unos 5 minutos.',
  },
}
