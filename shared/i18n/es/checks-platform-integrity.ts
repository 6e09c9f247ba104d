/**
 * Spanish messages of the platform-integrity check (keys as in
 * shared/i18n/en/checks-platform-integrity.ts). Tool and variable names and their values stay as the
 * machine writes them; Secure Boot is written "arranque seguro (Secure Boot)" the first time in a
 * text, as firmware screens say Secure Boot (docs/i18n-es.md).
 */
import type { CHECKS_PLATFORM_INTEGRITY_EN } from '../en/checks-platform-integrity'

export const CHECKS_PLATFORM_INTEGRITY_ES = {
  // macOS
  'check.platform-integrity.darwin.requirement':
    'La Protección de la Integridad del Sistema está activada por completo y Gatekeeper revisa las apps antes de que se abran',
  'check.platform-integrity.darwin.observed.sipOn': 'Protección de la Integridad del Sistema: activada',
  'check.platform-integrity.darwin.observed.sipOff': 'Protección de la Integridad del Sistema: desactivada',
  'check.platform-integrity.darwin.observed.sipCustom':
    'Protección de la Integridad del Sistema: configuración personalizada',
  'check.platform-integrity.darwin.observed.sipCustomOff':
    'Protección de la Integridad del Sistema: configuración personalizada (desactivado: {protections})',
  'check.platform-integrity.darwin.observed.gatekeeperOn': 'Gatekeeper: activado',
  'check.platform-integrity.darwin.observed.gatekeeperOff': 'Gatekeeper: desactivado',
  'check.platform-integrity.darwin.problem.csrutilUnknown':
    '`csrutil status` mostró un estado que Preflight no conoce',
  'check.platform-integrity.darwin.problem.spctlUnknown':
    '`spctl --status` dio una respuesta que Preflight no conoce (código de salida {code})',
  'check.platform-integrity.darwin.problem.spctlNoAnswer': '`spctl --status` no respondió',
  'check.platform-integrity.darwin.summary.sipOff':
    'La Protección de la Integridad del Sistema está desactivada',
  'check.platform-integrity.darwin.summary.sipOffGatekeeperOff':
    'La Protección de la Integridad del Sistema está desactivada, y Gatekeeper también',
  'check.platform-integrity.darwin.summary.sipPartly':
    'La Protección de la Integridad del Sistema está desactivada en parte (configuración personalizada)',
  'check.platform-integrity.darwin.summary.sipPartlyGatekeeperOff':
    'La Protección de la Integridad del Sistema está desactivada en parte (configuración personalizada), y Gatekeeper está desactivado',
  'check.platform-integrity.darwin.summary.gatekeeperOff':
    'Gatekeeper está desactivado: apps de cualquier origen pueden abrirse sin ser revisadas',
  'check.platform-integrity.darwin.summary.pass':
    'La Protección de la Integridad del Sistema y Gatekeeper están activados',
  'check.platform-integrity.darwin.summary.unconfirmed':
    'No se pudo confirmar la Protección de la Integridad del Sistema ni Gatekeeper',
  'check.platform-integrity.darwin.reason.sip':
    'La Protección de la Integridad del Sistema (SIP) solo se puede volver a activar desde Recuperación de macOS.',
  'check.platform-integrity.darwin.reason.sipAlso':
    'La Protección de la Integridad del Sistema (SIP) solo se puede volver a activar desde Recuperación de macOS. Tampoco se pudo leer: {problems}.',
  'check.platform-integrity.darwin.reason.sipGatekeeper':
    'La Protección de la Integridad del Sistema (SIP) solo se puede volver a activar desde Recuperación de macOS. Vuelva a activar también Gatekeeper (Privacidad y seguridad); Preflight muestra esos pasos cuando SIP esté activada.',
  'check.platform-integrity.darwin.reason.sipGatekeeperAlso':
    'La Protección de la Integridad del Sistema (SIP) solo se puede volver a activar desde Recuperación de macOS. Vuelva a activar también Gatekeeper (Privacidad y seguridad); Preflight muestra esos pasos cuando SIP esté activada. Tampoco se pudo leer: {problems}.',
  'check.platform-integrity.darwin.reason.alsoUnreadable': 'Tampoco se pudo leer: {problems}.',
  'check.platform-integrity.darwin.reason.unconfirmed':
    '{problems|cap}. En Terminal, `csrutil status` y `spctl --status` muestran los dos ajustes.',

  // Windows
  'check.platform-integrity.win32.requirement':
    'El arranque seguro (Secure Boot) está activado (la PC arranca en modo UEFI y comprueba las firmas del software de arranque)',
  'check.platform-integrity.win32.observed.firmwareUefi': 'firmware: UEFI (PEFirmwareType {value})',
  'check.platform-integrity.win32.observed.firmwareBios': 'firmware: BIOS heredado (PEFirmwareType {value})',
  'check.platform-integrity.win32.observed.firmwareUnknown':
    'firmware: tipo desconocido {value} (PEFirmwareType {value})',
  'check.platform-integrity.win32.observed.firmwareMissing':
    'el tipo de firmware no está registrado (falta PEFirmwareType)',
  'check.platform-integrity.win32.observed.secureBootOn':
    'Arranque seguro (Secure Boot): activado (UEFISecureBootEnabled {value})',
  'check.platform-integrity.win32.observed.secureBootOff':
    'Arranque seguro (Secure Boot): desactivado (UEFISecureBootEnabled {value})',
  'check.platform-integrity.win32.observed.secureBootUnknown':
    'Arranque seguro (Secure Boot): valor desconocido {value} (UEFISecureBootEnabled {value})',
  'check.platform-integrity.win32.observed.secureBootMissing':
    'el estado del arranque seguro (Secure Boot) no está registrado (falta SecureBoot\\State\\UEFISecureBootEnabled)',
  'check.platform-integrity.win32.problem.firmware': 'no se pudo leer el tipo de firmware ({detail})',
  'check.platform-integrity.win32.problem.secureBoot':
    'no se pudo leer el estado del arranque seguro (Secure Boot) ({detail})',
  'check.platform-integrity.win32.problem.contradiction':
    'Windows indica el arranque seguro (Secure Boot) activado pero un arranque con BIOS heredado, y las dos cosas se contradicen',
  'check.platform-integrity.win32.problem.unexpectedValue':
    'Windows indica un valor inesperado del arranque seguro (Secure Boot) ({value})',
  'check.platform-integrity.win32.problem.notRecorded':
    'Windows no registra aquí el estado del arranque seguro (Secure Boot)',
  'check.platform-integrity.win32.summary.legacyBios':
    'Esta PC arranca en modo BIOS heredado, así que el arranque seguro (Secure Boot) no puede estar activado',
  'check.platform-integrity.win32.summary.off': 'El arranque seguro (Secure Boot) está desactivado',
  'check.platform-integrity.win32.summary.on': 'El arranque seguro (Secure Boot) está activado',
  'check.platform-integrity.win32.summary.unconfirmed':
    'No se pudo confirmar que el arranque seguro (Secure Boot) esté activado',
  'check.platform-integrity.win32.reason.legacyBios':
    'El arranque seguro (Secure Boot) solo existe cuando una PC arranca en modo UEFI. Para cambiar un Windows ya instalado de BIOS heredado a UEFI, primero hay que convertir el disco (de MBR a GPT), y eso lo tiene que hacer una persona administradora.',
  'check.platform-integrity.win32.reason.legacyBiosAlso':
    'El arranque seguro (Secure Boot) solo existe cuando una PC arranca en modo UEFI. Para cambiar un Windows ya instalado de BIOS heredado a UEFI, primero hay que convertir el disco (de MBR a GPT), y eso lo tiene que hacer una persona administradora. Tampoco se pudo leer: {problems}.',
  'check.platform-integrity.win32.reason.alsoUnreadable': 'Tampoco se pudo leer: {problems}.',
  'check.platform-integrity.win32.reason.unconfirmed':
    '{problem|cap}. Abra Información del sistema (msinfo32) y mire “Estado de arranque seguro” y “Modo de BIOS”.',

  // Linux
  'check.platform-integrity.linux.requirement':
    'El arranque seguro (Secure Boot) está activado (la computadora arranca por UEFI y solo ejecuta software de arranque firmado)',
  'check.platform-integrity.linux.observed.uefi': 'hay una interfaz de firmware UEFI (/sys/firmware/efi)',
  'check.platform-integrity.linux.observed.uefiBits':
    'hay una interfaz de firmware UEFI (/sys/firmware/efi, firmware de {bits} bits)',
  'check.platform-integrity.linux.observed.efiVars': 'hay variables UEFI',
  'check.platform-integrity.linux.observed.noUefi':
    'no hay interfaz de firmware UEFI: /sys/firmware/efi no existe',
  'check.platform-integrity.linux.observed.efiUnreadable': 'no se pudo leer /sys/firmware/efi ({error})',
  'check.platform-integrity.linux.observed.noSysfs': 'sysfs no está montado en /sys',
  'check.platform-integrity.linux.observed.secureBootOn': 'variable SecureBoot: {value} (activado)',
  'check.platform-integrity.linux.observed.secureBootOff': 'variable SecureBoot: {value} (desactivado)',
  'check.platform-integrity.linux.observed.secureBootInvalid': 'variable SecureBoot: contenido inesperado',
  'check.platform-integrity.linux.observed.secureBootUnreadable':
    'variable SecureBoot: no se pudo leer ({error})',
  'check.platform-integrity.linux.observed.secureBootMissing': 'variable SecureBoot: no existe',
  'check.platform-integrity.linux.observed.setupMode': 'variable SetupMode: {value}',
  'check.platform-integrity.linux.observed.setupModeOn':
    'variable SetupMode: {value} (Setup Mode: no hay claves registradas)',
  'check.platform-integrity.linux.observed.shimValidationOff':
    'existe la variable MokSBStateRT de shim: shim no comprueba las firmas (mokutil --disable-validation)',
  'check.platform-integrity.linux.summary.wsl': 'El arranque seguro (Secure Boot) de WSL lo decide Windows',
  'check.platform-integrity.linux.summary.container':
    'El arranque seguro (Secure Boot) no se puede juzgar desde dentro de un contenedor',
  'check.platform-integrity.linux.observed.wsl': 'Se ejecuta dentro del Subsistema de Windows para Linux',
  'check.platform-integrity.linux.observed.container': 'Se ejecuta dentro de un contenedor ({runtime})',
  'check.platform-integrity.linux.unknownRuntime': 'entorno desconocido',
  'check.platform-integrity.linux.reason.wsl':
    'WSL se ejecuta dentro de Windows, que es lo que arranca el firmware. Abra Preflight en Windows para revisar el arranque seguro (Secure Boot).',
  'check.platform-integrity.linux.reason.container':
    'Un contenedor comparte el kernel y el firmware de la computadora en la que se ejecuta; lo que ve de ellos no sirve de prueba para esa computadora. Abra Preflight directamente en esa computadora.',
  'check.platform-integrity.linux.observed.vm': 'máquina virtual ({hypervisor})',
  'check.platform-integrity.linux.unknownHypervisor': 'hipervisor desconocido',
  'check.platform-integrity.linux.summary.bootUnknown': 'No se pudo saber cómo arrancó esta computadora',
  'check.platform-integrity.linux.reason.noSysfs':
    'sysfs no está montado en /sys, así que la falta de una interfaz UEFI no demuestra nada. Use Preflight en un sistema arrancado de forma normal.',
  'check.platform-integrity.linux.reason.sysfsUnconfirmed':
    'Preflight no pudo confirmar que sysfs esté montado en /sys (no se pudo leer /proc/self/mounts), así que la falta de una interfaz UEFI no demuestra nada. Use Preflight en un sistema arrancado de forma normal.',
  'check.platform-integrity.linux.summary.legacyBios':
    'Esta computadora arrancó en modo BIOS heredado (sin UEFI), así que el arranque seguro (Secure Boot) no puede estar activado',
  'check.platform-integrity.linux.reason.legacyBios':
    'El arranque seguro (Secure Boot) es parte del firmware UEFI. Una computadora que arranca en modo BIOS heredado (o CSM) no tiene arranque seguro, así que esta revisión no puede salir bien hasta que arranque en modo UEFI.',
  'check.platform-integrity.linux.state.enabled': 'activado',
  'check.platform-integrity.linux.state.disabled': 'desactivado',
  'check.platform-integrity.linux.observed.mokutil': 'mokutil: Secure Boot {state}',
  'check.platform-integrity.linux.observed.mokutilSetupMode': 'mokutil: Secure Boot {state}, Setup Mode',
  'check.platform-integrity.linux.observed.mokutilShimOff':
    'mokutil: Secure Boot {state}, validación de shim desactivada',
  'check.platform-integrity.linux.observed.mokutilSetupModeShimOff':
    'mokutil: Secure Boot {state}, Setup Mode, validación de shim desactivada',
  'check.platform-integrity.linux.problem.noMokutil': 'mokutil no está instalado',
  'check.platform-integrity.linux.problem.mokutilUnknown':
    '`mokutil --sb-state` dio una respuesta que Preflight no conoce',
  'check.platform-integrity.linux.problem.mokutilNoEfi': 'mokutil indica que no hay variables EFI',
  'check.platform-integrity.linux.problem.mokutilUndetermined':
    'mokutil no puede determinar el estado del arranque seguro (Secure Boot)',
  'check.platform-integrity.linux.problem.secureBootUnreadable':
    'No se pudo leer la variable SecureBoot ({error})',
  'check.platform-integrity.linux.problem.secureBootInvalid':
    'La variable SecureBoot tiene un valor inesperado',
  'check.platform-integrity.linux.problem.noEfivarfs':
    'Las variables EFI no están disponibles (efivarfs no está montado)',
  'check.platform-integrity.linux.summary.unreadable':
    'No se pudo leer el estado del arranque seguro (Secure Boot)',
  'check.platform-integrity.linux.reason.unreadable':
    '{efi}, y {why}. `mokutil --sb-state` o la configuración del firmware muestran si el arranque seguro (Secure Boot) está activado.',
  'check.platform-integrity.linux.summary.absent':
    'El firmware de esta computadora no tiene ningún ajuste de arranque seguro (Secure Boot) en vigor',
  'check.platform-integrity.linux.reason.absent':
    'La computadora arranca por UEFI, pero su firmware no define ninguna variable SecureBoot, así que el arranque seguro (Secure Boot) no está en vigor. Busque Secure Boot en la configuración del firmware; un firmware muy antiguo puede no ofrecerlo.',
  'check.platform-integrity.linux.summary.offSetupMode':
    'El arranque seguro (Secure Boot) está desactivado: el firmware está en Setup Mode (no hay claves registradas)',
  'check.platform-integrity.linux.summary.off': 'El arranque seguro (Secure Boot) está desactivado',
  'check.platform-integrity.linux.summary.setupMode':
    'El arranque seguro (Secure Boot) no se aplica: el firmware está en Setup Mode',
  'check.platform-integrity.linux.summary.shimValidationOff':
    'El arranque seguro (Secure Boot) está activado, pero el cargador de arranque shim no comprueba las firmas',
  'check.platform-integrity.linux.reason.shimValidationOff':
    'Con la validación de shim desactivada, los cargadores de arranque y kernels sin firmar arrancan igual, y eso anula el arranque seguro (Secure Boot).',
  'check.platform-integrity.linux.summary.on': 'El arranque seguro (Secure Boot) está activado',
} as const satisfies Readonly<Record<keyof typeof CHECKS_PLATFORM_INTEGRITY_EN, string>>
