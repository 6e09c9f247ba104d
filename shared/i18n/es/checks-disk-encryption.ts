/**
 * Spanish messages of the disk-encryption check (keys as in
 * shared/i18n/en/checks-disk-encryption.ts). Property names, device paths, schemes and product names
 * stay as the machine writes them; menu paths and feature names as the Spanish (Latin American)
 * system shows them (docs/i18n-es.md).
 */
import type { CHECKS_DISK_ENCRYPTION_EN } from '../en/checks-disk-encryption'

export const CHECKS_DISK_ENCRYPTION_ES = {
  // macOS
  'check.disk-encryption.darwin.requirement':
    'FileVault está activado y el disco de arranque está cifrado por completo',
  'check.disk-encryption.darwin.place.modern':
    'Configuración del Sistema › Privacidad y seguridad › FileVault',
  'check.disk-encryption.darwin.place.macos12':
    'Preferencias del Sistema › Seguridad y privacidad › FileVault',
  'check.disk-encryption.darwin.noAnswer': 'fdesetup no respondió',
  'check.disk-encryption.darwin.parse.nothing': 'fdesetup no mostró nada',
  'check.disk-encryption.darwin.parse.unexpectedLine': 'línea inesperada "{line}"',
  'check.disk-encryption.darwin.parse.contradictory': 'fdesetup mostró líneas contradictorias o repetidas',
  'check.disk-encryption.darwin.parse.bothWays': 'fdesetup indica cifrado y descifrado a la vez',
  'check.disk-encryption.darwin.parse.noStatus': 'no hay ninguna línea "FileVault is On/Off"',
  'check.disk-encryption.darwin.parse.onButDeferred':
    'FileVault está activado, pero también se indica una activación diferida',
  'check.disk-encryption.darwin.parse.restartAndMore': 'FileVault espera un reinicio, pero indica algo más',
  'check.disk-encryption.darwin.unread.line': '"{line}"',
  'check.disk-encryption.darwin.unread.secondStatus': 'una segunda línea de estado ({status})',
  'check.disk-encryption.darwin.unread.encrypting': 'una línea "Encryption in progress"',
  'check.disk-encryption.darwin.unread.secondDeferral': 'una segunda línea de activación diferida',
  'check.disk-encryption.darwin.observed.on': 'FileVault está activado',
  'check.disk-encryption.darwin.observed.onRestart':
    'FileVault está activado, pero hay que reiniciar para terminar',
  'check.disk-encryption.darwin.observed.status.off': 'FileVault está desactivado',
  'check.disk-encryption.darwin.observed.status.pending-restart':
    'FileVault está desactivado, pero se activará después del próximo reinicio',
  'check.disk-encryption.darwin.observed.status.off-restart':
    'FileVault está desactivado, pero hay que reiniciar para terminar',
  'check.disk-encryption.darwin.observed.deferred': 'hay una activación diferida pendiente',
  'check.disk-encryption.darwin.observed.deferredFor':
    'hay una activación diferida pendiente para el usuario {user}',
  'check.disk-encryption.darwin.observed.alsoPrinted':
    'también se mostró (no hace falta para el resultado): {lines}',
  'check.disk-encryption.darwin.observed.encryptingPending': 'Cifrado en curso: pendiente',
  'check.disk-encryption.darwin.observed.encrypting': 'Cifrado en curso: {percent} % completado',
  'check.disk-encryption.darwin.observed.decryptingPending': 'Descifrado en curso: pendiente',
  'check.disk-encryption.darwin.observed.decrypting': 'Descifrado en curso: {percent} % completado',
  'check.disk-encryption.darwin.summary.unreadable': 'No se pudo leer el estado de FileVault',
  'check.disk-encryption.darwin.summary.on': 'FileVault está activado',
  'check.disk-encryption.darwin.summary.deferred':
    'FileVault espera activarse al próximo cierre de sesión o reinicio',
  'check.disk-encryption.darwin.summary.pendingRestart': 'FileVault se activará después del próximo reinicio',
  'check.disk-encryption.darwin.summary.offRestart':
    'FileVault está desactivado (hace falta reiniciar para terminar un cambio)',
  'check.disk-encryption.darwin.summary.off':
    'FileVault está desactivado: cualquiera que tenga esta Mac puede leer sus archivos',
  'check.disk-encryption.darwin.summary.restartToFinish': 'FileVault necesita un reinicio para terminar',
  'check.disk-encryption.darwin.summary.paused': 'FileVault está activado, pero el cifrado está en pausa',
  'check.disk-encryption.darwin.summary.encrypting':
    'FileVault está activado y todavía está cifrando ({percent} % hecho)',
  'check.disk-encryption.darwin.summary.decrypting':
    'FileVault se está desactivando (el disco se está descifrando)',
  'check.disk-encryption.darwin.summary.unrecognised': 'No se pudo entender el estado de FileVault',
  'check.disk-encryption.darwin.reason.unreadable':
    '{problem}. Abra {place}, mire el estado de FileVault y revise de nuevo.',
  'check.disk-encryption.darwin.reason.deferred':
    'FileVault está configurado para activarse la próxima vez que cierre sesión o reinicie e ingrese su contraseña. Hasta entonces el disco no está protegido.',
  'check.disk-encryption.darwin.reason.pendingRestart':
    'FileVault se activó, pero no protege el disco hasta que la Mac se reinicie. Reinicie y revise de nuevo.',
  'check.disk-encryption.darwin.reason.offRestart':
    'FileVault está desactivado y macOS espera un reinicio para terminar un cambio. Reinicie, revise de nuevo y active FileVault si sigue desactivado.',
  'check.disk-encryption.darwin.reason.offAnyway':
    'fdesetup también mostró algo que Preflight no reconoce, pero dice que FileVault está desactivado, y eso decide el resultado.',
  'check.disk-encryption.darwin.reason.restartToFinish':
    'macOS indica un cambio de FileVault que solo se completa después de reiniciar, así que todavía no se puede confirmar la protección. Reinicie y revise de nuevo.',
  'check.disk-encryption.darwin.reason.pausedAppleSilicon':
    'El cifrado empezó, pero está en pausa (macOS lo pausa cuando funciona con batería). Deje la Mac encendida y revise de nuevo más tarde.',
  'check.disk-encryption.darwin.reason.pausedIntel':
    'El cifrado empezó, pero está en pausa (macOS lo pausa cuando funciona con batería). Deje la Mac conectada a la corriente y sin entrar en reposo; en las Mac con Intel más antiguas puede tardar varias horas. Revise de nuevo más tarde.',
  'check.disk-encryption.darwin.reason.encryptingAppleSilicon':
    'El cifrado todavía está en curso, así que parte del disco aún no está protegida. Deje la Mac encendida y revise de nuevo más tarde.',
  'check.disk-encryption.darwin.reason.encryptingIntel':
    'El cifrado todavía está en curso, así que parte del disco aún no está protegida. Deje la Mac conectada a la corriente y sin entrar en reposo; en las Mac con Intel más antiguas puede tardar varias horas. Revise de nuevo más tarde.',
  'check.disk-encryption.darwin.reason.decrypting':
    'Alguien desactivó FileVault en esta Mac; se está quitando la protección.',
  'check.disk-encryption.darwin.reason.unrecognised':
    'fdesetup status respondió de una forma que Preflight no reconoce ({detail}). Mire usted {place} y envíe una grabación (--record) a su contacto de seguridad.',

  // Windows
  'check.disk-encryption.win32.feature.home': 'Cifrado de dispositivo',
  'check.disk-encryption.win32.feature.pro': 'BitLocker',
  'check.disk-encryption.win32.feature.other': 'BitLocker / Cifrado de dispositivo',
  'check.disk-encryption.win32.place.bitlocker': 'Panel de control › Cifrado de unidad BitLocker',
  'check.disk-encryption.win32.place.deviceEncryption': 'Configuración › Cifrado de dispositivo',
  'check.disk-encryption.win32.requirement':
    'La unidad de Windows ({drive}) está cifrada con {name} y la protección está activada',
  'check.disk-encryption.win32.observed.printed': 'System.Volume.BitLockerProtection mostró {output}',
  'check.disk-encryption.win32.observed.value': 'System.Volume.BitLockerProtection de {drive}\\ = {value}',
  'check.disk-encryption.win32.observed.onLocked':
    'el valor 6 (activado, bloqueado) es poco común para la unidad de Windows; igual significa cifrada y protegida',
  'check.disk-encryption.win32.observed.suspended':
    'la unidad está cifrada, pero su clave está guardada sin protección hasta que se reanude la protección',
  'check.disk-encryption.win32.observed.waiting':
    'la unidad está cifrada con una clave sin proteger; cualquiera que tenga el disco puede leerlo hasta que se active la protección',
  'check.disk-encryption.win32.problem.exitCode': 'PowerShell terminó con el código {code}',
  'check.disk-encryption.win32.problem.exitCodeSaid': 'PowerShell terminó con el código {code}: {line}',
  'check.disk-encryption.win32.summary.unreadable': 'No se pudo leer si {name} está activado',
  'check.disk-encryption.win32.summary.on': '{name} está activado en {drive}',
  'check.disk-encryption.win32.summary.off': '{name} está desactivado: {drive} no está cifrada',
  'check.disk-encryption.win32.summary.encrypting': '{name} todavía está cifrando {drive}',
  'check.disk-encryption.win32.summary.decrypting':
    '{name} se está desactivando: {drive} se está descifrando',
  'check.disk-encryption.win32.summary.suspended': 'La protección de {name} está suspendida en {drive}',
  'check.disk-encryption.win32.summary.notEncryptable':
    'Windows indica que {drive} no se puede cifrar con {name}',
  'check.disk-encryption.win32.summary.waiting':
    '{name} espera activación: la clave de {drive} todavía no está protegida',
  'check.disk-encryption.win32.summary.unavailable': 'Windows no indicó un estado de cifrado para {drive}',
  'check.disk-encryption.win32.reason.noState':
    'Windows no indicó un estado de cifrado para {drive}. Abra {place} para mirarlo y revise de nuevo.',
  'check.disk-encryption.win32.reason.noStateHome':
    'Windows no indicó un estado de cifrado para {drive}. Abra {place} para mirarlo y revise de nuevo. Si Configuración no tiene la página Cifrado de dispositivo, esta laptop no puede cifrar su disco con Windows Home: consulte a su contacto de seguridad de la campaña.',
  'check.disk-encryption.win32.reason.encrypting':
    'El cifrado está en curso y sigue en segundo plano. Deje la laptop conectada a la corriente y revise de nuevo cuando haya terminado.',
  'check.disk-encryption.win32.reason.unavailable':
    'Preflight no conoce el valor {value} (0 significa que Windows no tiene información de BitLocker para la unidad). Mire {name} en Configuración o en el Panel de control y revise de nuevo.',
  'check.disk-encryption.win32.reason.unavailableHome':
    'Preflight no conoce el valor {value} (0 significa que Windows no tiene información de BitLocker para la unidad). Mire {name} en Configuración o en el Panel de control y revise de nuevo. Si Configuración no tiene la página Cifrado de dispositivo, esta laptop no puede cifrar su disco con Windows Home: consulte a su contacto de seguridad de la campaña.',
  'check.disk-encryption.win32.reason.powershell':
    '{problem}. Puede que PowerShell esté bloqueado u ocupado; revise de nuevo, o mire usted {name} en Configuración.',

  // Linux
  'check.disk-encryption.linux.requirement':
    'El disco que contiene el sistema y sus archivos (/) está cifrado (LUKS/dm-crypt o cifrado de ZFS)',
  'check.disk-encryption.linux.summary.wsl': 'El cifrado del disco lo decide Windows, no este Linux (WSL)',
  'check.disk-encryption.linux.observed.wsl':
    'Se ejecuta dentro del Subsistema de Windows para Linux: su disco es un archivo en la unidad de Windows',
  'check.disk-encryption.linux.reason.wsl':
    'WSL guarda este Linux dentro de un archivo de disco virtual en su unidad de Windows, así que solo está protegido si la unidad de Windows está cifrada (BitLocker o Cifrado de dispositivo). Abra Preflight en Windows para revisarlo.',
  'check.disk-encryption.linux.summary.container':
    'El cifrado del disco no se puede juzgar desde dentro de un contenedor',
  'check.disk-encryption.linux.observed.container': 'Se ejecuta dentro de un contenedor ({runtime})',
  'check.disk-encryption.linux.unknownRuntime': 'entorno desconocido',
  'check.disk-encryption.linux.reason.container':
    'Un contenedor usa el disco de la computadora en la que se ejecuta. Abra Preflight directamente en esa computadora para revisar el cifrado de su disco.',
  'check.disk-encryption.linux.summary.noLsblk': 'No se pudo leer la organización del disco',
  'check.disk-encryption.linux.problem.lsblkNoAnswer': 'lsblk no respondió',
  'check.disk-encryption.linux.reason.noLsblk':
    '{problem}. Preflight necesita lsblk (paquete util-linux) para ver si su disco está cifrado.',
  'check.disk-encryption.linux.summary.lsblkUnparsable': 'No se pudo entender la organización del disco',
  'check.disk-encryption.linux.reason.lsblkUnparsable':
    'lsblk mostró algo que no es la lista de dispositivos JSON esperada.',
  'check.disk-encryption.linux.observed.swapPlain':
    'El espacio de intercambio (swap) no está cifrado (lo que se escribe ahí desde la memoria se puede leer desde el disco)',
  'check.disk-encryption.linux.observed.swapEncrypted': 'El espacio de intercambio (swap) está cifrado',
  'check.disk-encryption.linux.summary.encrypted': 'El disco del sistema está cifrado ({scheme})',
  'check.disk-encryption.linux.observed.rootOn': '/ está en {path}',
  'check.disk-encryption.linux.observed.rootOnPlain': '/ está en {path} sin ninguna capa de cifrado',
  'check.disk-encryption.linux.observed.homeOnly': '/home está cifrado, pero el resto del disco no',
  'check.disk-encryption.linux.observed.ecryptfs':
    'Una carpeta personal está cifrada con eCryptfs, pero el resto del disco no',
  'check.disk-encryption.linux.summary.disagree':
    'La organización del disco y la configuración de arranque no coinciden sobre el cifrado',
  'check.disk-encryption.linux.observed.cmdlineLuks':
    'la línea de comandos del kernel pide desbloquear un volumen LUKS al arrancar',
  'check.disk-encryption.linux.reason.disagree':
    'lsblk muestra / sin capa de cifrado, pero la configuración de arranque desbloquea un volumen cifrado. Puede que Preflight esté viendo los discos de forma restringida (por ejemplo, dentro de una app aislada). Use Preflight instalado como un paquete normal, o compruébelo con: lsblk -f',
  'check.disk-encryption.linux.summary.homeOnly': 'Solo la carpeta personal está cifrada, no todo el disco',
  'check.disk-encryption.linux.summary.notEncrypted': 'El disco del sistema no está cifrado',
  'check.disk-encryption.linux.summary.noRoot': 'No se encontró el disco que contiene el sistema',
  'check.disk-encryption.linux.problem.findmntUnusable': 'findmnt no dio una respuesta útil',
  'check.disk-encryption.linux.reason.noRootFindmnt':
    'lsblk no muestra ningún dispositivo montado en /, y {problem}.',
  'check.disk-encryption.linux.observed.rootFrom': '/ es {fstype} desde {source}',
  'check.disk-encryption.linux.reason.noRootSource':
    '/ está montado desde {source}, que no es un dispositivo que Preflight pueda seguir hasta un disco.',
  'check.disk-encryption.linux.summary.zfsOnLuks': 'El disco del sistema está cifrado (ZFS sobre LUKS)',
  'check.disk-encryption.linux.observed.zfsDataset': '/ es el conjunto de datos ZFS {dataset}',
  'check.disk-encryption.linux.observed.poolDevice': 'dispositivo del pool: {path}',
  'check.disk-encryption.linux.summary.zfsNative':
    'El disco del sistema está cifrado (cifrado nativo de ZFS)',
  'check.disk-encryption.linux.observed.zfsEncryption': 'encryption={value}',
  'check.disk-encryption.linux.observed.poolPlain': 'su pool no está en un dispositivo cifrado',
  'check.disk-encryption.linux.summary.zfsUnreadable': 'No se pudo leer la configuración de cifrado de ZFS',
  'check.disk-encryption.linux.problem.zfsNoValue': 'zfs no mostró ningún valor de cifrado',
  'check.disk-encryption.linux.reason.zfsUnreadable':
    '{problem}. Compruébelo con: zfs get encryption {dataset}',
} as const satisfies Readonly<Record<keyof typeof CHECKS_DISK_ENCRYPTION_EN, string>>
