/**
 * Spanish for the CISO verifier's per-file reasons (shared/i18n/en/main-verify.ts): usted, the
 * glossary of docs/i18n-es.md. Values (dates, ids, fingerprints, purposes, statuses, commands) stay
 * as in English.
 */
import type { MAIN_VERIFY_EN } from '../en/main-verify'

export const MAIN_VERIFY_ES: Readonly<Record<keyof typeof MAIN_VERIFY_EN, string>> = {
  'main.verify.readFailed': 'no se pudo leer el archivo: {error}',
  'main.verify.readFailedUnknown': 'no se pudo leer el archivo: error desconocido',
  'main.verify.internal':
    'no se pudo verificar (error interno: {error}); por favor, informe de este problema',
  'main.verify.notEnvelope': 'no es un sobre DSSE',
  'main.verify.noSignature': 'el sobre no lleva ninguna firma',
  'main.verify.tooManySignatures':
    'el sobre lleva {count} firmas; una constancia de estado lleva como máximo {max} (Preflight escribe una)',
  'main.verify.ambiguousSigner':
    'la firmaron {count} claves de dispositivo registradas ({keys}); una constancia debe estar firmada por un solo dispositivo',
  'main.verify.badSignature.carried': 'la firma no se verifica con la clave pública que trae el archivo',
  'main.verify.badSignature.altered':
    'el archivo trata de una clave de dispositivo registrada, pero ninguna firma se verifica con esa clave: el archivo fue alterado o está dañado',
  'main.verify.wrongType': 'el payloadType es {payloadType}, no una constancia de estado',
  'main.verify.subjectMismatch': 'la constancia trata de una clave distinta de la que la firmó',
  'main.verify.notEnrolled': 'la clave que la firmó no está registrada',
  'main.verify.alreadyRecorded.unchanged': 'ya estaba registrada (no cambió nada)',
  'main.verify.alreadyRecorded.revoked': 'ya estaba registrada (la clave ahora está revocada)',
  'main.verify.alreadyRecorded.offboarded': 'ya estaba registrada (la clave ahora está dada de baja)',
  'main.verify.revokedKey.revoked':
    'esta clave de dispositivo se revocó el {when}; ya no se aceptan los archivos que firme',
  'main.verify.revokedKey.revokedWithReason':
    'esta clave de dispositivo se revocó el {when} ({reason}); ya no se aceptan los archivos que firme',
  'main.verify.revokedKey.offboarded':
    'esta clave de dispositivo se dio de baja el {when}; ya no se aceptan los archivos que firme',
  'main.verify.revokedKey.offboardedWithReason':
    'esta clave de dispositivo se dio de baja el {when} ({reason}); ya no se aceptan los archivos que firme',
  'main.verify.identityMismatch':
    'el archivo dice que es de "{claimed}", pero esta clave está registrada a nombre de "{enrolled}"',
  'main.verify.nonce.missing':
    'una constancia de {purpose} debe responder a una solicitud que usted emitió; esta no responde a ninguna',
  'main.verify.nonce.unknown': 'responde a una solicitud (nonce) que esta campaña nunca emitió',
  'main.verify.nonce.otherStaff': 'responde a una solicitud emitida para "{requested}", no para "{enrolled}"',
  'main.verify.nonce.otherPurpose':
    'responde a una solicitud de {requested}, pero dice que su propósito es {purpose}',
  'main.verify.nonce.mismatch':
    'el identificador o el resumen de la solicitud no coinciden con la solicitud emitida con este nonce',
  'main.verify.nonce.reused': 'la solicitud {id} ya fue respondida; pida una nueva',
  'main.verify.nonce.reusedAt':
    'la solicitud {id} ya fue respondida el {at} por otro archivo; pida una nueva',
  'main.verify.futureDated': 'collectedAt {collectedAt} está en el futuro (revise el reloj de la laptop)',
  'main.verify.expired': 'la constancia venció el {expiresAt}',
  'main.verify.tooOld': 'se tomó el {collectedAt}, hace más de {days} días; pida una constancia reciente',
  'main.verify.beforeRequest':
    'collectedAt {collectedAt} es anterior a la emisión de la solicitud ({issuedAt}): el reloj de la laptop está mal; pida a la persona que lo corrija y responda de nuevo',
  'main.verify.windowClosed.late':
    'responde a la solicitud {id} después de que venciera ({notAfter}); envíe una solicitud nueva',
  'main.verify.windowClosed.transit':
    'la solicitud {id} venció el {notAfter}; las respuestas se aceptan hasta {hours} horas después (tiempo para que el archivo llegue) y ahora es {now}; envíe una solicitud nueva',
  'main.verify.replay':
    'la secuencia {sequence} no es mayor que la última aceptada, {last}: es un archivo anterior o repetido',
  'main.verify.policy.unknown':
    'la política {id} v{version} (resumen {digest}…) no fue emitida por esta campaña',
  'main.verify.policy.notAccepted': 'la política {id} v{version} ya no se acepta',
  'main.verify.policy.mismatch':
    'el identificador o la versión de la política no coinciden con la política de este resumen',
  'main.verify.policy.otherThanRequest':
    'las revisiones se evaluaron con una política distinta de la que traía la solicitud',
  'main.verify.accepted': 'aceptada',
  'main.verify.acceptedWithNotes': 'aceptada; {notes}',
  'main.verify.note.unsolicited': 'informe no solicitado (sin solicitud): solo informativo',
  'main.verify.note.replayed': 'los datos se reprodujeron desde una grabación, no se midieron',
  'main.verify.note.alreadyEnrolled':
    'una solicitud de ingreso respondida por una laptop que ya está registrada ("{label}", registrada el {enrolledAt}): no hay nada nuevo que registrar; si esperaba una laptop nueva, pregunte a la persona',
  'main.verify.note.label': 'la etiqueta del dispositivo ahora es "{label}"',
  'main.verify.note.hostKind': 'las revisiones se hicieron dentro de un entorno {kind}',
  'main.verify.note.weakKey': 'la clave del dispositivo no está cifrada en reposo ({protection})',
  'main.verify.unknownKey': 'ninguna clave de dispositivo registrada firmó este archivo',
  'main.verify.unknownKey.notEnrollable':
    'la firmó una clave de dispositivo que no está registrada (una constancia de {purpose} no puede registrarla)',
  'main.verify.unknownKey.newKey':
    'una clave de dispositivo nueva firmó esta constancia de ingreso; después de comparar su huella digital con la persona, regístrela con `preflight ciso enroll`',
  'main.verify.contested.answered':
    'POSIBLE INTERCEPTACIÓN: otra clave de dispositivo ya respondió a la solicitud de ingreso {requestId}: {otherFingerprint} ("{otherLabel}", registrada a nombre de {otherStaff} el {enrolledAt}). Llame a {staffId}: si su huella digital es {fingerprint} (este archivo), la clave registrada no es suya: revóquela ({revokeCommand}) y envíe una solicitud de ingreso nueva',
  'main.verify.contested.multiple':
    'POSIBLE INTERCEPTACIÓN: {count} claves de dispositivo distintas respondieron a esta solicitud de ingreso (este archivo: {fingerprint}; además: {others}). No registre ninguna hasta que la persona le haya leído su huella digital; después registre solo ese archivo con `preflight ciso enroll`',
  'main.verify.withWarning': '{reason}; {warning}',
  'main.verify.withWarningSentence': '{reason}. {warning}',
}
