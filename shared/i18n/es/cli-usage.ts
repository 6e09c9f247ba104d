/**
 * Spanish error lines of the command line (keys as in shared/i18n/en/cli-usage.ts). Option names,
 * paths, ids and codes stay as they are.
 */
import type { CLI_USAGE_EN } from '../en/cli-usage'

export const CLI_USAGE_ES = {
  'cli.error.global': 'preflight: {message}',
  'cli.error.line': 'preflight {command}: {message}',
  'cli.error.seeHelp': 'Ejecute `preflight {command} --help` para ver cómo se usa.',
  'cli.error.internal': 'preflight {command}: error interno: {detail}',
  'cli.error.unknownCommand':
    'preflight: comando desconocido "{command}". Ejecute `preflight --help` para ver la lista.',
  'cli.error.keyed': '{message} ({code})',
  'cli.error.coded': '{code}: {message}',
  'cli.error.inFile': '{file}: {message}',

  'cli.usage.unknownOption': "Opción desconocida '{option}'",
  'cli.usage.unknownOptionPositional':
    "Opción desconocida '{option}'. Para dar un argumento que empieza con '-', póngalo al final del comando después de '--', así: '-- \"{option}\"'",
  'cli.usage.noArgument': "La opción '{option}' no lleva valor",
  'cli.usage.argumentMissing': "A la opción '{option}' le falta el valor",
  'cli.usage.unexpectedPositional': "Argumento inesperado '{value}'. Este comando no lleva argumentos",
  'cli.usage.ambiguous':
    "El valor de la opción '{option}' es ambiguo.\n¿Olvidó dar el valor de la opción '{option}'?\nPara dar un valor que empieza con un guion use '{option}=-XYZ'.",
  'cli.usage.other': '{message}',
  'cli.usage.now': '--now debe ser una fecha ISO-8601, se recibió "{value}"',
  'cli.usage.positiveInt': '{option} debe ser un número entero positivo',
  'cli.usage.together': '{a} y {b} no se pueden usar juntas',
  'cli.usage.required': 'falta {option}, que es obligatoria',
  'cli.usage.oneOf': '{option} debe ser uno de estos: {values}',

  'cli.file.policy': 'el archivo de política',
  'cli.file.transcript': 'la grabación',
  'cli.file.key': 'el archivo de la clave',
  'cli.file.request': 'el archivo de la solicitud',
  'cli.file.passphrase': 'el archivo de la frase de contraseña',
  'cli.file.staffList': 'la lista del personal',
  'cli.file.publicKey': 'la clave pública',
  'cli.input.notAFile': '{what|cap} {file} no es un archivo',
  'cli.input.tooLarge': '{what|cap} {file} es demasiado grande ({size} bytes)',
  'cli.input.notFound': 'no se encontró {what}: {file}',
  'cli.input.notReadable': 'no se puede leer {what}: {file}',
  'cli.input.cannotRead': 'no se pudo leer {what} {file}: {detail}',
  'cli.input.passphraseEmpty': 'el archivo de la frase de contraseña {file} está vacío',
  'cli.input.invalidPolicy': '{file}: {problems}\n(política no válida; no se revisó nada)',

  'cli.check.error.unknownCheck': '--only: revisión desconocida "{value}" (existen: {checks})',
  'cli.check.error.unknownPractice': '--confirm: no es una práctica que pida su campaña: {ids}',

  'cli.fix.error.noFix': 'no hay ninguna corrección con el id "{id}"',
  'cli.fix.error.name': 'indique la revisión a corregir ({checks})',
  'cli.fix.error.unexpected': 'argumento inesperado "{value}"',
  'cli.fix.error.unknown':
    'revisión o práctica desconocida "{id}" (revisiones: {checks}; prácticas: {practices})',
  'cli.fix.error.didNotRun': 'la revisión no se ejecutó',

  'cli.trust.error.oneFile': 'indique un solo archivo de clave',
  'cli.trust.error.notConfirmed':
    'compare la huella digital de arriba con su contacto de seguridad y luego vuelva a ejecutarlo con --yes',
  'cli.trust.error.noMatch': 'no se guardó. Pida a su contacto de seguridad que le envíe la clave otra vez.',

  'cli.attest.error.purpose': '--purpose debe ser onboarding, periodic u offboarding, se recibió "{value}"',
  'cli.attest.error.noFolder': 'la carpeta {folder} no existe; no se firmó nada',
  'cli.attest.error.requestBoth': 'indique --request o --request-text, no ambas',
  'cli.attest.error.needsRequest':
    'una constancia {purpose} responde a una solicitud de su contacto de seguridad: indique --request FILE o --request-text TEXT',
  'cli.attest.error.staffId':
    'falta --staff-id, que es obligatoria (su identificador de personal como lo conoce su contacto de seguridad)',
  'cli.attest.error.deleteKeyAfter': '--delete-key-after es solo para la salida de la campaña (offboarding)',
  'cli.attest.error.unknownPractice':
    '--confirm: no es una práctica de esta constancia {purpose}: {ids} (preflight check las lista)',
  'cli.attest.error.exists': '{file} ya existe (use --force para reemplazarlo); no se firmó nada',
  'cli.attest.error.showYes': 'no se firmó nada: vuelva a ejecutarlo con --yes para firmar después de --show',
  'cli.attest.error.notSaved': '{detail}; la constancia no se guardó',
  'cli.attest.error.completeFirst': 'primero complete "{title}" y luego vuelva a ejecutar esto',

  'cli.key.error.notDeleted': 'no se borró: confirme con --yes',
  'cli.staff.error.configDir': 'no se puede crear la carpeta de Preflight: {detail}',
  'cli.staff.error.passphraseNeeded':
    'la clave de la laptop está protegida con una frase de contraseña: dela con --passphrase-file FILE (o ejecútelo en una terminal para escribirla)',
  'cli.staff.error.passphrasesDiffer': 'las frases de contraseña no coinciden; no se creó nada',

  'cli.ciso.error.passphraseNeeded':
    'la clave del CISO está protegida con una frase de contraseña; dela con --passphrase-file FILE o ejecútelo en una terminal',
  'cli.ciso.error.noPassphrase':
    'la clave del CISO no tiene frase de contraseña; ejecútelo sin --passphrase-file',
  'cli.ciso.error.cannotAsk': 'aquí no se puede pedir confirmación; agregue --yes',
  'cli.ciso.init.error.exists': '{dir} ya tiene una campaña; no se cambió nada',
  'cli.ciso.init.error.passphrase':
    'la clave del CISO necesita una frase de contraseña: ejecútelo en una terminal, o indique --passphrase-file FILE (--insecure-no-passphrase solo para pruebas)',
  'cli.ciso.init.error.passphrasesDiffer': 'las dos frases de contraseña son distintas; no se creó nada',
  'cli.ciso.policy.sign.error.oneFile': 'indique exactamente un archivo de política',
  'cli.ciso.policy.retire.error.id': 'indique el id de la política',
  'cli.ciso.policy.retire.error.notFound': 'no hay ninguna política aceptada {id} v{version} en esta campaña',
  'cli.ciso.request.error.outDir': '--staff-list necesita --out-dir DIR (una carpeta nueva o vacía)',
  'cli.ciso.request.error.validDays': '--valid-days debe ser como máximo 365',
  'cli.ciso.request.error.idOrList': 'indique --staff-id o --staff-list, no ambas',
  'cli.ciso.request.error.oneRequest':
    '--out y --text son para una sola solicitud; --staff-list escribe en --out-dir',
  'cli.ciso.request.error.outDirAlone': '--out-dir va con --staff-list',
  'cli.ciso.request.error.staffId': 'falta --staff-id (o --staff-list), que es obligatoria',
  'cli.ciso.verify.error.none': 'indique al menos un archivo o una carpeta de constancias',
  'cli.ciso.verify.error.noFiles': 'no se encontraron archivos de constancias (*.json) en {paths}',
  'cli.ciso.enroll.error.oneFile': 'indique exactamente un archivo de constancia de ingreso',
  'cli.ciso.enroll.error.noTerminal':
    'no hay terminal para confirmar la huella digital; compárela y luego agregue --yes',
  'cli.ciso.revoke.error.one': 'indique una huella digital o un identificador de personal',
  'cli.ciso.offboard.error.oneFile': 'indique exactamente un archivo de constancia de salida',
  'cli.ciso.export-allowed-signers.error.namespace': '--namespace: use letras, dígitos y @ . _ -',
  'cli.ciso.trust-campaign.error.fingerprint': '--fingerprint: indique al menos 32 dígitos hexadecimales',
  'cli.ciso.trust-campaign.error.noTerminal': 'no hay terminal para confirmar; compare y luego agregue --yes',
  'cli.ciso.trust-campaign.error.differs':
    'la huella digital es distinta de --fingerprint: no se guardó nada como de confianza. Alguien pudo haber reemplazado ciso.pub.pem y la lista; restaure la carpeta desde su copia de respaldo.',
  'cli.ciso.migrate.error.notConfirmed': 'sin confirmar; no se migró nada',
} as const satisfies Readonly<Record<keyof typeof CLI_USAGE_EN, string>>
