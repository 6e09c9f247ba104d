/**
 * Spanish for the words main writes for the app (shared/i18n/en/main.ts): usted, the glossary of
 * docs/i18n-es.md. Codes (CAMPAIGN_KEY_CHANGED), commands and file names stay as in English.
 */
import type { MainMessageKey } from '../en/main'
import { MAIN_STAFF_LIST_ES } from './main-staff-list'
import { MAIN_VERIFY_ES } from './main-verify'

export const MAIN_ES: Readonly<Record<MainMessageKey, string>> = {
  'main.error.checksRunning': 'Las revisiones ya están en curso; espere a que terminen.',
  'main.error.noFix': 'No existe ninguna corrección guiada llamada "{id}".',
  'main.error.noHelp': 'No existe ninguna página de ayuda llamada "{id}".',
  'main.error.internal': 'Algo falló dentro de Preflight ({error}). Por favor, informe de este problema.',

  'main.error.notAFile': '{file} no es un archivo.',
  'main.error.notARegularFile': '{file} no es un archivo común.',
  'main.error.tooLarge.request': '{file} es demasiado grande para ser una solicitud.',
  'main.error.tooLarge.publicKey': '{file} es demasiado grande para ser una clave pública.',
  'main.error.couldNotRead': 'No se pudo leer {file}: {error}',
  'main.error.cannotRead': 'No se puede leer {file}: {error}',

  'main.error.notARequest': 'Esto no es una solicitud de Preflight.',
  'main.error.requestBadCandidateSignature':
    'La firma de la solicitud no se verifica con la clave del contacto de seguridad que venía con ella. No la use; pida una nueva.',
  'main.error.cisoKeyUnknown':
    'Preflight todavía no conoce la clave de su contacto de seguridad. Importe primero su clave pública (ciso.pub.pem), o péguela junto con la solicitud.',
  'main.error.notAPublicKey':
    'Esto no es un archivo de clave pública (no tiene un bloque "BEGIN PUBLIC KEY").',
  'main.error.settingsRequired': 'Primero escriba su identificador de personal y un nombre para esta laptop.',
  'main.error.noReport': 'Primero haga las revisiones: la constancia se arma con sus resultados.',
  'main.error.policyChanged':
    'La política cambió desde la última revisión (se importó una solicitud nueva). Vuelva a hacer las revisiones.',
  'main.error.wrongPurpose': 'La solicitud activa pide una constancia de {requested}, no de {purpose}.',
  'main.error.checklistOnlyOffboarding':
    'La lista de pasos de salida solo se aplica a las constancias de salida de la campaña.',
  'main.error.noPendingRequest':
    'No hay ninguna solicitud esperando esta clave; vuelva a importar la solicitud.',
  'main.error.importKeyAgain': 'Vuelva a importar la clave antes de confirmarla.',
  'main.error.deleteKeyOnlyOffboarding':
    'La clave de la laptop solo se puede borrar después de una constancia de salida de la campaña.',
  'main.error.attestedMeanwhile':
    'Mientras tanto se hizo otra constancia en esta laptop. Vuelva a ver la vista previa y luego exporte.',
  'main.error.exportWrite': '{problem}. Vuelva a exportar en otro lugar.',
  'main.purpose.onboarding': 'ingreso a la campaña',
  'main.purpose.periodic': 'revisión de rutina',
  'main.purpose.offboarding': 'salida de la campaña',
  'main.warning.staffIdDiffers':
    'Esta solicitud está dirigida a "{requested}", pero su configuración dice "{saved}". Use el identificador de personal que le dio su contacto de seguridad.',
  'main.warning.alreadyAnswered':
    'Usted ya respondió esta solicitud; su contacto de seguridad la verá como repetida. Pida una nueva si hace falta.',

  'main.error.campaignExists':
    '{folder} ya contiene una campaña. Ábrala en lugar de crear otra, o elija otro lugar.',
  'main.error.tooManyCampaignFolders':
    'Hay demasiadas carpetas llamadas {name} en {folder}; elija otro lugar.',
  'main.error.cisoKeyLocked':
    'La clave de la campaña está bloqueada. Desbloquéela con su frase de contraseña para registrar decisiones de confianza (no se cambió nada).',
  'main.error.wrongPassphrase':
    'Esa frase de contraseña no desbloquea la clave de la campaña. No se cambió nada; escríbala de nuevo.',
  'main.error.openYourCampaignFirst': 'Primero abra la carpeta de su campaña.',
  'main.error.openTheCampaignFirst': 'Primero abra la carpeta de la campaña.',
  'main.error.chooseCampaignPlaceFirst': 'Primero elija dónde guardar la carpeta de la campaña.',
  'main.error.deviceNotInRoster': 'Esa laptop no está en la lista de laptops registradas.',
  'main.error.campaignKeyChanged':
    'CAMPAIGN_KEY_CHANGED: esta computadora guardó otra clave para esta campaña o carpeta. Puede que alguien haya reemplazado ciso.pub.pem y la lista de laptops: no se guardó nada. Restaure la carpeta desde su propia copia de seguridad. (Si fue usted quien reemplazó la clave de la campaña, confirme la nueva con `preflight ciso trust-campaign --replace`.)',
  'main.error.campaignKeyChangedSinceShown':
    'La clave de la campaña en la carpeta cambió desde que se mostró: no se guardó nada. Vuelva a abrir la carpeta y compare la huella digital.',
  'main.error.notACampaignFolder':
    '{folder} no es una carpeta de campaña (no tiene roster.json ni ciso.pub.pem). Cree una con `preflight ciso init`.',
  'main.error.verifyRunning': 'Ya hay una verificación en curso.',
  'main.error.rowGone': 'Ese archivo ya no está en la lista; vuelva a verificar la carpeta.',
  'main.error.cannotEnroll': '{file} no sirve para registrar una laptop.',
  'main.error.offboardNeedsFinal':
    'Primero verifique la constancia final de salida de esa persona (debe ser aceptada); luego dé de baja la laptop.',
  'main.error.nothingToExport': 'Primero verifique una carpeta; no hay resultados para exportar.',
  'main.error.policyInvalid': 'La política no es válida: {problems}',
  'main.error.policyVersionTaken':
    'La versión {version} de "{id}" no se puede firmar: la siguiente versión es la {next} (mientras tanto se firmó otra versión). Vuelva a revisar los cambios.',
  'main.error.cannotUseFolder': 'No se puede usar {folder}: {error}',
  'main.error.tooManyRequestFolders': '{folder} ya contiene demasiadas carpetas de solicitudes de hoy',
  'main.error.staffListTooLarge': '{file} pesa más de 4 MB; divida la lista.',
  'main.error.nobodyOverdue': 'Nadie está atrasado: no hay a quién pedirle nada.',
  'main.error.noFinalMissing': 'No falta ninguna constancia final: no hay a quién pedirle nada.',
  'main.error.notWaitingForFinal':
    '{id} no está esperando ni le falta una constancia final; inicie una salida de la campaña con una lista de personal.',

  'main.notice.settingsRecovered':
    'Su archivo de configuración estaba dañado y se restableció ({detail}). El archivo anterior se guardó como {movedTo}. Sus constancias guardadas y su historial no se vieron afectados; vuelva a escribir su identificador de personal y el nombre de esta laptop.',
  'main.keyStore.fileOnly':
    'Su clave de firma está guardada en un archivo protegido solo por los permisos de archivo. Sus constancias lo indicarán.',
  'main.keyStore.unrecognised':
    'El almacén de claves del sistema no pudo proteger un valor de prueba de una forma que Preflight reconozca, así que no puede saber qué tan protegida quedaría una clave de firma, y no creará ninguna. Desbloquee el almacén de claves (o cierre sesión y vuelva a entrar) y reinicie Preflight; si el problema continúa, avise a su contacto de seguridad.',
  'main.keyStore.unavailable':
    'El almacén de claves del sistema no está disponible (en Linux: GNOME Keyring o KWallet no está en ejecución o está bloqueado; en macOS: el llavero de inicio de sesión está bloqueado). Desbloquéelo, o cierre sesión y vuelva a entrar, y luego inténtelo de nuevo. Una clave de firma que ya existe no se ve afectada.',
  'main.keyStore.weakStored':
    'Su clave de firma se guardó cuando ningún almacén de claves del sistema (GNOME Keyring o KWallet) estaba desbloqueado, así que solo la protege una contraseña fija y conocida públicamente. Sus constancias lo indican. Instale y desbloquee un almacén de claves, y luego pregunte a su contacto de seguridad si debe registrar una clave nueva.',
  'main.keyStore.weakNew':
    'Ningún almacén de claves del sistema (GNOME Keyring o KWallet) está desbloqueado, así que una clave de firma creada ahora solo estaría protegida por una contraseña fija y conocida públicamente, y sus constancias lo indicarían. Primero instale y desbloquee un almacén de claves, y luego reinicie Preflight.',

  'main.dialog.openRequest': 'Abrir la solicitud de su contacto de seguridad',
  'main.dialog.openCisoKey': 'Abrir la clave pública de su contacto de seguridad',
  'main.dialog.saveAttestation': 'Guardar la constancia firmada',
  'main.dialog.chooseNewCampaignPlace': 'Elegir dónde guardar la carpeta de la campaña',
  'main.dialog.openCampaign': 'Abrir la carpeta de su campaña',
  'main.dialog.chooseVerifyFolder': 'Elegir la carpeta de constancias que se van a verificar',
  'main.dialog.exportCsv': 'Exportar como CSV',
  'main.dialog.importPolicy': 'Importar una política (JSON)',
  'main.dialog.exportPolicy': 'Exportar la política (JSON)',
  'main.dialog.chooseStaffList': 'Elegir una lista de personal (CSV)',
  'main.dialog.chooseRequestsPlace': 'Elegir dónde guardar las solicitudes',
  'main.filter.request': 'Solicitud de Preflight',
  'main.filter.publicKey': 'Clave pública',
  'main.filter.attestation': 'Constancia de Preflight',
  'main.filter.csv': 'CSV',
  'main.filter.policy': 'Política en JSON',
  'main.filter.staffList': 'Lista de personal (CSV)',

  ...MAIN_VERIFY_ES,
  ...MAIN_STAFF_LIST_ES,
}
