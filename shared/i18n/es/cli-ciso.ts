/**
 * Spanish output and questions of the `preflight ciso …` commands (keys as in
 * shared/i18n/en/cli-ciso.ts). Paths, staff ids, fingerprints, codes (ACCEPTED, ROSTER_ROLLBACK…),
 * statuses and results as the roster writes them, and the commands printed for pasting stay as
 * they are.
 */
import type { CLI_CISO_EN } from '../en/cli-ciso'

export const CLI_CISO_ES = {
  'cli.prompt.typedYes': 'sí, si',
  'cli.list.and': '{a} y {b}',

  'cli.ciso.passphrasePrompt': 'Frase de contraseña de la clave del CISO: ',
  'cli.ciso.fullFingerprint': '(completa: {hex})',
  'cli.ciso.keyFingerprint': 'Huella digital de la clave del CISO: {fp}',
  'cli.ciso.storedIn': 'Guardada en {file}',
  'cli.ciso.writtenTo': 'Escrito en {file}',
  'cli.ciso.defaultsSigned':
    'nota: todavía no se firmó ninguna política; se firmaron los valores incluidos como política "default" v1',
  'cli.ciso.none': '(ninguno)',

  'cli.ciso.column.outcome': 'RESULTADO',
  'cli.ciso.column.posture': 'ESTADO',
  'cli.ciso.column.practices': 'PRÁCTICAS',
  'cli.ciso.column.staff': 'PERSONA',
  'cli.ciso.column.device': 'LAPTOP',
  'cli.ciso.column.purpose': 'PROPÓSITO',
  'cli.ciso.column.collected': 'RECOLECTADA',
  'cli.ciso.column.file': 'ARCHIVO',
  'cli.ciso.column.platform': 'PLATAFORMA',
  'cli.ciso.column.status': 'SITUACIÓN',
  'cli.ciso.column.lastAttestation': 'ÚLTIMA CONSTANCIA',
  'cli.ciso.column.notPassing': 'NO PASAN',
  'cli.ciso.column.fingerprint': 'HUELLA DIGITAL',

  'cli.ciso.init.newPassphrase': 'Frase de contraseña nueva para la clave del CISO: ',
  'cli.ciso.init.again': 'Escríbala otra vez: ',
  'cli.ciso.init.created': 'Se creó la carpeta de la campaña {dir}',
  'cli.ciso.init.giveStaff':
    'Entregue al personal {file} y léales esta huella digital en persona o\nen una llamada verificada, para que confíen en la clave correcta. Esta laptop ya confía en ella para la campaña.',
  'cli.ciso.init.insecure':
    'advertencia: la clave del CISO NO está cifrada (--insecure-no-passphrase): cualquiera que pueda leer la carpeta de la campaña puede firmar decisiones de confianza',

  'cli.ciso.policy.sign.signed': 'Política {id} v{version} firmada (digest {digest})',
  'cli.ciso.policy.retire.done': 'La política {id} v{version} ya no se acepta.',

  'cli.ciso.request.issued':
    'Se emitió la solicitud {purpose} {id} para {staff}, política {policy} v{version}, válida hasta {until}',
  'cli.ciso.request.listProblems': '{file}: la lista del personal tiene problemas; no se emitió nada:',
  'cli.ciso.request.listProblemLine': 'línea {line}: {problem}',
  'cli.ciso.request.bulkIssued':
    'Se emitieron {count} solicitudes ({purposes}), política {policy} v{version}, válidas hasta {until}',
  'cli.ciso.request.bulkPurpose': '{count} {purpose}',
  'cli.ciso.request.bulkWritten':
    'Escritas en {dir}: un archivo por persona e {index} (nombre, identificador de personal, archivo y texto de la solicitud para pegar, para una combinación de correspondencia)',

  'cli.ciso.verify.cannotRead': 'preflight ciso verify: no se puede leer {path}: {message}',
  'cli.ciso.verify.skipped': 'preflight ciso verify: se omitió {path}: {reason}',
  'cli.ciso.verify.details': 'Detalles:',
  'cli.ciso.verify.note': '{file}: {code}: {message}',
  'cli.ciso.verify.note.failing': '{file}: {code}: {message} (no pasan: {checks})',
  'cli.ciso.verify.unmet': 'prácticas {result}: sin medir ni confirmar: {ids}',
  'cli.ciso.verify.fingerprint': 'huella digital de la clave de la laptop: {fp}',
  'cli.ciso.verify.enroll': 'para registrarla después de comparar la huella digital: {command}',
  'cli.ciso.verify.enrollUnsafe':
    'para registrarla después de comparar la huella digital, ejecute `preflight ciso enroll <file> --staff-id <id>`: el comando no se muestra porque el nombre del archivo tiene caracteres que no se pueden mostrar de forma segura; primero cambie el nombre del archivo',
  'cli.ciso.verify.totals':
    '{files} archivo(s): {accepted} aceptado(s), {already} ya registrado(s), {rejected} rechazado(s); {passing} con un estado que pasa.',
  'cli.ciso.verify.dryRun': 'Prueba sin cambios: no se registró nada.',
  'cli.ciso.verify.saved': 'Lista de laptops actualizada.',

  'cli.ciso.enroll.preview': 'Laptop "{label}" ({platform}, clave guardada como {protection}) de {staff}',
  'cli.ciso.enroll.fingerprint': 'Huella digital: {fp}',
  'cli.ciso.enroll.compare':
    'Pida a la persona que lea la huella digital que muestra su ventana de Preflight y compare cada grupo.',
  'cli.ciso.enroll.question': '¿Coincide exactamente? Escriba "{yes}" para registrarla: ',
  'cli.ciso.enroll.done':
    'Se registró {label} de {staff} (huella digital {fp}); estado al ingresar: {result}',
  'cli.ciso.enroll.done.failing':
    'Se registró {label} de {staff} (huella digital {fp}); estado al ingresar: {result} (no pasan: {checks})',

  'cli.ciso.roster.empty':
    'Todavía no hay laptops registradas. Registre una con `preflight ciso enroll <archivo de ingreso> --staff-id <id>`.',
  'cli.ciso.roster.stale': '{status} VENCIDA',
  'cli.ciso.roster.never': 'nunca',

  'cli.ciso.revoke.done': 'Se revocó {label} de {staff} (huella digital {fp})',
  'cli.ciso.offboard.done': 'Se dio de baja {label} de {staff} (huella digital {fp}); estado final: {result}',
  'cli.ciso.offboard.unconfirmed': 'la persona no lo confirmó: {text}',

  'cli.ciso.trust-campaign.preview':
    'Campaña "{org}" en {dir}: revisión {revision} de la lista del {updatedAt}, {devices} laptop(s)',
  'cli.ciso.trust-campaign.fingerprint': 'Huella digital de la clave de la campaña: {fp}',
  'cli.ciso.trust-campaign.replaces': 'Esto reemplaza la clave de confianza anterior: {fp}',
  'cli.ciso.trust-campaign.question':
    '¿Es esta la clave de campaña que usted creó? Escriba "{yes}" para confiar en ella: ',
  'cli.ciso.trust-campaign.already': 'Esta laptop ya confía en ella: {fp}',
  'cli.ciso.trust-campaign.pinned':
    'Esta laptop ahora confía en la clave de campaña {fp} (revisión {revision} de la lista).',

  'cli.ciso.migrate.heading': 'Campaña "{org}": revisión {revision} sin firmar de la lista, del {updatedAt}',
  'cli.ciso.migrate.devices': 'Laptops ({count}):',
  'cli.ciso.migrate.policies': 'Políticas ({count}):',
  'cli.ciso.migrate.policy': '{id} v{version}: exige {requires}',
  'cli.ciso.migrate.policy.retired': '{id} v{version} (retirada): exige {requires}',
  'cli.ciso.migrate.nothing': 'NADA',
  'cli.ciso.migrate.requests': 'Solicitudes: {total} emitidas, {answered} respondidas.',
  'cli.ciso.migrate.caseMerge':
    'Nota: {spellings} solo se distinguen por mayúsculas y minúsculas; pasan a ser una sola persona, "{kept}".',
  'cli.ciso.migrate.warning':
    'Cualquiera que pudiera escribir en esta carpeta pudo haber editado este archivo. Compruebe que sean\nexactamente las laptops que usted registró, que las que revocó no estén "active", y las revisiones obligatorias.',
  'cli.ciso.migrate.question': '¿Son estas sus decisiones de confianza? Escriba "{yes}" para firmarlas: ',
  'cli.ciso.migrate.done':
    'Se firmó la revisión {revision} de la lista; esta laptop confía en la campaña. El archivo viejo es roster.v1.json.',
} as const satisfies Readonly<Record<keyof typeof CLI_CISO_EN, string>>
