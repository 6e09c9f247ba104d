/**
 * Spanish words of the browser-updates fixes (same ids as en/remediation-browser-updates.ts).
 * Browser menu names follow the browsers in Spanish; internal pages (chrome://…, about:…), policy
 * names, file paths and commands are kept exactly as in English.
 */
import type { RemediationText } from '../../remediation/types'

const WHY =
  'Su navegador abre todo lo que le manda la web, así que es lo primero que atacan. Los fabricantes de navegadores corrigen en pocos días las fallas que se están aprovechando; un navegador viejo las deja abiertas.'
const POLICY_WHY =
  'Una directiva en esta computadora impide que el navegador se actualice solo, así que se quedará atrás y dejará abiertas fallas conocidas.'
const RESTART = 'Presione “Revisar de nuevo” en Preflight.'
const DURATION = 'Unos 3 minutos; la descarga sigue en segundo plano y el navegador se reinicia una vez.'
const ASK_IT =
  'Si un empleador, una escuela o un departamento de informática administra esta computadora, pídales que quiten la directiva (o que confirmen por escrito que ellos le actualizan este navegador) y avise a su contacto de seguridad de la campaña.'

const aboutPage = (title: string, menu: string, extra: readonly string[] = []): RemediationText => ({
  title,
  why: WHY,
  steps: [
    `Abra el navegador y luego ${menu}. Al abrir esa página, el navegador busca una actualización y la descarga.`,
    'Cuando indique que hay una actualización lista, haga clic en “Reiniciar” (sus pestañas vuelven a abrirse).',
    ...extra,
    'Si dice que su organización administra las actualizaciones o que están desactivadas, siga los pasos de “directiva que desactiva las actualizaciones” para este navegador, o pregunte a su contacto de seguridad de la campaña.',
    RESTART,
  ],
  duration: DURATION,
})

/** Spanish words for every id in BROWSER_UPDATES_REMEDIATIONS. */
export const REMEDIATION_BROWSER_UPDATES_ES: Readonly<Record<string, RemediationText>> = {
  'browser-updates.darwin.chrome': aboutPage(
    'Actualice Google Chrome',
    'elija Chrome › Acerca de Google Chrome en la barra de menús',
  ),
  'browser-updates.darwin.edge': aboutPage(
    'Actualice Microsoft Edge',
    'elija Microsoft Edge › Acerca de Microsoft Edge en la barra de menús (o abra edge://settings/help)',
  ),
  'browser-updates.darwin.brave': aboutPage(
    'Actualice Brave',
    'elija Brave › Acerca de Brave en la barra de menús',
  ),
  'browser-updates.darwin.firefox': aboutPage(
    'Actualice Firefox',
    'elija Firefox › Acerca de Firefox en la barra de menús',
    [
      'Si Firefox dice que no puede actualizarse, descargue el Firefox más reciente de mozilla.org y arrástrelo a Aplicaciones, reemplazando el anterior.',
    ],
  ),
  'browser-updates.darwin.firefox-esr': {
    title: 'Actualice Firefox ESR o pase a una versión ESR con soporte',
    why:
      WHY + ' Cada versión de Firefox ESR recibe arreglos durante aproximadamente un año; después, ninguno.',
    steps: [
      'Abra Firefox y elija Firefox › Acerca de Firefox en la barra de menús; instale la actualización que ofrezca y reinicie Firefox.',
      'Si Preflight dice que su versión ESR ya no recibe arreglos de seguridad, descargue el Firefox ESR actual (o Firefox normal) de mozilla.org y arrástrelo a Aplicaciones, reemplazando el anterior. Sus marcadores y contraseñas se conservan.',
      ASK_IT,
      RESTART,
    ],
    duration: 'Unos 10 minutos.',
  },
  'browser-updates.darwin.safari': {
    title: 'Actualice Safari',
    why: WHY + ' Safari se actualiza con Actualización de software, junto con macOS o por separado.',
    steps: [
      'Abra el menú Apple > Configuración del Sistema > General > Actualización de software (el botón de abajo lo abre).',
      'Instale lo que se ofrezca: una actualización de macOS, o una actualización de “Safari” que aparece en las demás actualizaciones o en “Más información”.',
      'Reinicie si se le pide.',
      RESTART,
    ],
    duration: 'Unos 5 minutos de su tiempo; la actualización puede tomar de 15 a 30 minutos más.',
  },
  'browser-updates.darwin.safari-macos': {
    title: 'Actualice macOS para tener un Safari con soporte',
    why: WHY + ' Apple ya no publica arreglos de Safari para esta versión de macOS.',
    steps: [
      'Haga una copia de seguridad de sus archivos y conecte la Mac a la corriente.',
      'Abra el menú Apple > Configuración del Sistema > General > Actualización de software (el botón de abajo lo abre) y elija el macOS más reciente que se ofrezca en “Actualizar ahora”.',
      'Hasta terminar la actualización, use Chrome o Firefox al día en lugar de Safari para el trabajo de la campaña.',
      'Si esta Mac no puede instalar un macOS más nuevo, avise a su contacto de seguridad de la campaña.',
      RESTART,
    ],
    duration: 'Unos 15 minutos de su tiempo; la actualización tarda de 30 a 90 minutos.',
  },
  'browser-updates.darwin.policy': {
    title: 'Quite el perfil de configuración que detiene las actualizaciones del navegador',
    why: POLICY_WHY,
    steps: [
      'Abra el menú Apple > Configuración del Sistema > General > Administración de dispositivos (macOS 12: Preferencias del Sistema > Perfiles) para ver qué perfiles están instalados.',
      ASK_IT,
      'Si fue usted quien instaló un perfil así (por ejemplo, para que no salgan avisos de actualización), selecciónelo y haga clic en “−” para quitarlo (se necesita la contraseña de un administrador).',
      'Luego abra la página “Acerca de” del navegador para que se actualice, y presione “Revisar de nuevo” en Preflight.',
    ],
    duration: 'Unos 15 minutos, o el tiempo que necesite el departamento de informática.',
  },
  'browser-updates.darwin.firefox-policy': {
    title: 'Quite la directiva de Firefox que desactiva las actualizaciones',
    why: POLICY_WHY,
    steps: [
      'En Firefox, abra about:policies para ver las directivas activas; la que detiene las actualizaciones es “DisableAppUpdate” o “ManualAppUpdateOnly”.',
      ASK_IT,
      'Si no (es una directiva que instaló usted o una herramienta vieja): cierre Firefox y luego, en el Finder, abra Aplicaciones, haga clic con el botón derecho en Firefox › Mostrar contenido del paquete › Contents › Resources › distribution y mueva “policies.json” a la Papelera (se necesita la contraseña de un administrador).',
      'Abra Firefox › Acerca de Firefox para actualizarlo y luego presione “Revisar de nuevo” en Preflight.',
    ],
    duration: 'Unos 15 minutos.',
  },
  'browser-updates.win32.chrome': aboutPage(
    'Actualice Google Chrome',
    'abra el menú ⋮ › Ayuda › Información de Google Chrome (o escriba chrome://settings/help en la barra de direcciones)',
  ),
  'browser-updates.win32.edge': aboutPage(
    'Actualice Microsoft Edge',
    'abra el menú … › Ayuda y comentarios › Acerca de Microsoft Edge (o escriba edge://settings/help en la barra de direcciones)',
  ),
  'browser-updates.win32.brave': aboutPage(
    'Actualice Brave',
    'abra el menú ≡ › Ayuda › Acerca de Brave (o escriba brave://settings/help en la barra de direcciones)',
  ),
  'browser-updates.win32.firefox': aboutPage(
    'Actualice Firefox',
    'abra el menú ≡ › Ayuda › Acerca de Firefox',
    [
      'Si Firefox dice que no puede actualizarse, descargue el Firefox más reciente de mozilla.org e instálelo encima del anterior.',
    ],
  ),
  'browser-updates.win32.firefox-esr': {
    title: 'Actualice Firefox ESR o pase a una versión ESR con soporte',
    why:
      WHY + ' Cada versión de Firefox ESR recibe arreglos durante aproximadamente un año; después, ninguno.',
    steps: [
      'Abra Firefox y luego el menú ≡ › Ayuda › Acerca de Firefox; instale la actualización que ofrezca y reinicie Firefox.',
      'Si Preflight dice que su versión ESR ya no recibe arreglos de seguridad, descargue el Firefox ESR actual (o Firefox normal) de mozilla.org e instálelo encima del anterior. Sus marcadores y contraseñas se conservan.',
      ASK_IT,
      RESTART,
    ],
    duration: 'Unos 10 minutos.',
  },
  'browser-updates.win32.policy': {
    title: 'Quite la directiva que desactiva las actualizaciones del navegador',
    why: POLICY_WHY,
    steps: [
      'En el navegador, abra chrome://policy, edge://policy, brave://policy o about:policies para ver qué directiva está configurada (por ejemplo “UpdateDefault”, “AutoUpdateCheckPeriodMinutes” o “DisableAppUpdate”).',
      ASK_IT,
      'Si no, la directiva suele venir de una herramienta para “bloquear actualizaciones” o para “optimizar” el sistema: vuelva a permitir las actualizaciones del navegador en esa herramienta, o desinstálela.',
      'O pida a su contacto de seguridad de la campaña que le ayude a quitar, de la clave del registro HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies, el valor que aparece en los detalles de Preflight (se necesita un administrador).',
      'Luego abra la página “Acerca de” del navegador para que se actualice, y presione “Revisar de nuevo” en Preflight.',
    ],
    duration: 'Unos 15 minutos, o el tiempo que necesite el departamento de informática.',
  },
  'browser-updates.win32.firefox-policy': {
    title: 'Quite la directiva de Firefox que desactiva las actualizaciones',
    why: POLICY_WHY,
    steps: [
      'En Firefox, abra about:policies; la que detiene las actualizaciones es “DisableAppUpdate” o “ManualAppUpdateOnly”.',
      ASK_IT,
      'Si no: cierre Firefox, abra el Explorador de archivos en C:\\Program Files\\Mozilla Firefox\\distribution y borre “policies.json” (Windows pide un administrador).',
      'Abra el menú ≡ › Ayuda › Acerca de Firefox para actualizarlo y luego presione “Revisar de nuevo” en Preflight.',
    ],
    duration: 'Unos 15 minutos.',
  },
  'browser-updates.linux.system': {
    title: 'Instale la actualización del navegador con las actualizaciones del sistema',
    why:
      WHY +
      ' Este navegador vino de su distribución o del repositorio de paquetes del fabricante del navegador, así que se actualiza junto con sus demás programas.',
    steps: [
      'Abra su herramienta de actualización (Actualizador de software en Ubuntu, Gestor de actualizaciones en Linux Mint, Software / Discover en Fedora y otras) e instale todas las actualizaciones que se ofrezcan.',
      'O en una terminal: Debian, Ubuntu, Mint: “sudo apt update && sudo apt upgrade”; Fedora: “sudo dnf upgrade --refresh”; Arch: “sudo pacman -Syu” (navegadores del AUR: su asistente de AUR).',
      'Reinicie el navegador después de la actualización.',
      'Si no se ofrece ninguna actualización aunque Preflight diga que el navegador está atrasado, puede que su distribución lo haya dejado de mantener: instálelo desde el repositorio del fabricante, Flatpak o Snap, o pregunte a su contacto de seguridad de la campaña.',
      RESTART,
    ],
    duration: 'Unos 5 minutos; las descargas toman unos minutos más.',
  },
  'browser-updates.linux.snap': {
    title: 'Actualice el Snap del navegador',
    why:
      WHY +
      ' Los Snaps se actualizan solos varias veces al día, salvo que las actualizaciones estén retenidas.',
    steps: [
      'Cierre el navegador (un Snap que está abierto solo se actualiza después de cerrarse).',
      'Abra Ubuntu Software / App Center › Administrar › Buscar actualizaciones, o ejecute “sudo snap refresh” en una terminal.',
      'Si las actualizaciones están retenidas (se usó “snap refresh --hold”), libérelas con “sudo snap refresh --unhold”.',
      RESTART,
    ],
    duration: 'Unos 3 minutos.',
  },
  'browser-updates.linux.flatpak': {
    title: 'Actualice el Flatpak del navegador',
    why: WHY,
    steps: [
      'Abra Software (GNOME) o Discover (KDE) › Actualizaciones e instale lo que se ofrezca, o ejecute “flatpak update” en una terminal.',
      'Reinicie el navegador después de la actualización.',
      RESTART,
    ],
    duration: 'Unos 3 minutos; las descargas siguen en segundo plano.',
  },
  'browser-updates.linux.firefox-tarball': aboutPage(
    'Actualice Firefox',
    'abra el menú ≡ › Ayuda › Acerca de Firefox',
    [
      'Si Firefox dice que no puede actualizarse (su carpeta en /opt pertenece a root), descargue el Firefox más reciente de mozilla.org o, mejor aún, instale Firefox desde su distribución, el repositorio APT de Mozilla, Snap o Flatpak para que se actualice con el sistema.',
    ],
  ),
  'browser-updates.linux.firefox-esr': {
    title: 'Actualice Firefox ESR o pase a una versión ESR con soporte',
    why:
      WHY + ' Cada versión de Firefox ESR recibe arreglos durante aproximadamente un año; después, ninguno.',
    steps: [
      'Instale todas las actualizaciones del sistema (Actualizador de software, Gestor de actualizaciones o “sudo apt update && sudo apt upgrade”): Debian pasa firefox-esr a la nueva versión ESR por su cuenta.',
      'Si su distribución ya no lo actualiza, instale Firefox desde el paquete normal de su distribución, Flatpak o Snap.',
      ASK_IT,
      RESTART,
    ],
    duration: 'Unos 10 minutos.',
  },
  'browser-updates.linux.policy': {
    title: 'Quite la directiva de Firefox que desactiva las actualizaciones',
    why: POLICY_WHY,
    steps: [
      'En Firefox, abra about:policies; la que detiene las actualizaciones es “DisableAppUpdate” o “ManualAppUpdateOnly”.',
      ASK_IT,
      'Si no, quite esa configuración del archivo que indica Preflight (/opt/firefox/distribution/policies.json o /etc/firefox/policies/policies.json), por ejemplo con “sudo rm /opt/firefox/distribution/policies.json”.',
      'Abra el menú ≡ › Ayuda › Acerca de Firefox para actualizarlo y luego presione “Revisar de nuevo” en Preflight.',
    ],
    duration: 'Unos 15 minutos.',
  },
}
