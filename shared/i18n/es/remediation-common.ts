/** Spanish words for the fixes shared by all platforms (same ids as remediation-common in en/). */
import type { RemediationText } from '../../remediation/types'

/** `what` is a noun phrase with its article ("la versión del sistema operativo"). */
const unknownSteps = (what: string): RemediationText => ({
  title: `Ayude a Preflight a leer ${what}`,
  why: `Preflight no pudo confirmar ${what}, así que este punto todavía no cuenta como seguro. El motivo aparece arriba de los pasos.`,
  steps: [
    'Lea el motivo que aparece para esta revisión: dice qué no se pudo leer.',
    'Cierre otros programas que puedan estar ocupados y luego presione “Revisar de nuevo”.',
    `Si todavía no se puede leer, revise usted directamente ${what} en la configuración de su sistema.`,
    'Envíe una grabación (preflight check --record transcript.json) a su contacto de seguridad de la campaña; contiene solo la configuración que Preflight leyó, y usted puede abrirla para ver exactamente qué contiene.',
  ],
  duration: 'Unos 5 minutos.',
})

export const REMEDIATION_COMMON_ES: Readonly<Record<string, RemediationText>> = {
  'os-version.unknown': unknownSteps('la versión del sistema operativo'),
  'disk-encryption.unknown': unknownSteps('la configuración del cifrado del disco'),
  'firewall.unknown': unknownSteps('la configuración del firewall'),
  'screen-lock.unknown': unknownSteps('la configuración del bloqueo de pantalla'),
  'auto-updates.unknown': unknownSteps('la configuración de las actualizaciones automáticas'),
  'malware-protection.unknown': unknownSteps('el estado de la protección contra malware'),
  'platform-integrity.unknown': unknownSteps(
    'la configuración de seguridad del arranque (Protección de la Integridad del Sistema o SIP, Gatekeeper, arranque seguro)',
  ),
  'browser-updates.unknown': unknownSteps('las versiones de sus navegadores'),
  'remote-access.unknown': unknownSteps('la configuración del acceso remoto'),
  'login-protection.unknown': unknownSteps('la configuración del inicio de sesión'),
}
