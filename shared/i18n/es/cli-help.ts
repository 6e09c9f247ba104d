/**
 * Spanish `--help` texts and summaries (keys as in shared/i18n/en/cli-help.ts). The usage lines,
 * option names, command names, FILE-style placeholders, file names and codes stay as in English.
 */
import type { CLI_HELP_EN } from '../en/cli-help'

export const CLI_HELP_ES = {
  'cli.list.help': `Uso: preflight <command> [options]

Preflight revisa que esta laptop cumpla el nivel de seguridad de su campaña, explica cómo corregir lo
que no lo cumple y genera una constancia firmada para su contacto de seguridad. Nunca usa la red.

Comandos:
{commands}

Ejecute \`preflight <command> --help\` para ver las opciones de un comando.
Opciones: -h, --help   esta ayuda;  -v, --version   muestra la versión
`,
  'cli.options.probe': `  --policy <file>        JSON de política en lugar de los valores por defecto (vea README, "Policy")
  --record <file>        además, guarda una grabación de todo lo que vieron las revisiones
  --replay <file>        hace las revisiones sobre una grabación en lugar de esta computadora
  --now <iso-date>       juzga las fechas a este momento (por defecto: ahora, o la hora de la grabación)`,
  'cli.options.campaign': `  --campaign <dir>       la carpeta de la campaña (por defecto: $PREFLIGHT_CAMPAIGN, si no, la
                         carpeta actual si es una)`,
  'cli.options.passphrase': `  --passphrase-file <f>  la frase de contraseña de la clave del CISO, primera línea de <f> (si no,
                         se pregunta en la terminal, una vez, y solo cuando se escribe algo)`,
  'cli.options.now': `  --now <iso-date>       juzga las horas a este momento (por defecto: ahora; para auditorías y pruebas)`,

  'cli.check.summary': 'revisa esta laptop y muestra un informe',
  'cli.check.help': `Uso: preflight check [options]

Revisa esta laptop: sistema operativo con soporte y actualizado, cifrado del disco, firewall, bloqueo de
pantalla y actualizaciones automáticas. Nada sale de la computadora; no se necesitan derechos de
administrador.

Opciones:
  --json                 muestra un informe JSON (formato preflight-report/v1) en lugar de texto
  --only <ids>           revisiones a hacer, separadas por comas ({checks})
  --timeout <seconds>    tiempo permitido por revisión (por defecto 30)
  --confirm <id>         muestra como confirmada una práctica que pide su campaña (se puede repetir)
{probeOptions}
  -h, --help             muestra esta ayuda

Después de las revisiones se listan las prácticas que su campaña pide en las revisiones de rutina
(verificación en dos pasos, Signal, un administrador de contraseñas…): lo que Preflight encontró en
esta laptop y lo que usted puede confirmar. No forman parte del resultado ni del código de salida.

Códigos de salida: 0 todas las revisiones obligatorias pasan, 1 una revisión obligatoria falla, 2 ninguna
falla pero algunas no se saben, 64 error de uso, 65 archivo de entrada mal formado, 66 falta el archivo
de entrada, 73/74 no se puede escribir la salida.
`,

  'cli.fix.summary': 'muestra cómo corregir una revisión, paso a paso',
  'cli.fix.help': `Uso: preflight fix <check | practice> [options]

Revisa una configuración de esta laptop y muestra instrucciones paso a paso para corregirla, escritas
para esta versión del sistema operativo y este escritorio. Revisiones: {checks}.
Para una práctica que pide su campaña (su id como lo lista \`preflight check\`, por ejemplo
two-factor-email o signal) muestra por qué importa, los pasos para esta plataforma o servicio y las
páginas de ayuda del fabricante.

Opciones:
  --json                 muestra el resultado de la revisión y la corrección como JSON
  --id <remediation-id>  muestra una corrección del catálogo por su id, sin revisar nada
{probeOptions}
  -h, --help             muestra esta ayuda

Códigos de salida: como \`preflight check\` para esa revisión (0 correcto, 1 falla, 2 no se sabe);
64 error de uso.
`,

  'cli.probes.summary': 'lista cada comando y archivo que las revisiones pueden consultar',
  'cli.probes.help': `Uso: preflight probes [--platform darwin|win32|linux] [--json]

Muestra cada comando que Preflight puede ejecutar, cada archivo que puede leer, cada carpeta que
puede listar y cada ruta que puede mirar para revisar una laptop, por revisión, y luego para las
prácticas de la campaña que puede medir (Signal Desktop, un administrador de contraseñas, Find My).
No toca nada más en la computadora. Plataforma por defecto: esta.

Opciones:
  --platform <p>   darwin, win32 o linux
  --json           lista legible por máquina
  -h, --help       muestra esta ayuda

Códigos de salida: 0 mostrado, 64 error de uso.
`,

  'cli.trust.summary': 'confía en la clave pública de su contacto de seguridad',
  'cli.trust.help': `Uso: preflight trust CISO-KEY-FILE [--yes] [--replace | --add] [--now <iso>]
       preflight trust            lista las claves de confianza

Guarda como de confianza la clave pública de su contacto de seguridad (CISO). Desde entonces
Preflight acepta solicitudes y políticas solo si esa clave las firmó. Antes de confirmar, compare la
huella digital que se muestra con la que su contacto de seguridad le lee en persona o en una llamada
verificada.

Opciones:
  --yes                  no pregunta; usted ya comparó la huella digital
  --replace              reemplaza otra clave guardada antes (su contacto cambió de clave)
  --add                  agrega una segunda clave junto a la primera (la clave de respaldo de su contacto)
  --now <iso-date>       la hora que se registra como momento de guardar la clave (por defecto: ahora;
                         para pruebas)
  -h, --help             muestra esta ayuda

Códigos de salida: 0 guardada (o ya estaba), 64 error de uso o sin confirmar, 65 no es una clave pública
Ed25519, 66 falta el archivo, 77 ya hay otra clave guardada (use --replace o --add).
`,

  'cli.attest.summary': 'revisa esta laptop y escribe una constancia firmada',
  'cli.attest.help': `Uso: preflight attest [--request FILE | --request-text TEXT] --staff-id ID [options]

Revisa esta laptop y escribe una constancia firmada para su contacto de seguridad. Si tiene una
solicitud de esa persona (un archivo, o el texto PREFLIGHT-REQUEST que le envió), primero se verifica
la solicitud con su clave de confianza (\`preflight trust\`) y se usa su política; si no, se hace un
informe de rutina no solicitado con la última política recibida.

Opciones:
  --request FILE         el archivo de la solicitud (.json) o un archivo de texto con la solicitud pegada
  --request-text TEXT    el texto de la solicitud pegado (PREFLIGHT-REQUEST: …)
  --purpose P            onboarding, periodic u offboarding (por defecto: el de la solicitud, si no,
                         periodic)
  --staff-id ID          su identificador de personal como lo conoce su contacto de seguridad (por
                         defecto: el de la solicitud)
  --device-label L       un nombre para esta laptop (por defecto: plataforma y huella digital de la clave)
  --out FILE|DIR         dónde escribir (por defecto: <staff>_<label>_<time>.posture.json aquí)
  --force                reemplaza un archivo de salida que ya existe
  --show                 muestra exactamente lo que se va a firmar y pregunta antes de firmar
  --yes                  no pregunta (con --show: firma sin preguntar)
  --confirm ID           confirma una práctica que pide su campaña (repítala para cada una; en una
                         terminal se le pregunta por las demás, una por una; vea preflight check)
  --delete-key-after     salida de la campaña: borra la clave de la laptop después de escribir el archivo
  --passphrase-file F    la frase de contraseña de la clave de la laptop (primera línea de F)
  --timeout <seconds>    tiempo permitido por revisión (por defecto 30)
  --record <file>        además, guarda una grabación de todo lo que vieron las revisiones
  --replay <file>        hace la constancia de una grabación en lugar de esta computadora (pruebas,
                         soporte; la constancia dice "replayed": true)
  --now <iso-date>       juzga las fechas (revisiones y validez de la solicitud) a este momento
  -h, --help             muestra esta ayuda

Las prácticas (verificación en dos pasos, Signal, un administrador de contraseñas…) van en el archivo
aparte de las revisiones: lo que Preflight midió en esta laptop y lo que usted confirmó. Nada de lo que
usted escribe va en el archivo, solo los ids de lo que confirmó. Al salir de la campaña, hay que
confirmar cada paso obligatorio.

Códigos de salida: 0 escrita (sea cual sea el resultado de las revisiones: el archivo lo dice), 64 error
de uso o un paso de salida sin confirmar, 65 solicitud mal formada, 66 falta una entrada, 73 no se
puede escribir el archivo (o ya existe), 77 solicitud no confiable, alterada o vencida, política más
antigua que la última (rollback), o un problema con la clave.
`,

  'cli.key.show.summary': 'muestra la huella digital y la protección de la clave de esta laptop',
  'cli.key.show.help': `Uso: preflight key show [--json]

Muestra la clave de firma de esta laptop: su huella digital (para leérsela a su contacto de
seguridad), cómo está protegida y la clave pública. La clave privada nunca se muestra.

Opciones:
  --json                 muestra {fingerprint, protection, publicKeyPem, keyFile} como JSON
  -h, --help             muestra esta ayuda

Códigos de salida: 0 mostrada, 1 todavía no hay clave, 65 los archivos de la clave están dañados.
`,

  'cli.key.create.summary': 'crea la clave de firma de esta laptop',
  'cli.key.create.help': `Uso: preflight key create [--passphrase-file FILE]

Crea la clave de firma Ed25519 de esta laptop (normalmente lo hace \`preflight attest\` al responder
una solicitud de ingreso). Se niega si ya hay una clave. En una terminal se le pide una frase de
contraseña opcional; si no, la clave queda protegida solo por los permisos del archivo, salvo que
--passphrase-file dé una (su primera línea; al menos 8 caracteres).

Opciones:
  --passphrase-file FILE cifra la clave con esta frase de contraseña (scrypt + AES-256-GCM)
  -h, --help             muestra esta ayuda

Códigos de salida: 0 creada, 64 error de uso, 66 falta el archivo de la frase de contraseña, 73 ya
existe una clave.
`,

  'cli.key.delete.summary': 'borra la clave de firma de esta laptop',
  'cli.key.delete.help': `Uso: preflight key delete --yes

Borra la clave de firma de esta laptop (por ejemplo, después de salir de la campaña). Ya no se pueden
firmar constancias en esta laptop hasta que se registre una clave nueva. El borrado se hace lo mejor
posible: en discos SSD los bytes viejos pueden quedar hasta que se sobrescriban; el cifrado de todo el
disco los protege.

Opciones:
  --yes                  obligatorio: confirma el borrado
  -h, --help             muestra esta ayuda

Códigos de salida: 0 borrada (o no había), 64 sin confirmar, 65 archivos de la clave dañados, 74 error
de lectura o escritura, 77 problema con el almacén de claves.
`,

  'cli.ciso.init.summary': 'crea una carpeta de campaña con una clave nueva del CISO y una lista vacía',
  'cli.ciso.init.help': `Uso: preflight ciso init --dir <dir> [--org <name>] [--passphrase-file <file>]
                         [--insecure-no-passphrase] [--now <iso>]

Crea una carpeta de campaña: la clave de firma Ed25519 del CISO (ciso.key, modo 0600, cifrada con su
frase de contraseña), su clave pública (ciso.pub.pem, en la que confía el personal), una lista de
laptops vacía (roster.json, firmada con la clave) e issued/ para las políticas y solicitudes que
usted firme. Esta laptop guarda la clave nueva y la campaña como de confianza en su carpeta de
configuración, así que se rechaza una carpeta cuya clave o lista se reemplace después.
Haga una copia de respaldo de la carpeta copiándola.

Cada decisión de confianza (claves registradas, revocaciones, solicitudes respondidas, revisiones
obligatorias) se firma con esta clave, así que necesita una frase de contraseña: escrita dos veces en
la terminal, o --passphrase-file.

Opciones:
  --dir <dir>              carpeta a crear (se rechaza si ya tiene una campaña)
  --org <name>             nombre de la campaña u organización (por defecto: el nombre de la carpeta)
  --passphrase-file <f>    cifra la clave del CISO con la frase de contraseña de la primera línea de <f>
  --insecure-no-passphrase guarda la clave sin cifrar: cualquiera que pueda leer la carpeta (una unidad
                           compartida, un respaldo) puede firmar decisiones de confianza. Solo para
                           pruebas y demostraciones.
  --now <iso-date>         la hora que se registra como creación de la campaña (por defecto: ahora;
                           para pruebas)
  -h, --help               muestra esta ayuda

Códigos de salida: 0 creada, 64 error de uso (no se dio frase de contraseña), 73 la carpeta ya tiene una
campaña o no se puede escribir, 77 problema con la clave.
`,

  'cli.ciso.policy.sign.summary':
    'firma un archivo de política (id + versión, tabla opcional de soporte del sistema) para el personal',
  'cli.ciso.policy.sign.help': `Uso: preflight ciso policy sign <policy.json> [--out <file>] [--campaign <dir>]
                                [--passphrase-file <file>] [--now <iso>]

Firma una política (el formato JSON de \`preflight check --policy\`, con "id" y "version"; puede
llevar una tabla "osSupport" que reemplaza la incluida). La versión debe ser mayor que todas las ya
firmadas con ese id: la app del personal rechaza versiones menores (contra la vuelta atrás). La
política firmada se guarda en issued/policies/ y se registra en la lista; solo se aceptan constancias
hechas con políticas que usted emitió.

Opciones:
  --out <file>             además, escribe aquí la política firmada (para enviarla al personal)
{campaignOption}
  --passphrase-file <f>    la frase de contraseña de la clave del CISO (si no, se pregunta en la terminal)
  --now <iso-date>         la hora de firma escrita en la política (por defecto: ahora; para pruebas)
  -h, --help               muestra esta ayuda

Códigos de salida: 0 firmada, 64 error de uso, 65 política no válida o versión no mayor que la última,
66 falta el archivo, 73 no se puede escribir, 77 problema con la clave del CISO.
`,

  'cli.ciso.policy.retire.summary':
    'deja de aceptar constancias juzgadas con una versión vieja de una política',
  'cli.ciso.policy.retire.help': `Uso: preflight ciso policy retire <id> --version <n> [--now <iso>] [--campaign <dir>]
                                 [--passphrase-file <file>]

Marca una versión de política que usted firmó como ya no aceptada: desde ahora se rechazan con
POLICY_UNKNOWN las constancias juzgadas con ella (las ya registradas quedan en el historial). Úselo
cuando el personal ya pasó a una versión más nueva. Las solicitudes abiertas que llevan esta política
ya no se pueden responder.

Opciones:
  --version <n>          la versión a retirar
  --now <iso-date>       la hora que se registra para el cambio (por defecto: ahora; para pruebas)
{campaignOption}
{passphraseOption}
  -h, --help             muestra esta ayuda

Códigos de salida: 0 retirada, 1 no existe esa versión de la política (o ya estaba retirada), 64 error
de uso, 77 clave o carpeta de la campaña rechazada.
`,

  'cli.ciso.request.summary':
    'emite solicitudes firmadas de un solo uso (nonce + política): a una persona o a una lista del personal',
  'cli.ciso.request.help': `Uso: preflight ciso request --staff-id <id> --purpose <{purposes}>
                            [--policy <file>] [--valid-days <n>] [--out <file>] [--text]
                            [--campaign <dir>] [--passphrase-file <file>] [--now <iso>]
     preflight ciso request --staff-list <file.csv> --out-dir <dir> [--purpose <p>]
                            [--policy <file>] [--valid-days <n>]
                            [--campaign <dir>] [--passphrase-file <file>] [--now <iso>]

Emite una solicitud: un nonce nuevo de 32 bytes y de un solo uso para esta persona y este propósito,
una fecha de vencimiento y la política con la que revisar, todo firmado con la clave del CISO. La
persona la importa en Preflight (archivo o texto pegado) y devuelve una constancia que lleva el nonce;
\`ciso verify\` acepta cada nonce una sola vez. Se guarda en issued/requests/ y se registra en la lista.

Con --staff-list, una solicitud por persona de una lista CSV (UTF-8, una fila de encabezado y luego
una persona por línea: "staff id,name,purpose"; name y purpose son columnas opcionales, una celda de
purpose vacía toma --purpose). Primero se revisa la lista: se informa cada línea con errores con su
número y no se emite nada (identificadores no válidos, el mismo identificador dos veces en mayúsculas
o minúsculas, columnas desconocidas, comillas mal puestas, más de {maxRows} personas). Luego todas
las solicitudes se firman con una sola frase de contraseña, se registran en una sola escritura de la
lista y se escriben en --out-dir (una carpeta nueva o vacía): <staff id>_<purpose>.request.json por
persona e index.csv (name, staffId, purpose, file, requestId, validUntil, requestText) para una
combinación de correspondencia con su propio correo o Signal. Una falla a mitad de camino (un disco
lleno) no emite nada.

Opciones:
  --staff-id <id>          para quién es la solicitud (por ejemplo alice@campaign.example)
  --staff-list <file>      una lista CSV del personal (vea arriba) en lugar de --staff-id
  --out-dir <dir>          con --staff-list: la carpeta a crear para las solicitudes e index.csv
  --purpose <p>            onboarding, periodic u offboarding (con --staff-list: para las líneas con la
                           celda purpose vacía, o para toda la lista si no tiene columna purpose)
  --policy <file>          una política firmada con \`ciso policy sign\`, o un JSON de política simple
                           (se firma ahora); por defecto: la última política que usted firmó (o los
                           valores incluidos, firmados como política "default" v1, si nunca firmó una)
  --valid-days <n>         días que tiene la persona para responder (por defecto {validDays})
  --out <file>             además, escribe aquí la solicitud firmada (para enviarla como archivo)
  --text                   muestra la solicitud como texto para pegar (en un chat o un correo)
{campaignOption}
  --passphrase-file <f>    la frase de contraseña de la clave del CISO (si no, se pregunta en la terminal)
  --now <iso-date>         la hora de emisión; el vencimiento cuenta desde ella (por defecto: ahora;
                           para pruebas)
  -h, --help               muestra esta ayuda

Códigos de salida: 0 emitida, 64 error de uso, 65 política o lista del personal no válida (se listan
todos los problemas), 66 falta el archivo, 73 no se puede crear (--out-dir tiene archivos), 74 error
de escritura (un disco lleno: no se emitió nada), 77 problema con la clave o con la carpeta de la
campaña.
`,

  'cli.ciso.verify.summary':
    'verifica archivos de constancias (uno, varios o carpetas enteras) y los registra',
  'cli.ciso.verify.help': `Uso: preflight ciso verify <file|dir>... [--json|--csv] [--dry-run] [--now <iso>]
                           [--campaign <dir>] [--passphrase-file <file>]

Verifica las constancias del estado de las laptops con la lista: firma de una clave registrada, tipo,
sujeto, estado de la clave, identidad de la persona, nonce de la solicitud, fechas, secuencia y
política, en ese orden; el primer paso que falla da el resultado (vea en docs/ciso.md la tabla de
códigos). Los archivos aceptados se registran en la lista (una vez, al final, firmada con la clave del
CISO: la frase de contraseña se pide una vez, y solo si se aceptó algo); un archivo ya registrado se
informa como ALREADY_RECORDED. En las carpetas se buscan archivos *.json en todas las subcarpetas; las
entradas que no son archivos normales (enlaces simbólicos, FIFO, sockets, dispositivos) no se leen y
se listan como omitidas, con el motivo. Los archivos se procesan en un orden fijo (hora de la
recolección y luego secuencia), así que el resultado no depende del orden de los argumentos. Una
solicitud de ingreso respondida por dos claves de laptop distintas se marca CONTESTED_REQUEST (posible
intercepción). Los comandos que se muestran para pegar van entre comillas para la shell de este
sistema (PowerShell en Windows, una shell POSIX en los demás).

Opciones:
  --json                 un documento JSON (formato preflight-verify/v1)
  --csv                  CSV (una fila por archivo; para hojas de cálculo)
  --dry-run              solo verifica; no registra nada (no necesita frase de contraseña)
{nowOption}
{campaignOption}
{passphraseOption}
  -h, --help             muestra esta ayuda

La columna PRÁCTICAS (JSON: practices, CSV: practices y unmetPractices) juzga las prácticas de la
campaña que la política pide para el propósito del archivo (verificación en dos pasos, Signal…): pass,
fail (una app obligatoria medida como no instalada y no declarada) o incomplete, con las que no se
midieron como encontradas ni la persona confirmó; "-" cuando la política se emitió antes de que
existieran las prácticas. Se muestra aparte del estado de la laptop y no cambia el código de salida.

Códigos de salida: 0 cada archivo aceptado (o ya registrado) y su estado pasa, 1 algún rechazo o un
estado que no pasa, 64 error de uso, 65 no se pudo leer una entrada o se omitió una entrada de una
carpeta, 66 no se encontró ninguna constancia, 77 se rechazó la carpeta de la campaña
(ROSTER_BAD_SIGNATURE, ROSTER_ROLLBACK, … vea docs/ciso.md) o no se pudo desbloquear la clave del CISO.
`,

  'cli.ciso.enroll.summary':
    'registra una laptop nueva a partir de su constancia de ingreso (confianza en el primer uso)',
  'cli.ciso.enroll.help': `Uso: preflight ciso enroll <file> --staff-id <id> [--yes] [--public-key <pem>]
                           [--now <iso>] [--campaign <dir>] [--passphrase-file <file>]

Registra la clave de una laptop a partir de la constancia de ingreso de la persona (confianza en el
primer uso). El archivo debe estar firmado por la clave de la laptop que lleva, tratar de esa clave,
nombrar este identificador de personal, responder a una solicitud de ingreso que usted le emitió y
pasar los demás pasos de verificación. Luego se le muestra la huella digital de la clave: compárela
con la que la persona lee en su ventana de Preflight, en persona o en una llamada verificada, antes de
confirmar. La constancia se registra como la primera de la laptop. Los identificadores de personal no
distinguen mayúsculas: una segunda laptop de alice@x dada como Alice@x se archiva como alice@x.

Opciones:
  --staff-id <id>        de quién es la laptop (usted decide; el archivo debe decir lo mismo)
  --yes                  no pide confirmación (scripts; usted ya comparó la huella digital)
  --public-key <pem>     la clave pública de la laptop, si la constancia no la lleva
{nowOption}
{campaignOption}
{passphraseOption}
  -h, --help             muestra esta ayuda

Códigos de salida: 0 registrada, 1 rechazada (falló la verificación, ya registrada, sin confirmar),
64 error de uso, 65 archivo mal formado, 66 falta el archivo, 77 carpeta de la campaña rechazada o
problema con la clave.
`,

  'cli.ciso.roster.summary': 'lista las laptops registradas con su estado, última constancia y resultado',
  'cli.ciso.roster.help': `Uso: preflight ciso roster [--json|--csv] [--stale-days <n>] [--now <iso>] [--campaign <dir>]

Lista cada laptop registrada: identificador de personal, nombre, estado (active: activa, revoked:
revocada, offboarded: dada de baja), última constancia aceptada (cuándo, propósito, estado, revisiones
que no pasan, prácticas con las obligatorias que la persona no confirmó) y una marca VENCIDA para las
laptops activas sin constancia aceptada en los últimos <n> días.

Opciones:
  --json                 JSON (formato preflight-roster-list/v1)
  --csv                  CSV
  --stale-days <n>       días después de los cuales una laptop activa se marca como vencida (por
                         defecto: el intervalo de nueva constancia de la política aceptada más nueva,
                         "reattestation": {"intervalDays": n}; 30 días si ninguna política lo fija)
{nowOption}
{campaignOption}
  -h, --help             muestra esta ayuda

Para leer solo se necesita la clave pública; la lista se verifica con la clave de confianza guardada
en esta laptop.

Códigos de salida: 0 listada, 64 error de uso, 65 lista dañada, 66 no hay carpeta de campaña, 77 carpeta
de la campaña rechazada (ROSTER_BAD_SIGNATURE, ROSTER_ROLLBACK, … vea docs/ciso.md).
`,

  'cli.ciso.revoke.summary':
    'revoca la clave de una laptop, o todas las laptops de un identificador de personal',
  'cli.ciso.revoke.help': `Uso: preflight ciso revoke <fingerprint|staff-id> [--reason <text>] [--now <iso>]
                           [--campaign <dir>] [--passphrase-file <file>]

Revoca claves de laptops: desde ahora cada archivo que firmen se rechaza con REVOKED_KEY (los archivos
registrados antes quedan en el historial). Dé una huella digital (completa, o al menos sus primeros 16
dígitos hexadecimales; se ignoran espacios y dos puntos) o un identificador de personal (en mayúsculas
o minúsculas) para revocar todas las laptops activas de esa persona. Úselo para una laptop perdida o
robada, o una clave en la que ya no confía. Una laptop revocada debe registrarse otra vez con una
clave nueva.

Opciones:
  --reason <text>        el motivo (se guarda en la lista)
  --now <iso-date>       la hora de revocación que se registra (por defecto: ahora; para pruebas)
{campaignOption}
{passphraseOption}
  -h, --help             muestra esta ayuda

Códigos de salida: 0 revocada, 1 ninguna laptop activa coincidió, 64 error de uso, 65 huella digital
ambigua, 77 carpeta de la campaña rechazada o problema con la clave.
`,

  'cli.ciso.offboard.summary':
    'verifica la constancia final de salida de una persona y retira la clave de la laptop',
  'cli.ciso.offboard.help': `Uso: preflight ciso offboard <file> [--now <iso>] [--campaign <dir>] [--passphrase-file <file>]

Verifica la constancia final de salida (debe responder a una solicitud de salida que usted emitió y
pasar cada paso de verificación, o haber sido registrada ya por \`ciso verify\`) y luego marca la
laptop como dada de baja: después no se acepta nada de lo que firme. Se muestran las respuestas de la
persona a la lista de pasos; las declara ella misma.

Opciones:
{nowOption}
{campaignOption}
{passphraseOption}
  -h, --help             muestra esta ayuda

Códigos de salida: 0 dada de baja, 1 rechazada (el archivo no se verificó o no es una constancia de
salida), 64 error de uso, 65 mal formado, 66 falta el archivo, 77 carpeta de la campaña rechazada o
problema con la clave.
`,

  'cli.ciso.export-allowed-signers.summary':
    'escribe un archivo allowed_signers de OpenSSH con las claves activas de las laptops',
  'cli.ciso.export-allowed-signers.help': `Uso: preflight ciso export-allowed-signers [--namespace <ns>] [--out <file>] [--campaign <dir>]

Muestra (o escribe) un archivo allowed_signers de OpenSSH con una línea por cada clave activa de
laptop, para que \`ssh-keygen -Y verify\` pueda comprobar firmas SSH hechas con esas mismas claves.

Opciones:
  --namespace <ns>       espacio de nombres de la firma (por defecto device-attestation@preflight)
  --out <file>           escribe en este archivo en lugar de la salida estándar
{campaignOption}
  -h, --help             muestra esta ayuda

Códigos de salida: 0 escrito, 64 error de uso, 65 lista dañada, 73 no se puede escribir el archivo.
`,

  'cli.ciso.trust-campaign.summary':
    'confirma en esta laptop la clave de una carpeta de campaña (primer uso en una computadora nueva)',
  'cli.ciso.trust-campaign.help': `Uso: preflight ciso trust-campaign [--campaign <dir>] [--fingerprint <hex>] [--yes] [--replace]
                                     [--now <iso>]

Cada comando \`preflight ciso\` comprueba la carpeta de la campaña con la clave de la campaña y la
revisión de la lista que esta laptop guardó como de confianza (en su carpeta de configuración).
\`ciso init\` las guarda en la laptop que creó la campaña; en otra computadora (o después de mover su
carpeta de configuración) ejecute esto una vez: muestra la huella digital de la clave de ciso.pub.pem
y comprueba que la lista esté firmada por ella. Antes de confirmar, compare la huella digital con la
que usted le leyó al personal (o con sus propias notas).

Opciones:
  --fingerprint <hex>    la huella digital que espera (agrupada o no, al menos 32 dígitos
                         hexadecimales): se confía sin preguntar si coincide, se rechaza si no
  --yes                  no pregunta (scripts; usted ya comparó la huella digital)
  --replace              confía aunque esta laptop haya guardado otra clave para esta campaña o
                         carpeta (solo después de que usted mismo reemplazó la clave de la campaña)
{campaignOption}
  --now <iso-date>       la hora que se registra para el cambio (por defecto: ahora; para pruebas)
  -h, --help             muestra esta ayuda

Códigos de salida: 0 de confianza (o ya lo era), 1 sin confirmar o la huella digital es distinta,
64 error de uso, 65 lista dañada, 77 la lista no está firmada por la clave de la carpeta, u otra clave
es la de confianza.
`,

  'cli.ciso.migrate.summary':
    'revisa y firma la lista sin firmar de una carpeta de campaña hecha por una versión anterior',
  'cli.ciso.migrate.help': `Uso: preflight ciso migrate [--campaign <dir>] [--yes] [--passphrase-file <file>] [--now <iso>]

Las carpetas de campaña hechas por versiones anteriores de Preflight tienen un roster.json sin firmar,
que ahora todos los comandos rechazan (ROSTER_UNSIGNED): cualquiera que pudiera escribir en la
carpeta podría haber registrado una laptop, quitado la revocación de una clave o vaciado las revisiones
obligatorias. Este comando muestra cada decisión de confianza que contiene (laptops y su estado,
políticas y sus revisiones obligatorias, solicitudes) y, después de que usted confirme que son suyas,
firma la lista con la clave del CISO y guarda la campaña como de confianza en esta laptop. El archivo
viejo se conserva como roster.v1.json. Se ejecuta una vez por carpeta y se rechaza en una laptop que
ya vio una lista firmada de la campaña (entonces una lista sin firmar es un archivo reemplazado).

Opciones:
  --yes                  no pregunta (scripts; usted ya revisó el resumen)
{campaignOption}
{passphraseOption}
  --now <iso-date>       la hora que se registra para el cambio (por defecto: ahora; para pruebas)
  -h, --help             muestra esta ayuda

Códigos de salida: 0 migrada, 1 sin confirmar, 64 error de uso, 65 no es una lista vieja, 77 problema
con la clave o la laptop ya vio una lista firmada de esta campaña.
`,
} as const satisfies Readonly<Record<keyof typeof CLI_HELP_EN, string>>
