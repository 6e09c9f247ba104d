/**
 * Spanish words of the campaign practices, with exactly the keys of `PRACTICES_EN`
 * (shared/i18n/en/practices.ts). Steps stay one per line, with as many lines as the English.
 * Setting names follow the Spanish (Latin America) wording of each vendor; docs/i18n-es.md lists
 * the sources and the names still to verify.
 */
import type { PRACTICES_EN } from '../en/practices'

export const PRACTICES_ES = {
  'practices.notMeasurable.linux': 'Linux no tiene una forma integrada de que Preflight vea esto.',

  'practice.two-factor-email.title':
    'Tengo activada la verificación en dos pasos con una app de autenticación o una llave de seguridad (no con mensajes de texto) en mi correo de la campaña',
  'practice.two-factor-email.why':
    'La mayoría de los ataques a campañas empiezan con una contraseña robada. Un segundo paso que el atacante no puede interceptar lo detiene aunque tenga la contraseña; los códigos por mensaje de texto se pueden desviar a otro teléfono.',
  'practice.two-factor-email.service.google-workspace': 'Google Workspace (Gmail)',
  'practice.two-factor-email.how.google-workspace':
    'Abra myaccount.google.com e inicie sesión con su cuenta de la campaña.\nElija Seguridad, luego Verificación en 2 pasos, y actívela.\nAgregue como segundo paso una app de autenticación, una llave de acceso (passkey) o una llave de seguridad.\nQuite los mensajes de texto (SMS) como segundo paso cuando ya funcione otro.',
  'practice.two-factor-email.service.microsoft-365': 'Microsoft 365 (Outlook)',
  'practice.two-factor-email.how.microsoft-365':
    'Abra mysignins.microsoft.com/security-info e inicie sesión con su cuenta de la campaña.\nElija “Agregar método de inicio de sesión” y agregue Microsoft Authenticator, una llave de acceso (passkey) o una llave de seguridad.\nElimine el método de teléfono (mensaje de texto) cuando ya funcione otro.',

  'practice.security-key-email.title':
    'Inicio sesión en el correo de la campaña con una llave de seguridad o una llave de acceso (passkey)',
  'practice.security-key-email.why':
    'Una llave de seguridad o una llave de acceso solo funciona en la página de inicio de sesión verdadera, así que una página falsa no puede robarla. Es la protección más fuerte contra el phishing (correos y páginas falsas), y es lo que recomiendan los grupos de seguridad electoral para el personal de campaña.',
  'practice.security-key-email.how':
    'Pregunte a su contacto de seguridad si la campaña entrega llaves de seguridad.\nAgregue la llave o una llave de acceso en la configuración de seguridad de su cuenta de correo (el mismo lugar de la verificación en dos pasos).\nGuarde una segunda llave o llave de acceso de respaldo en un lugar seguro.',

  'practice.signal.title':
    'Uso Signal para las conversaciones de la campaña, con los mensajes temporales activados',
  'practice.signal.why':
    'Signal cifra los mensajes y las llamadas de extremo a extremo, así que ni la compañía telefónica ni un atacante en la red pueden leerlos. Los mensajes temporales limitan lo que revela un teléfono perdido o decomisado.',
  'practice.signal.how':
    'Instale Signal en su teléfono, y Signal Desktop en esta laptop si la usa para el trabajo de la campaña.\nEn cada conversación de la campaña, abra la configuración del chat y active los mensajes temporales.\nEn la configuración de Signal, ponga un temporizador predeterminado para que los chats nuevos también desaparezcan.',

  'practice.password-manager.title': 'Guardo mis contraseñas en un administrador de contraseñas',
  'practice.password-manager.why':
    'Un administrador de contraseñas crea una contraseña larga y distinta para cada cuenta, así que una contraseña filtrada no abre las demás. Además, no llena la contraseña en un sitio que solo se parece al verdadero.',
  'practice.password-manager.how':
    'Instale un administrador de contraseñas que recomiende su campaña (por ejemplo 1Password, Bitwarden o KeePassXC).\nProtéjalo con una frase de contraseña larga que no use en ningún otro lugar.\nPase a él sus contraseñas de la campaña y cambie las que haya usado dos veces.',

  'practice.campaign-accounts-only.title': 'Hago el trabajo de la campaña solo en cuentas de la campaña',
  'practice.campaign-accounts-only.why':
    'Su contacto de seguridad protege y vigila las cuentas de la campaña; el correo personal y las nubes personales no, y los atacantes las buscan para llegar a los archivos de la campaña.',
  'practice.campaign-accounts-only.how':
    'Envíe correos de la campaña solo desde su dirección de la campaña.\nGuarde los archivos de la campaña solo en la unidad compartida de la campaña, no en su almacenamiento personal en la nube.\nActive también la verificación en dos pasos en sus cuentas personales.',

  'practice.phone-updated-locked.title':
    'Mi teléfono está actualizado y bloqueado con un PIN de al menos 6 dígitos',
  'practice.phone-updated-locked.why':
    'Su teléfono guarda su correo de la campaña, Signal y sus códigos de inicio de sesión. Las actualizaciones cierran los huecos que usan los atacantes, y un PIN de 6 dígitos es mucho más difícil de adivinar que uno de 4.',
  'practice.phone-updated-locked.service.ios': 'iPhone',
  'practice.phone-updated-locked.how.ios':
    'Abra Configuración, General, Actualización de software e instale cualquier actualización; active las actualizaciones automáticas.\nAbra Configuración, Face ID y código (o Touch ID y código), Cambiar código, y elija un código de 6 dígitos o más.',
  'practice.phone-updated-locked.service.android': 'Android',
  'practice.phone-updated-locked.how.android':
    'Abra Configuración, Sistema (o Actualización de software) e instale cualquier actualización.\nAbra Configuración, Seguridad (o Pantalla de bloqueo), Bloqueo de pantalla, y elija un PIN de 6 dígitos o más, o una contraseña.',

  'practice.laptop-password.title': 'Mi contraseña en esta laptop tiene al menos 12 caracteres',
  'practice.laptop-password.why':
    'La contraseña de la laptop protege sus archivos y desbloquea el cifrado del disco. Una contraseña corta la puede adivinar alguien que tenga la laptop por un rato.',
  'practice.laptop-password.how.darwin':
    'Abra Configuración del Sistema, Usuarios y grupos, haga clic en el botón de información junto a su nombre y elija Cambiar contraseña.\nUse una frase de contraseña de varias palabras, de al menos 12 caracteres.',
  'practice.laptop-password.how.win32':
    'Presione Ctrl+Alt+Supr (Ctrl+Alt+Delete) y elija “Cambiar una contraseña” (si es una cuenta Microsoft, cámbiela en account.microsoft.com).\nUse una frase de contraseña de varias palabras, de al menos 12 caracteres; un PIN solo no es suficiente.',
  'practice.laptop-password.how.linux':
    'Abra Configuración, Usuarios (o Preferencias del sistema, Usuarios) y cambie su contraseña, o ejecute passwd en una terminal.\nUse una frase de contraseña de varias palabras, de al menos 12 caracteres.',

  'practice.report-lost-device.title':
    'Avisaré de inmediato a mi contacto de seguridad si se pierde o me roban un teléfono o una laptop que uso para la campaña',
  'practice.report-lost-device.why':
    'Las primeras horas cuentan: su contacto de seguridad puede cerrar la sesión del dispositivo en las cuentas de la campaña, revocar sus claves y borrarlo a distancia antes de que alguien entre.',
  'practice.report-lost-device.how':
    'Tenga el número de teléfono de su contacto de seguridad en un lugar al que pueda llegar sin su teléfono.\nReporte la pérdida el mismo día, aunque crea que el dispositivo va a aparecer.',

  'practice.find-my.title':
    'La función para encontrar el dispositivo (Encontrar mi Mac o Encontrar mi dispositivo) está activada en esta laptop, para poder ubicarla, bloquearla o borrarla si se pierde',
  'practice.find-my.why':
    'Si la laptop se pierde o se la roban, usted puede bloquearla o borrarla desde otro dispositivo. Algunas campañas administran las laptops de otra forma y desactivan esta función; eso lo decide su contacto de seguridad.',
  'practice.find-my.how.darwin':
    'Abra Configuración del Sistema, haga clic en su nombre (Cuenta de Apple), luego en iCloud, y active Encontrar mi Mac.\nPara esto se necesita un administrador de esta Mac.',
  'practice.find-my.how.win32':
    'Abra Configuración, Privacidad y seguridad, Encontrar mi dispositivo, y actívelo (tiene que iniciar sesión con una cuenta Microsoft y tener activada la Ubicación).',
  'practice.find-my.how.linux':
    'Linux no tiene un servicio integrado para encontrar el dispositivo. Confirme esta práctica solo si su contacto de seguridad preparó otra forma de ubicar o borrar esta laptop.',

  'practice.check-addresses.title':
    'Reviso la dirección web antes de iniciar sesión o donar, y uso solo las direcciones verdaderas de la campaña',
  'practice.check-addresses.why':
    'Los atacantes registran direcciones parecidas (un guion de más, otra terminación como .co o -2026) para robar contraseñas y donaciones. Hay campañas que han perdido direcciones así a manos de sus oponentes.',
  'practice.check-addresses.how':
    'Abra los sitios de la campaña desde un marcador o desde su administrador de contraseñas, no desde enlaces que lleguen en mensajes.\nCompare la dirección con las direcciones verdaderas de la campaña que aparecen en Direcciones web, en Preflight.\nReporte a su contacto de seguridad cualquier dirección parecida que reciba.',

  'practice.checklist.why': 'Su contacto de seguridad le pide confirmar esto antes de que deje la campaña.',

  'practice.accounts-signed-out.title': 'Cerré la sesión de todas las cuentas de la campaña en esta laptop',
  'practice.accounts-signed-out.why':
    'Una laptop que sigue con la sesión iniciada conserva el acceso al correo y a los archivos de la campaña después de que usted se va.',
  'practice.accounts-signed-out.how':
    'Cierre la sesión del correo, del chat y de las unidades compartidas de la campaña en todos los navegadores y aplicaciones.\nDesvincule Signal Desktop de su teléfono si lo usó para conversaciones de la campaña.',

  'practice.files-deleted.title':
    'Borré los archivos de la campaña de esta laptop (también los de Descargas)',
  'practice.files-deleted.why':
    'Los documentos de la campaña que quedan en una laptop personal pueden filtrarse mucho después de que la campaña termina.',
  'practice.files-deleted.how':
    'Borre los documentos de la campaña, también las copias en Descargas y en el escritorio, y luego vacíe la Papelera (o la Papelera de reciclaje).',

  'practice.devices-returned.title': 'Devolví las llaves de seguridad y los dispositivos de la campaña',
  'practice.devices-returned.why':
    'Las llaves de seguridad y los dispositivos de la campaña todavía abren cuentas de la campaña.',
  'practice.devices-returned.how':
    'Entregue a su contacto de seguridad las llaves de seguridad, los teléfonos y las laptops de la campaña.',

  'help.signal-download': 'Signal: descargar Signal Desktop',
  'help.signal-disappearing':
    'Soporte de Signal: configurar y administrar los mensajes temporales (en inglés)',
  'help.google-2sv': 'Google: activar la Verificación en 2 pasos',
  'help.google-passkeys': 'Google: iniciar sesión con una llave de acceso',
  'help.microsoft-security-info': 'Microsoft: configurar sus métodos de inicio de sesión',
  'help.bitwarden-download': 'Bitwarden: descargas',
  'help.keepassxc-download': 'KeePassXC: descarga',
  'help.1password-download': '1Password: descargas',
} as const satisfies { readonly [K in keyof typeof PRACTICES_EN]?: string }
