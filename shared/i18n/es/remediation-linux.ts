/**
 * Spanish words of the Linux fixes (same ids as en/remediation-linux.ts). Commands, file paths and
 * configuration lines are kept exactly as in English. GNOME and Cinnamon names are their Spanish
 * translations (gnome-control-center po/es.po, linuxmint cinnamon-translations); the other desktops'
 * names are listed under "[verify]" in docs/i18n-es.md.
 */
import type { RemediationText } from '../../remediation/types'

const REMOTE_WHY =
  'Un servidor SSH, de escritorio remoto o VNC permite que cualquiera en la misma red (el wifi de un café, un hotel o un evento) pruebe contraseñas contra esta laptop y, si una funciona, la controle. Las laptops de la campaña no deben aceptar inicios de sesión remotos.'

const LOGIN_WHY =
  'Con el inicio de sesión automático, cualquiera que encienda esta laptop entra a su cuenta, a su correo y a sus archivos. Una sesión de invitado permite que cualquiera use la laptop sin contraseña.'

const LOCK_WHY =
  'Una laptop que se queda desbloqueada un minuto le da a cualquiera que esté cerca su correo, sus archivos y sus cuentas. La pantalla debe bloquearse sola en pocos minutos.'

const UPDATES_WHY =
  'La mayoría de los ataques usan fallas de seguridad que ya tienen arreglo. Instalar las actualizaciones automáticamente las cierra en un día, en lugar de cuando usted se acuerde.'

export const REMEDIATION_LINUX_ES: Readonly<Record<string, RemediationText>> = {
  'disk-encryption.linux.luks': {
    title: 'Cifre todo el disco (reinstalando con cifrado)',
    why: 'Si esta laptop se pierde o se la roban, cualquiera puede leer un disco sin cifrar conectándolo a otra computadora. Cifrar solo la carpeta personal deja legibles los archivos del sistema, el espacio de intercambio (swap) y los archivos temporales.',
    steps: [
      'Linux no puede activar el cifrado de todo el disco en un sistema ya instalado de forma segura y sencilla: lo habitual es hacer una copia de seguridad, reinstalar marcando el cifrado y restaurar la copia.',
      'Haga una copia de seguridad de todo lo que necesita (documentos, perfiles del navegador, claves, ~/.ssh, datos del administrador de contraseñas) en un disco externo, y compruebe que puede abrir la copia.',
      'Inicie el instalador de su distribución desde una memoria USB (sirve la misma versión que usa ahora).',
      'Ubuntu / Mint / Pop!_OS: elija borrar el disco e instalar, y luego en las funciones avanzadas elija usar LVM con cifrado (Mint: la opción de cifrar la nueva instalación por seguridad). Fedora: marque la opción de cifrar sus datos. Debian: elija el particionado guiado que usa todo el disco y configura LVM cifrado.',
      'Elija una frase de contraseña larga que pueda escribir en cada arranque, y anótela en un lugar seguro que no sea la laptop.',
      'Después de la instalación, restaure sus archivos y vuelva a ejecutar Preflight.',
      'Si no puede reinstalar ahora, avise a su contacto de seguridad de la campaña; no lleve datos delicados en esta laptop hasta que esté hecho.',
    ],
    duration: 'Unas 2 horas de su tiempo, más el tiempo para volver a copiar su respaldo.',
  },
  'disk-encryption.linux.host': {
    title: 'Revise el cifrado del disco en la computadora misma',
    why: 'Este Linux funciona dentro de WSL o de un contenedor, así que sus archivos se guardan en el disco de la computadora que lo aloja. Ese es el disco que debe estar cifrado.',
    steps: [
      'WSL: cierre esta ventana y ejecute Preflight directamente en Windows; ahí revisa BitLocker o Cifrado de dispositivo.',
      'Contenedor: ejecute Preflight directamente en la computadora que ejecuta el contenedor.',
    ],
    duration: 'Unos 5 minutos.',
  },

  'firewall.linux.ufw': {
    title: 'Active el firewall (ufw)',
    why: 'El firewall impide que otros dispositivos del mismo wifi (cafés, hoteles, eventos) se conecten a programas de su laptop. Ubuntu y Linux Mint lo traen apagado.',
    steps: [
      'Lo más fácil: abra "Configuración del cortafuegos" (gufw) desde el menú de aplicaciones; si no está, instálelo con "sudo apt install gufw".',
      'Active "Estado". Deje "Entrante: Denegar" y "Saliente: Permitir".',
      'O en una terminal: ejecute "sudo ufw enable" y escriba su contraseña.',
      'Compruébelo con "sudo ufw status verbose": debe decir "Status: active" y "deny (incoming)" (o lo mismo traducido al español).',
      'Vuelva a ejecutar Preflight.',
    ],
    duration: 'Unos 3 minutos.',
  },
  'firewall.linux.firewalld': {
    title: 'Active el firewall (firewalld)',
    why: 'El firewall impide que otros dispositivos de la misma red se conecten a programas de su laptop. En Fedora es firewalld.',
    steps: [
      'Abra una terminal y ejecute "sudo systemctl enable --now firewalld".',
      'Compruébelo con "sudo firewall-cmd --state": debe mostrar "running".',
      'Si la zona predeterminada es "trusted" (sudo firewall-cmd --get-default-zone), cámbiela por una más segura: "sudo firewall-cmd --set-default-zone=public".',
      'Vuelva a ejecutar Preflight.',
    ],
    duration: 'Unos 3 minutos.',
  },
  'firewall.linux.nftables': {
    title: 'Haga que el firewall nftables rechace las conexiones entrantes',
    why: 'Su sistema usa nftables directamente, pero sus reglas dejan entrar todas las conexiones (el /etc/nftables.conf que trae Debian no tiene una política que bloquee) o el servicio no está iniciado.',
    steps: [
      'Lo más sencillo: instale ufw, que escribe reglas de nftables seguras por usted: "sudo apt install ufw gufw", y luego "sudo ufw enable".',
      'Para seguir con nftables a mano: edite /etc/nftables.conf como administrador. En "chain input", después de la línea "type filter hook input priority filter;" agregue "policy drop;", y agregue las reglas "ct state established,related accept" e "iif lo accept" para que las respuestas y los programas locales sigan funcionando.',
      'Cárguelo y actívelo: "sudo nft -f /etc/nftables.conf" y luego "sudo systemctl enable --now nftables".',
      'Compruébelo con "sudo nft list chain inet filter input": debe mostrar "policy drop".',
      'Vuelva a ejecutar Preflight.',
    ],
    duration: 'Unos 10 minutos.',
  },
  'firewall.linux.install': {
    title: 'Instale y active un firewall',
    why: 'Esta laptop no tiene ningún firewall configurado, así que cualquier dispositivo de la misma red puede intentar conectarse a los programas que funcionan en ella.',
    steps: [
      'Debian, Ubuntu, Mint: ejecute "sudo apt install ufw gufw" y luego "sudo ufw enable" (o abra "Configuración del cortafuegos" y actívelo).',
      'Fedora: ejecute "sudo dnf install firewalld" y luego "sudo systemctl enable --now firewalld".',
      'Arch: ejecute "sudo pacman -S ufw", luego "sudo systemctl enable --now ufw" y "sudo ufw enable".',
      'Vuelva a ejecutar Preflight.',
    ],
    duration: 'Unos 5 minutos.',
  },
  'firewall.linux.host': {
    title: 'Revise el firewall en la computadora misma',
    why: 'Este Linux funciona dentro de WSL o de un contenedor; las conexiones entrantes le llegan a través de la computadora que lo aloja, y es el firewall de esa computadora el que lo protege.',
    steps: [
      'WSL: ejecute Preflight directamente en Windows; ahí revisa el Firewall de Windows.',
      'Contenedor: ejecute Preflight directamente en la computadora que ejecuta el contenedor.',
    ],
    duration: 'Unos 5 minutos.',
  },

  'screen-lock.linux.gnome': {
    title: 'Haga que la pantalla se bloquee sola (GNOME)',
    why: LOCK_WHY,
    steps: [
      'Abra Configuración.',
      'Vaya a "Privacidad y seguridad" → "Bloqueo de pantalla" (en versiones anteriores: "Privacidad" → "Bloqueo de pantalla").',
      'Ponga "Retardo para apagar la pantalla" en 5 minutos (no en "Nunca"). En algunas versiones esto está en Energía → "Apagar la pantalla".',
      'Active "Bloque de pantalla automático" (así aparece escrito) y ponga "Retardo para bloquear la pantalla automáticamente" en "Se apaga la pantalla".',
      'Vuelva a ejecutar Preflight.',
    ],
    duration: 'Unos 2 minutos.',
  },
  'screen-lock.linux.kde6': {
    title: 'Haga que la pantalla se bloquee sola (KDE Plasma 6)',
    why: LOCK_WHY,
    steps: [
      'Abra Preferencias del sistema.',
      'Vaya a "Seguridad y privacidad" → "Bloqueo de pantalla".',
      'Ponga "Bloquear la pantalla automáticamente" en 5 minutos.',
      'Ponga la espera antes de pedir la contraseña en 5 segundos o menos, y deje activada la opción de bloquear al salir de la suspensión.',
      'Haga clic en "Aplicar" y luego vuelva a ejecutar Preflight.',
    ],
    duration: 'Unos 2 minutos.',
  },
  'screen-lock.linux.kde5': {
    title: 'Haga que la pantalla se bloquee sola (KDE Plasma 5)',
    why: LOCK_WHY,
    steps: [
      'Abra Preferencias del sistema.',
      'Vaya a "Comportamiento del espacio de trabajo" → "Bloqueo de pantalla".',
      'Marque la opción de bloquear la pantalla automáticamente y póngala en 5 minutos.',
      'Ponga el tiempo durante el que se permite desbloquear sin contraseña en 5 segundos o menos, y marque la opción de bloquear la pantalla al reanudar.',
      'Haga clic en "Aplicar" y luego vuelva a ejecutar Preflight.',
    ],
    duration: 'Unos 2 minutos.',
  },
  'screen-lock.linux.xfce': {
    title: 'Haga que la pantalla se bloquee sola (XFCE)',
    why: 'Una laptop que se queda desbloqueada un minuto le da a cualquiera que esté cerca su correo, sus archivos y sus cuentas. Preflight comprueba el bloqueo de XFCE a través de xfce4-screensaver.',
    steps: [
      'Si "Salvapantallas" no aparece en el Gestor de configuración, instálelo: "sudo apt install xfce4-screensaver" (Fedora: "sudo dnf install xfce4-screensaver"), y luego cierre sesión y vuelva a entrar.',
      'Abra el Gestor de configuración → "Salvapantallas".',
      'En la pestaña "Salvapantallas": active el salvapantallas, marque la opción de activarlo cuando el equipo esté inactivo y póngala en 5 minutos.',
      'En la pestaña de bloqueo de pantalla: active el bloqueo de pantalla, marque la opción de bloquear la pantalla con el salvapantallas y ponga la espera en 0 minutos.',
      'Revise también Gestor de configuración → "Sesión e inicio" → la pestaña de autoarranque de aplicaciones: "Salvapantallas" debe estar marcado.',
      'Vuelva a ejecutar Preflight.',
    ],
    duration: 'Unos 5 minutos.',
  },
  'screen-lock.linux.cinnamon': {
    title: 'Haga que la pantalla se bloquee sola (Cinnamon)',
    why: LOCK_WHY,
    steps: [
      'Abra Configuración del sistema → "Salvapantallas".',
      'Ponga "Retraso para iniciar el salvapantallas" en 5 minutos (no en "Nunca").',
      'Active "Bloquear el equipo al iniciar el salvapantallas" y ponga "Retraso del bloqueo" en inmediatamente.',
      'Vuelva a ejecutar Preflight.',
    ],
    duration: 'Unos 2 minutos.',
  },
  'screen-lock.linux.mate': {
    title: 'Haga que la pantalla se bloquee sola (MATE)',
    why: LOCK_WHY,
    steps: [
      'Abra el Centro de control → "Salvapantallas".',
      'Ponga el tiempo tras el cual se considera inactivo el equipo en 5 minutos y marque la opción de activar el salvapantallas cuando el equipo esté inactivo.',
      'Marque la opción de bloquear la pantalla cuando el salvapantallas esté activo.',
      'Vuelva a ejecutar Preflight.',
    ],
    duration: 'Unos 2 minutos.',
  },
  'screen-lock.linux.desktop-session': {
    title: 'Ejecute Preflight desde su escritorio',
    why: 'Preflight lee la configuración de bloqueo del escritorio en el que usted inició sesión. Si se inicia desde una consola de texto, por SSH o dentro de WSL, no puede verla.',
    steps: [
      'Inicie sesión en su escritorio habitual en la misma laptop.',
      'Abra Preflight desde el menú de aplicaciones (o desde una ventana de terminal de ese escritorio), sin sudo.',
      'WSL: revise la pantalla de bloqueo en Windows ejecutando Preflight directamente en Windows.',
    ],
    duration: 'Unos 2 minutos.',
  },
  'screen-lock.linux.other': {
    title: 'Revise a mano el bloqueo de pantalla',
    why: 'Preflight no sabe cómo guarda su escritorio la configuración de bloqueo, así que no puede confirmar que la pantalla se bloquee sola.',
    steps: [
      'Abra la configuración de su escritorio y busque la sección del salvapantallas, del bloqueo de pantalla o de energía.',
      'Haga que la pantalla se bloquee sola después de 5 minutos de inactividad y que pida la contraseña de inmediato.',
      'Diga a su contacto de seguridad de la campaña qué escritorio usa, para que pueda registrar la configuración.',
      'Si puede, use GNOME, KDE Plasma, XFCE, Cinnamon o MATE, cuya configuración Preflight sí puede comprobar.',
    ],
    duration: 'Unos 5 minutos.',
  },

  'auto-updates.linux.ubuntu': {
    title: 'Instale las actualizaciones de seguridad automáticamente (Ubuntu)',
    why: UPDATES_WHY,
    steps: [
      'Abra "Software y actualizaciones" y vaya a la pestaña "Actualizaciones".',
      'Ponga la comprobación automática de actualizaciones en "Diariamente".',
      'Ponga la opción para cuando haya actualizaciones de seguridad en "Descargar e instalar automáticamente".',
      'Si esa opción no aparece, ejecute "sudo apt install unattended-upgrades" en una terminal y vuelva a abrir la ventana.',
      'Vuelva a ejecutar Preflight.',
    ],
    duration: 'Unos 3 minutos.',
  },
  'auto-updates.linux.debian': {
    title: 'Instale las actualizaciones de seguridad automáticamente (Debian)',
    why: UPDATES_WHY,
    steps: [
      'Abra una terminal y ejecute "sudo apt install unattended-upgrades".',
      'Ejecute "sudo dpkg-reconfigure -plow unattended-upgrades" y responda que sí a descargar e instalar automáticamente las actualizaciones estables.',
      'Asegúrese de que los temporizadores estén activados: "sudo systemctl enable --now apt-daily.timer apt-daily-upgrade.timer".',
      'Vuelva a ejecutar Preflight.',
    ],
    duration: 'Unos 5 minutos.',
  },
  'auto-updates.linux.mint': {
    title: 'Instale las actualizaciones automáticamente (Linux Mint)',
    why: UPDATES_WHY,
    steps: [
      'Abra el Gestor de actualizaciones.',
      'Abra "Editar" → "Preferencias" → "Automatización".',
      'Active la opción de aplicar las actualizaciones automáticamente (escriba su contraseña cuando se le pida).',
      'Vuelva a ejecutar Preflight.',
    ],
    duration: 'Unos 3 minutos.',
  },
  'auto-updates.linux.fedora': {
    title: 'Instale las actualizaciones automáticamente (Fedora)',
    why: 'La aplicación Software de Fedora solo descarga las actualizaciones y espera a que usted reinicie. Instalarlas automáticamente cierra las fallas de seguridad en un día.',
    steps: [
      'Abra una terminal e instale la herramienta: "sudo dnf install dnf-automatic" (Fedora 40 y anteriores) o "sudo dnf install dnf5-plugin-automatic" (Fedora 41 y posteriores).',
      'Active el temporizador que descarga e instala: "sudo systemctl enable --now dnf-automatic-install.timer" (Fedora 41 y posteriores: cree /etc/dnf/automatic.conf con "[commands]" y "apply_updates = yes", y luego "sudo systemctl enable --now dnf5-automatic.timer").',
      'Vuelva a ejecutar Preflight.',
    ],
    duration: 'Unos 5 minutos.',
  },
  'auto-updates.linux.arch': {
    title: 'Mantenga Arch actualizado con una rutina fija',
    why: 'Arch no tiene actualizaciones automáticas por diseño: un sistema de actualización continua que se actualiza a mano solo es tan seguro como la última vez que usted lo actualizó.',
    steps: [
      'Actualice al menos una vez por semana: ejecute "sudo pacman -Syu" y lea los mensajes que muestre.',
      'Lea las noticias en archlinux.org antes de las actualizaciones grandes; algunas necesitan pasos a mano.',
      'Reinicie después de actualizar el kernel o bibliotecas del sistema.',
      'Pregunte a su contacto de seguridad de la campaña si se acepta una rutina semanal en su caso; esta revisión seguirá apareciendo como no cumplida porque nada instala las actualizaciones automáticamente.',
    ],
    duration: 'Unos 10 minutos cada semana.',
  },

  'remote-access.linux.ssh': {
    title: 'Apague el servidor SSH',
    why: REMOTE_WHY,
    steps: [
      'Abra una terminal. Ubuntu 22.10 y posteriores inician el servidor SSH solo cuando alguien se conecta (activación por socket), así que apague las dos partes: sudo systemctl disable --now ssh.socket ssh.service',
      'Si nunca entra a esta laptop por SSH, mejor quite el servidor: sudo apt remove openssh-server (el cliente ssh se queda).',
      'Compruébelo con: ss -ltn — ninguna línea debe terminar en :22 en 0.0.0.0 o [::].',
      'Vuelva a Preflight y revise de nuevo.',
    ],
    duration: 'Unos 3 minutos.',
  },
  'remote-access.linux.sshd': {
    title: 'Apague el servidor SSH',
    why: REMOTE_WHY,
    steps: [
      'GNOME en Fedora: Configuración › Compartir (Configuración › Sistema › Inicio de sesión remoto en GNOME 46 y posteriores) y desactive Inicio de sesión remoto. O en una terminal:',
      'sudo systemctl disable --now sshd.socket sshd.service',
      'Si nunca entra a esta laptop por SSH, quite el servidor: sudo dnf remove openssh-server (Fedora) o sudo pacman -R openssh solo si tampoco necesita el cliente ssh (Arch trae los dos en un solo paquete; ahí basta con desactivar el servicio).',
      'Compruébelo con: ss -ltn — ninguna línea debe terminar en :22 en 0.0.0.0 o [::]. Luego revise de nuevo en Preflight.',
    ],
    duration: 'Unos 3 minutos.',
  },
  'remote-access.linux.gnome': {
    title: 'Desactive el escritorio remoto y la compartición de pantalla de GNOME',
    why: REMOTE_WHY,
    steps: [
      'GNOME 46 y posteriores (Ubuntu 24.04, Fedora 40+): abra Configuración › Sistema › Escritorio remoto. En la pestaña Compartición de escritorio, desactive Compartición de escritorio; en la pestaña Inicio de sesión remoto, desactive Inicio de sesión remoto (esta le pide la contraseña de un administrador).',
      'GNOME 42 a 45 (Ubuntu 22.04): abra Configuración › Compartir y desactive Compartir arriba, o abra ahí Escritorio remoto y desactívelo.',
      'GNOME más antiguo: Configuración › Compartir › Compartición de la pantalla, y desactívela.',
      'Vuelva a Preflight y revise de nuevo.',
    ],
    duration: 'Unos 2 minutos.',
  },
  'remote-access.linux.xrdp': {
    title: 'Apague el servidor de escritorio remoto xrdp',
    why: REMOTE_WHY,
    steps: [
      'Abra una terminal y ejecute: sudo systemctl disable --now xrdp xrdp-sesman',
      'Si no lo necesita para nada, quítelo: sudo apt remove xrdp (Ubuntu, Debian, Mint) o sudo dnf remove xrdp (Fedora).',
      'Vuelva a Preflight y revise de nuevo.',
    ],
    duration: 'Unos 3 minutos.',
  },
  'remote-access.linux.vnc': {
    title: 'Apague el servidor VNC',
    why: REMOTE_WHY,
    steps: [
      "TigerVNC: vea sus instancias con: systemctl list-units 'vncserver@*' — y luego apague cada una, por ejemplo: sudo systemctl disable --now vncserver@:1",
      'x11vnc: sudo systemctl disable --now x11vnc, y quite cualquier entrada de x11vnc de los programas de inicio automático de su escritorio.',
      'KDE: abra Compartir escritorio (krfb) y desactive la opción para habilitar la compartición del escritorio, o ciérrelo. MATE/Xfce con vino: ejecute vino-preferences y desmarque la opción que permite a otros usuarios ver su escritorio.',
      'Si no necesita VNC, desinstale el paquete del servidor (tigervnc-server, x11vnc).',
      'Vuelva a Preflight y revise de nuevo.',
    ],
    duration: 'Unos 5 minutos.',
  },
  'remote-access.linux.listener': {
    title: 'Encuentre y detenga el programa que acepta inicios de sesión remotos',
    why: REMOTE_WHY,
    steps: [
      'Preflight encontró un programa que espera conexiones en el puerto 22, 3389 o 5900–5999 (como se muestra arriba), pero no pudo saber qué servicio es.',
      'Encuéntrelo: sudo ss -ltnp — la última columna indica el programa de cada puerto.',
      'Deténgalo y desactívelo (sudo systemctl disable --now <su servicio>), o desinstálelo si no lo necesita.',
      'Si no lo reconoce, avise a su contacto de seguridad de la campaña y envíele una grabación (preflight check --record transcript.json).',
    ],
    duration: 'Unos 10 minutos.',
  },
  'remote-access.linux.host': {
    title: 'Revise el acceso remoto en la computadora misma',
    why: 'Este Linux funciona dentro de WSL o de un contenedor, así que lo que se puede alcanzar desde la red lo decide la computadora que lo aloja.',
    steps: [
      'WSL: cierre esta ventana y ejecute Preflight directamente en Windows; ahí revisa Escritorio remoto y el servidor OpenSSH.',
      'Contenedor: ejecute Preflight directamente en la computadora que ejecuta el contenedor.',
    ],
    duration: 'Unos 5 minutos.',
  },

  'login-protection.linux.gdm': {
    title: 'Desactive el inicio de sesión automático (GNOME)',
    why: LOGIN_WHY,
    steps: [
      'Abra Configuración › Usuarios (en GNOME 46 y posteriores: Configuración › Sistema › Usuarios), haga clic en Desbloquear y escriba su contraseña.',
      'Desactive “Inicio de sesión automático” para cada usuario.',
      'Si todavía aparece: como administrador, edite /etc/gdm3/custom.conf (Ubuntu; Debian: /etc/gdm3/daemon.conf) o /etc/gdm/custom.conf (Fedora, Arch) y en la sección [daemon] ponga AutomaticLoginEnable=false y TimedLoginEnable=false.',
      'Reinicie, compruebe que la pantalla de inicio de sesión le pide la contraseña y luego revise de nuevo en Preflight.',
    ],
    duration: 'Unos 3 minutos.',
  },
  'login-protection.linux.lightdm': {
    title: 'Desactive el inicio de sesión automático y las sesiones de invitado (LightDM)',
    why: LOGIN_WHY,
    steps: [
      'Preflight indica el archivo que activa el inicio de sesión automático o las sesiones de invitado. Abra una terminal y vea todas esas líneas con: grep -rn "autologin\\|allow-guest" /etc/lightdm /usr/share/lightdm',
      'Como administrador, en ese archivo ponga autologin-user= (vacío) y, para las sesiones de invitado, allow-guest=false. O cree /etc/lightdm/lightdm.conf.d/99-no-autologin.conf con las tres líneas [Seat:*], autologin-user= y allow-guest=false (un valor en /etc/lightdm/lightdm.conf sigue teniendo prioridad, así que corrija también ese archivo si es el que aparece).',
      'Reinicie, compruebe que la pantalla de inicio de sesión le pide la contraseña y no ofrece sesión de invitado, y luego revise de nuevo en Preflight.',
    ],
    duration: 'Unos 5 minutos.',
  },
  'login-protection.linux.lightdm-mint': {
    title:
      'Desactive el inicio de sesión automático y las sesiones de invitado (Ventana de inicio de sesión)',
    why: LOGIN_WHY,
    steps: [
      'Abra el Menú › Administración › Ventana de inicio de sesión y escriba su contraseña.',
      'En la pestaña Usuarios, desmarque la opción que permite sesiones de invitado y deje vacío el inicio de sesión automático (sin nombre de usuario).',
      'Cierre la ventana, reinicie y compruebe que la pantalla de inicio de sesión le pide la contraseña. Luego revise de nuevo en Preflight.',
    ],
    duration: 'Unos 2 minutos.',
  },
  'login-protection.linux.sddm': {
    title: 'Desactive el inicio de sesión automático (KDE / SDDM)',
    why: LOGIN_WHY,
    steps: [
      'KDE Plasma 6: abra Preferencias del sistema › Colores y temas › Pantalla de inicio de sesión (SDDM), haga clic en Comportamiento… y desmarque la opción de iniciar sesión automáticamente. Plasma 5: Preferencias del sistema › Arranque y apagado › Pantalla de inicio de sesión (SDDM) › Avanzado (o Comportamiento), y desmarque la opción de iniciar sesión automáticamente. Haga clic en Aplicar y escriba su contraseña.',
      'Si todavía aparece: como administrador, edite el archivo que indicó Preflight (a menudo /etc/sddm.conf.d/kde_settings.conf) y deje vacío User= en la sección [Autologin].',
      'Reinicie, compruebe que la pantalla de inicio de sesión le pide la contraseña y luego revise de nuevo en Preflight.',
    ],
    duration: 'Unos 3 minutos.',
  },
  'login-protection.linux.greetd': {
    title: 'Desactive el inicio de sesión automático (greetd)',
    why: LOGIN_WHY,
    steps: [
      'Como administrador, edite /etc/greetd/config.toml y borre (o comente con #) toda la sección [initial_session].',
      'Reinicie, compruebe que la pantalla de bienvenida le pide la contraseña y luego revise de nuevo en Preflight.',
    ],
    duration: 'Unos 5 minutos.',
  },
  'login-protection.linux.getty': {
    title: 'Desactive el inicio de sesión automático en la consola de texto',
    why: LOGIN_WHY,
    steps: [
      'Preflight indica el archivo adicional (drop-in) que agrega --autologin (por ejemplo /etc/systemd/system/getty@tty1.service.d/autologin.conf).',
      'Bórrelo como administrador (sudo rm seguido de esa ruta) y luego ejecute: sudo systemctl daemon-reload',
      'Reinicie, compruebe que la consola le pide un nombre de usuario y una contraseña, y luego revise de nuevo en Preflight.',
    ],
    duration: 'Unos 5 minutos.',
  },
  'login-protection.linux.host': {
    title: 'Revise el inicio de sesión en la computadora misma',
    why: 'Este Linux funciona dentro de WSL o de un contenedor; quien enciende la computadora inicia sesión en la computadora que lo aloja.',
    steps: [
      'WSL: cierre esta ventana y ejecute Preflight directamente en Windows; ahí revisa el inicio de sesión automático y la cuenta de invitado.',
      'Contenedor: ejecute Preflight directamente en la computadora que ejecuta el contenedor.',
    ],
    duration: 'Unos 5 minutos.',
  },
}
