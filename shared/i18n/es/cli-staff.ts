/**
 * Spanish output and questions of the staff-side commands (keys as in shared/i18n/en/cli-staff.ts).
 * Ids, paths, fingerprints, the statuses and key-protection values the attestation writes stay as
 * they are.
 */
import type { CLI_STAFF_EN } from '../en/cli-staff'

export const CLI_STAFF_ES = {
  'cli.prompt.yesNo': '{question} [s/N] ',
  'cli.prompt.yesAnswers': 's, sí, si',

  'cli.fix.status.pass': 'CORRECTO',
  'cli.fix.status.fail': 'HAY QUE CORREGIRLO',
  'cli.fix.status.unknown': 'NO SE PUDO REVISAR',
  'cli.fix.status.not-applicable': 'NO APLICA',
  'cli.fix.result': '{id}: {status}: {summary}',
  'cli.fix.nothing': 'No hay nada que corregir: esta configuración cumple lo que se pide.',
  'cli.fix.noGuide':
    'No hay una corrección guiada para {id}. Consulte a su contacto de seguridad de la campaña.',
  'cli.fix.again': 'Cuando termine, revise de nuevo: preflight fix {id}',
  'cli.fix.why': 'Por qué importa: {why}',
  'cli.fix.shortcut': 'Acceso directo a la configuración: {link}',
  'cli.fix.duration': 'Cuánto tarda: {duration}',

  'cli.probes.heading':
    'Todo lo que Preflight puede ejecutar o leer en {platform} (no necesita derechos de administrador):',
  'cli.probes.hostFacts': 'datos del equipo (contenedor/VM/WSL, sesión de escritorio, firmware)',
  'cli.probes.verb.run': 'ejecuta',
  'cli.probes.verb.read': 'lee',
  'cli.probes.verb.list': 'lista',
  'cli.probes.verb.look': 'mira',
  'cli.probes.verb.note': 'nota',
  'cli.probes.nothing': '(nada)',
  'cli.probes.deviceProfile':
    'perfil del equipo (fabricante, modelo, tipo de chasis, VM: descriptivo, nunca un veredicto)',
  'cli.probes.practices':
    'prácticas (se miden solo si la política las pide; nunca forman parte del resultado de las revisiones;\n"mira" = ¿hay un archivo en esta ruta exacta? No se lista ninguna carpeta)',
  'cli.probes.practice': 'práctica {kind}',

  'cli.trust.fullFingerprint': '(SHA-256 completo: {hex})',
  'cli.trust.noneYet':
    'Todavía no hay ninguna clave de confianza de su contacto de seguridad. Ejecute `preflight trust CISO-KEY-FILE`.',
  'cli.trust.pinnedAt': 'De confianza desde {time}:',
  'cli.trust.fingerprint': 'Huella digital de la clave de su contacto de seguridad:',
  'cli.trust.question': '¿Coincide, grupo por grupo, con lo que le dijo su contacto de seguridad?',
  'cli.trust.outcome.pinned':
    'Clave guardada como de confianza. Se aceptarán las solicitudes y políticas firmadas con ella.',
  'cli.trust.outcome.already': 'Esta clave ya era de confianza; no cambió nada.',
  'cli.trust.outcome.added': 'Agregada como otra clave de confianza.',
  'cli.trust.outcome.replaced.one': 'Se reemplazó la clave de confianza anterior ({keys}).',
  'cli.trust.outcome.replaced.other': 'Se reemplazaron las claves de confianza anteriores ({keys}).',

  'cli.key.none': 'Todavía no hay clave de firma en esta laptop (se crea al ingresar a la campaña).',
  'cli.key.fingerprint': 'Huella digital de la clave de la laptop:',
  'cli.key.protection': 'Protección: {how}',
  'cli.key.protection.passphrase': 'cifrada con su frase de contraseña (scrypt + AES-256-GCM)',
  'cli.key.protection.file': 'SIN cifrar: protegida solo por los permisos del archivo (modo 0600)',
  'cli.key.file': 'Archivo de la clave: {file}',
  'cli.key.created': 'Se creó la clave de la laptop ({how}).',
  'cli.key.created.passphrase': 'protegida con frase de contraseña',
  'cli.key.created.file': 'sin cifrar, solo con los permisos del archivo',
  'cli.key.createdFingerprint': 'Huella digital:',
  'cli.key.deleteQuestion': '¿Borrar la clave de firma de la laptop? No se puede deshacer.',
  'cli.key.deleted': 'Se borró la clave de firma de la laptop.',
  'cli.key.noneToDelete': 'No había ninguna clave de firma en la laptop.',
  'cli.key.passphrasePrompt': 'Frase de contraseña de la clave de la laptop: ',
  'cli.key.createIntro':
    'Se va a crear una clave de firma para esta laptop. Protéjala con una frase de contraseña (al menos {min} caracteres; la necesitará cada vez que haga una constancia), o déjela vacía para depender solo de los permisos del archivo (sus constancias lo dirán).',
  'cli.key.newPassphrase': 'Frase de contraseña nueva (vacía para ninguna): ',
  'cli.key.repeatPassphrase': 'Repita la frase de contraseña: ',

  'cli.attest.requestVerified':
    'Solicitud {id} verificada: {purpose} para {staff}, política {policy} v{version}, válida hasta {until}.',
  'cli.attest.alreadyAnswered':
    'Nota: esta laptop ya respondió esta solicitud; su contacto de seguridad puede rechazar una segunda respuesta.',
  'cli.attest.unsolicited.stored':
    'Informe no solicitado con la política {id} v{version} (la última recibida).',
  'cli.attest.unsolicited.default':
    'Informe no solicitado con la política incluida por defecto (todavía no se recibió ninguna política firmada).',
  'cli.attest.creatingKey': 'Creando la clave de firma de esta laptop…',
  'cli.attest.checking': 'Revisando esta laptop…',
  'cli.attest.showHeading':
    'Esto es exactamente lo que se va a firmar (payloadType application/vnd.in-toto+json):',
  'cli.attest.signQuestion': '¿Firmar esto y escribir {file}?',
  'cli.attest.nothingSigned': 'No se firmó nada.',
  'cli.attest.wrote': 'Se escribió {file}',
  'cli.attest.what': 'constancia {purpose} de {staff}, laptop {device}, secuencia {sequence}',
  'cli.attest.result': 'resultado: {result}',
  'cli.attest.check': '{id}: {status}',
  'cli.attest.check.off': '{id}: {status} (desactivada en la política)',
  'cli.attest.check.recommended': '{id}: {status} (recomendada)',
  'cli.attest.keyProtection': 'protección de la clave: {value}',
  'cli.attest.deviceFingerprint':
    'Huella digital de la clave de la laptop (léasela a su contacto de seguridad cuando se la pida):',
  'cli.attest.send': 'Envíe este archivo a su contacto de seguridad.',
  'cli.attest.keyDeleted': 'Se borró la clave de firma de la laptop.',

  'cli.practices.result.pass': 'BIEN',
  'cli.practices.result.fail': 'FALLA',
  'cli.practices.result.incomplete': 'INCOMPLETAS',
  'cli.practices.measured.signal-desktop': 'Signal Desktop',
  'cli.practices.measured.password-manager': 'un administrador de contraseñas',
  'cli.practices.measured.find-my': 'Find My',
  'cli.practices.ask.intro.one':
    'Su campaña le pide confirmar una práctica. Responda solo lo que es cierto hoy; nada de lo que escriba va en el archivo.',
  'cli.practices.ask.intro.other':
    'Su campaña le pide confirmar {count} prácticas. Responda solo lo que es cierto hoy; nada de lo que escriba va en el archivo.',
  'cli.practices.ask.title': '[{n}/{total}] {title}',
  'cli.practices.ask.title.recommended': '[{n}/{total}] {title} (recomendada)',
  'cli.practices.ask.why': 'Por qué: {why}',
  'cli.practices.ask.notFound':
    'Preflight no encontró {what} en esta laptop; confirme solo si cumple esto de otra forma (por ejemplo, en su teléfono).',
  'cli.practices.ask.unknown':
    'Preflight no pudo buscar {what} en esta laptop; confirme solo si cumple esto de otra forma (por ejemplo, en su teléfono).',
  'cli.practices.ask.question': '¿Es cierto en su caso?',
  'cli.practices.show.none': 'Prácticas: aquí su campaña no pide ninguna.',
  'cli.practices.show.heading':
    'Prácticas (el archivo registra solo estos ids y resultados; resultado {result}):',
  'cli.practices.show.measured': 'Lo que midió Preflight:',
  'cli.practices.show.confirm': 'Lo que usted confirma:',
  'cli.practices.show.empty': '(ninguna)',
  'cli.practices.show.line': '{icon} {id}: {answer}',
  'cli.practices.show.line.recommended': '{icon} {id} (recomendada): {answer}',
  'cli.practices.summary': 'prácticas: {result}',
  'cli.practices.summary.open': '{id}: {answer}',
  'cli.practices.help.title.recommended': '{title} (recomendada)',
  'cli.practices.help.measured': 'Preflight: {summary}',
  'cli.practices.help.measuredAnswer': 'Preflight: {summary} ({answer})',
  'cli.practices.help.vendor': 'Ayuda del fabricante:',
  'cli.practices.help.confirm':
    'Después confírmela al hacer la constancia: preflight attest … --confirm {id}',
  'cli.practices.help.checkAgain':
    'Después revise de nuevo (preflight fix {id}), o confírmela si la cumple de otra forma: --confirm {id}',
} as const satisfies Readonly<Record<keyof typeof CLI_STAFF_EN, string>>
