/**
 * Spanish messages of the screen-lock check (keys as in shared/i18n/en/checks-screen-lock.ts). Tool
 * names, registry and setting names and values stay as the machine writes them; menu paths and
 * option names as the Spanish (Latin American) system shows them (docs/i18n-es.md).
 */
import type { CHECKS_SCREEN_LOCK_EN } from '../en/checks-screen-lock'

export const CHECKS_SCREEN_LOCK_ES = {
  // Durations, shared by the platforms
  'check.screen-lock.common.seconds': '{n} s',
  'check.screen-lock.common.minutes': '{n} min',
  'check.screen-lock.common.minutesSeconds': '{m} min {s} s',
  'check.screen-lock.common.never': 'nunca',

  // macOS
  'check.screen-lock.darwin.requirement':
    'se pide la contraseña, y el tiempo de inactividad más el período de gracia es de {limit} s o menos',
  'check.screen-lock.darwin.place.modern': 'Configuración del Sistema › Pantalla bloqueada',
  'check.screen-lock.darwin.place.macos12': 'Preferencias del Sistema › Seguridad y privacidad › General',
  'check.screen-lock.darwin.parse.unexpectedLine': 'línea inesperada "{line}"',
  'check.screen-lock.darwin.parse.noLine': 'la salida no tiene ninguna línea screenLock',
  'check.screen-lock.darwin.parse.contradictory': 'hay líneas screenLock contradictorias',
  'check.screen-lock.darwin.parse.unexpectedValue': 'valor inesperado "{value}"',
  'check.screen-lock.darwin.parse.defaultsExit': 'defaults terminó con el código {code}',
  'check.screen-lock.darwin.parse.profileIdle':
    'tiempo del protector de pantalla de un perfil de configuración: {detail}',
  'check.screen-lock.darwin.parse.failed': 'falló',
  'check.screen-lock.darwin.parse.noPowerSource':
    'pmset -g custom no mostró ninguna sección de fuente de alimentación',
  'check.screen-lock.darwin.via.screenSaver': 'protector de pantalla',
  'check.screen-lock.darwin.via.displaySleep': 'reposo de la pantalla, {source}',
  'check.screen-lock.darwin.via.none': 'ninguno',
  'check.screen-lock.darwin.via.never': 'nunca, {source}',
  'check.screen-lock.darwin.observed.lockOff':
    'contraseña después del protector de pantalla o del reposo de la pantalla: desactivada',
  'check.screen-lock.darwin.observed.immediately': 'se pide la contraseña inmediatamente',
  'check.screen-lock.darwin.observed.grace':
    'se pide la contraseña después de un período de gracia de {seconds} s',
  'check.screen-lock.darwin.observed.screenSaver': 'protector de pantalla: {time}',
  'check.screen-lock.darwin.observed.screenSaverProfile':
    'protector de pantalla: {time} (lo fija un perfil de configuración)',
  'check.screen-lock.darwin.observed.screenSaverNotSet':
    'el tiempo de inactividad del protector de pantalla no está configurado',
  'check.screen-lock.darwin.observed.notListed': 'no figura',
  'check.screen-lock.darwin.observed.power': '{source}: reposo de la pantalla: {display}',
  'check.screen-lock.darwin.observed.powerAndSleep':
    '{source}: reposo de la pantalla: {display}; reposo del sistema: {sleep}',
  'check.screen-lock.darwin.observed.idle': 'inactividad: {idle} ({via})',
  'check.screen-lock.darwin.observed.idleGrace': 'inactividad: {idle} ({via}) + gracia: {grace} s',
  'check.screen-lock.darwin.observed.atMostIdle': 'inactividad: {idle} como máximo ({via})',
  'check.screen-lock.darwin.observed.atMostIdleGrace':
    'inactividad: {idle} como máximo ({via}) + gracia: {grace} s',
  'check.screen-lock.darwin.problem.screenSaver': 'tiempo de inactividad del protector de pantalla: {detail}',
  'check.screen-lock.darwin.problem.displaySleep': 'reposo de la pantalla: {detail}',
  'check.screen-lock.darwin.problem.notEverySource':
    'el reposo de la pantalla no figura para todas las fuentes de alimentación',
  'check.screen-lock.darwin.problem.incomplete': 'datos incompletos',
  'check.screen-lock.darwin.summary.lockOff':
    'No se pide contraseña después de que se inicia el protector de pantalla o se apaga la pantalla',
  'check.screen-lock.darwin.summary.onlyAfter':
    'La pantalla se bloquea solo después de {time} de inactividad',
  'check.screen-lock.darwin.summary.never': 'La pantalla nunca se bloquea sola',
  'check.screen-lock.darwin.summary.graceTooLong':
    'La contraseña se pide solo {grace} después de que se inicia el protector de pantalla o la pantalla entra en reposo',
  'check.screen-lock.darwin.summary.lockUnreadable':
    'No se pudo saber si se pide la contraseña después del reposo',
  'check.screen-lock.darwin.summary.pass':
    'La pantalla se bloquea después de {time} de inactividad como máximo',
  'check.screen-lock.darwin.summary.onlyAfterIdleGrace':
    'La pantalla se bloquea solo después de {time} de inactividad (inactividad + gracia)',
  'check.screen-lock.darwin.summary.unreadable':
    'No se pudo calcular en cuánto tiempo se bloquea la pantalla',
  'check.screen-lock.darwin.reason.graceTooLong':
    'El período de gracia por sí solo ya supera los {limit} permitidos para la inactividad y la gracia juntas. Ponga “Solicitar contraseña después de que se inicie el protector de pantalla o se apague la pantalla” en inmediatamente o en pocos segundos.',
  'check.screen-lock.darwin.reason.lockUnreadable':
    'sysadminctl -screenLock status no dio una respuesta útil ({detail}). Solo responde dentro de su propia sesión de escritorio iniciada: abra Preflight desde su escritorio (no por ssh), o mire usted {place}.',
  'check.screen-lock.darwin.reason.unreadable':
    'No se pudieron leer algunos ajustes de inactividad ({problems}). Mire usted {place} y revise de nuevo.',

  // Windows
  'check.screen-lock.win32.requirement':
    'La pantalla se bloquea después de {limit} s de inactividad como máximo (contando cualquier período de gracia), conectada a la corriente y con batería',
  'check.screen-lock.win32.saver.userUnreadable':
    'no se pudo leer la configuración del protector de pantalla del usuario',
  'check.screen-lock.win32.saver.off': 'el protector de pantalla está desactivado',
  'check.screen-lock.win32.saver.offByPolicy':
    'el protector de pantalla está desactivado (lo fija una directiva)',
  'check.screen-lock.win32.saver.none': 'no hay ningún protector de pantalla elegido (“(Ninguno)”)',
  'check.screen-lock.win32.saver.notSecure': 'el protector de pantalla no pide iniciar sesión al reanudar',
  'check.screen-lock.win32.saver.notSecureByPolicy':
    'el protector de pantalla no pide iniciar sesión al reanudar (lo fija una directiva)',
  'check.screen-lock.win32.saver.noWait': 'el protector de pantalla no tiene tiempo de espera configurado',
  'check.screen-lock.win32.saver.invalid': 'protector de pantalla: {detail}',
  'check.screen-lock.win32.saver.unreadable': 'no se pudo leer la configuración del protector de pantalla',
  'check.screen-lock.win32.saver.graceUnreadable':
    'no se pudo leer el período de gracia del protector de pantalla',
  'check.screen-lock.win32.saver.locks':
    'protector de pantalla seguro {exe} después de {wait} s + {grace} s de gracia',
  'check.screen-lock.win32.saver.locksByPolicy':
    'protector de pantalla seguro {exe} después de {wait} s (lo fija una directiva) + {grace} s de gracia',
  'check.screen-lock.win32.saver.policyUnreadable': 'directiva del protector de pantalla: {detail}',
  'check.screen-lock.win32.saver.settingsUnreadable': 'configuración del protector de pantalla: {detail}',
  'check.screen-lock.win32.saver.desktopKeyMissing': 'falta la clave Control Panel\\Desktop',
  'check.screen-lock.win32.inactivity.unreadable': 'límite de inactividad del equipo: {detail}',
  'check.screen-lock.win32.inactivity.none': 'no hay ningún límite de inactividad del equipo',
  'check.screen-lock.win32.inactivity.locks':
    'límite de inactividad del equipo: {seconds} s (InactivityTimeoutSecs)',
  'check.screen-lock.win32.sleep.ac.timerUnreadable':
    'no se pudo leer el tiempo de suspensión (conectada a la corriente)',
  'check.screen-lock.win32.sleep.dc.timerUnreadable': 'no se pudo leer el tiempo de suspensión (con batería)',
  'check.screen-lock.win32.sleep.ac.never': 'nunca se suspende cuando está conectada a la corriente',
  'check.screen-lock.win32.sleep.dc.never': 'nunca se suspende cuando funciona con batería',
  'check.screen-lock.win32.sleep.ac.wakePasswordButNever':
    'se suspende después de {seconds} s conectada a la corriente; la contraseña al reactivarse está activada, pero Opciones de inicio de sesión dice “Nunca”',
  'check.screen-lock.win32.sleep.dc.wakePasswordButNever':
    'se suspende después de {seconds} s con batería; la contraseña al reactivarse está activada, pero Opciones de inicio de sesión dice “Nunca”',
  'check.screen-lock.win32.sleep.ac.signInOnWake':
    'se suspende después de {seconds} s conectada a la corriente y pide iniciar sesión al reactivarse',
  'check.screen-lock.win32.sleep.dc.signInOnWake':
    'se suspende después de {seconds} s con batería y pide iniciar sesión al reactivarse',
  'check.screen-lock.win32.sleep.ac.signInOnWakeAfter':
    'se suspende después de {seconds} s conectada a la corriente y pide iniciar sesión al reactivarse tras {away} s de ausencia',
  'check.screen-lock.win32.sleep.dc.signInOnWakeAfter':
    'se suspende después de {seconds} s con batería y pide iniciar sesión al reactivarse tras {away} s de ausencia',
  'check.screen-lock.win32.sleep.ac.noSignInOnWake':
    'se suspende después de {seconds} s conectada a la corriente, pero no pide iniciar sesión al reactivarse',
  'check.screen-lock.win32.sleep.dc.noSignInOnWake':
    'se suspende después de {seconds} s con batería, pero no pide iniciar sesión al reactivarse',
  'check.screen-lock.win32.sleep.consoleLockUnexpected':
    '“pedir contraseña al reactivarse” tiene un valor inesperado: {value}',
  'check.screen-lock.win32.sleep.ac.signInUnreadable':
    'no se pudo saber si se pide iniciar sesión después de la suspensión (conectada a la corriente)',
  'check.screen-lock.win32.sleep.dc.signInUnreadable':
    'no se pudo saber si se pide iniciar sesión después de la suspensión (con batería)',
  'check.screen-lock.win32.sleep.ac.neverAfterAway':
    'se suspende después de {seconds} s conectada a la corriente, pero nunca pide iniciar sesión después de una ausencia',
  'check.screen-lock.win32.sleep.dc.neverAfterAway':
    'se suspende después de {seconds} s con batería, pero nunca pide iniciar sesión después de una ausencia',
  'check.screen-lock.win32.sleep.ac.signInAfterAway':
    'se suspende después de {seconds} s conectada a la corriente y pide iniciar sesión tras {away} s de ausencia',
  'check.screen-lock.win32.sleep.dc.signInAfterAway':
    'se suspende después de {seconds} s con batería y pide iniciar sesión tras {away} s de ausencia',
  'check.screen-lock.win32.when.after': 'después de {seconds} s',
  'check.screen-lock.win32.when.afterAtLeast': 'después de {seconds} s como mínimo',
  'check.screen-lock.win32.observed.locks': 'se bloquea: conectada a la corriente, {ac}; con batería, {dc}',
  'check.screen-lock.win32.summary.never':
    'La pantalla nunca se bloquea sola cuando la laptop queda inactiva',
  'check.screen-lock.win32.summary.onlyAfter':
    'La pantalla se bloquea solo después de {time} de inactividad (límite: {limit})',
  'check.screen-lock.win32.summary.onlyAfterAtLeast':
    'La pantalla se bloquea solo después de {time} de inactividad como mínimo (límite: {limit})',
  'check.screen-lock.win32.summary.unconfirmed':
    'No se pudo confirmar que la pantalla se bloquee por inactividad',
  'check.screen-lock.win32.summary.pass':
    'La pantalla se bloquea después de {time} de inactividad como máximo',
  'check.screen-lock.win32.reason.failAnyway':
    'Datos incompletos: {problems}. Aun así, nada podía bloquear la pantalla en {limit} o menos.',
  'check.screen-lock.win32.reason.unconfirmed':
    '{problems}. Si configura un protector de pantalla con “Mostrar la pantalla de inicio de sesión al reanudar” (10 minutos o menos), la respuesta será segura.',

  // Linux
  'check.screen-lock.linux.requirement': 'La pantalla se bloquea sola: inactividad + gracia <= {limit} s',
  'check.screen-lock.linux.summary.wsl': 'WSL no tiene una pantalla propia que bloquear',
  'check.screen-lock.linux.observed.wsl': 'Se ejecuta dentro del Subsistema de Windows para Linux',
  'check.screen-lock.linux.reason.wsl':
    'La pantalla de bloqueo de Windows protege este equipo. Abra Preflight en Windows para revisarla.',
  'check.screen-lock.linux.summary.noDesktop':
    'No hay sesión de escritorio: aquí no hay pantalla que bloquear',
  'check.screen-lock.linux.observed.noDesktop':
    'XDG_CURRENT_DESKTOP no está definida (no hay sesión gráfica en esta terminal)',
  'check.screen-lock.linux.reason.noDesktop':
    'Preflight se abrió fuera de una sesión de escritorio gráfica (por ejemplo, por SSH o desde una consola de texto), así que no puede ver la configuración de bloqueo de su escritorio. Abra Preflight desde su sesión de escritorio.',
  'check.screen-lock.linux.summary.otherDesktop':
    'Preflight no puede leer la configuración de bloqueo de pantalla del escritorio "{desktop}"',
  'check.screen-lock.linux.observed.otherDesktop': 'sesión de escritorio: {desktop}',
  'check.screen-lock.linux.reason.otherDesktop':
    'Preflight conoce la configuración de bloqueo de GNOME, KDE Plasma, XFCE, Cinnamon y MATE; esta sesión es "{desktop}". Revise usted la configuración de bloqueo y pregunte a su contacto de seguridad cómo dejar constancia de ella.',
  'check.screen-lock.linux.observed.lockUnreadable': 'no se pudo leer si la pantalla se bloquea',
  'check.screen-lock.linux.observed.lockOn': 'el bloqueo de pantalla está activado',
  'check.screen-lock.linux.observed.lockOff': 'el bloqueo de pantalla está desactivado',
  'check.screen-lock.linux.observed.neverBlanks': 'la pantalla nunca se apaga por inactividad',
  'check.screen-lock.linux.observed.idleGrace': 'inactividad: {idle} + gracia: {grace}',
  'check.screen-lock.linux.observed.unreadable': '(no se pudo leer)',
  'check.screen-lock.linux.observed.notReadable': 'no se pudo leer: {what}',
  'check.screen-lock.linux.problem.noLock': 'la pantalla no se bloquea cuando se apaga',
  'check.screen-lock.linux.problem.idleNever':
    'la pantalla nunca se bloquea sola porque el tiempo de inactividad está en “nunca”',
  'check.screen-lock.linux.problem.tooLate':
    'la pantalla se bloquea después de {seconds} s, más de los {limit} s permitidos',
  'check.screen-lock.linux.problem.tooLateAtLeast':
    'la pantalla se bloquea después de más de {limit} s (los ajustes leídos ya suman al menos {seconds} s)',
  'check.screen-lock.linux.problem.notInTime': 'la pantalla no se bloquea a tiempo',
  'check.screen-lock.linux.problem.aSetting': 'no se pudo leer un ajuste',
  'check.screen-lock.linux.problem.memoryBackend':
    '`{command}` no pudo llegar a la configuración de su escritorio (respondió con los valores predeterminados)',
  'check.screen-lock.linux.problem.unexpectedValue': '{name} tiene un valor inesperado "{value}"',
  'check.screen-lock.linux.summary.pass': '{label} bloquea la pantalla después de {seconds} s',
  'check.screen-lock.linux.summary.fail': '{label}: {problem}',
  'check.screen-lock.linux.summary.unreadable':
    'No se pudo leer toda la configuración de bloqueo de pantalla de {label}',
  'check.screen-lock.linux.reason.decidedAnyway':
    'No se pudieron leer algunos ajustes ({problems}), pero los que se leyeron ya deciden el resultado.',
  'check.screen-lock.linux.reason.unreadable': '{problems|cap}. {hint}',
  'check.screen-lock.linux.hint.gsettings':
    'gsettings tiene que ejecutarse dentro de su sesión de escritorio; abra Preflight desde el escritorio (no por SSH ni con sudo).',
  'check.screen-lock.linux.hint.kde':
    'Abra Preflight desde su sesión de KDE Plasma, o mire usted Preferencias del sistema › Bloqueo de pantalla.',
  'check.screen-lock.linux.hint.xfce':
    'xfconf-query tiene que ejecutarse dentro de su sesión de escritorio; abra Preflight desde el escritorio.',
  'check.screen-lock.linux.note.lockdown': 'el ajuste de restricción disable-lock-screen prohíbe el bloqueo',
  'check.screen-lock.linux.note.idleActivationOff':
    'el protector de pantalla nunca se inicia por inactividad (idle-activation-enabled es false)',
  'check.screen-lock.linux.note.noPassword':
    'la pantalla de bloqueo no pide contraseña (RequirePassword=false)',
  'check.screen-lock.linux.note.xfceDefaults':
    'sin configurar, así que se aplica el valor predeterminado: {properties}',
  'check.screen-lock.linux.note.xfceSaverIdleOff':
    'el protector de pantalla no se inicia cuando la computadora está inactiva',
  'check.screen-lock.linux.kde.fileError': '{path} ({error})',
  'check.screen-lock.linux.kde.filesUnreadable': 'no se pudo leer {files}, y puede fijar {keys}',
  'check.screen-lock.linux.summary.lightLocker':
    'XFCE usa light-locker, cuyos tiempos Preflight todavía no puede leer',
  'check.screen-lock.linux.summary.noXfceLocker':
    'No se encontró ningún bloqueador de pantalla de XFCE que Preflight pueda leer',
  'check.screen-lock.linux.observed.xfceSaverHidden':
    'xfce4-screensaver está desactivado en sus aplicaciones de inicio',
  'check.screen-lock.linux.observed.xfceSaverNotStarted': 'xfce4-screensaver no se inicia con la sesión',
  'check.screen-lock.linux.observed.lightLocker': 'light-locker se inicia con la sesión',
  'check.screen-lock.linux.reason.lightLocker':
    'light-locker bloquea cuando la pantalla se apaga, y ese tiempo lo fijan el servidor X y el administrador de energía, que Preflight no lee. Instale y use xfce4-screensaver (vea los pasos) para que el bloqueo se pueda comprobar.',
  'check.screen-lock.linux.reason.noXfceLocker':
    'Preflight lee la configuración de xfce4-screensaver, que no está configurado para iniciarse con su sesión. Vea los pasos para configurarlo.',
} as const satisfies Readonly<Record<keyof typeof CHECKS_SCREEN_LOCK_EN, string>>
