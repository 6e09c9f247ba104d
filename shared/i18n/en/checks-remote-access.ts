/**
 * English messages of the remote-access check (main/checks/remote-access/*), keys
 * `check.remote-access.<platform>.<what>`. Unit names, launchd labels, registry value names, port
 * numbers, addresses and service states (`active`, `RUNNING`) stay as the machine writes them;
 * setting names and menu paths are written as the operating system shows them in this language.
 */
export const CHECKS_REMOTE_ACCESS_EN = {
  // Shared by the platforms: listening sockets (listeners.ts) and the verdict texts they share.
  'check.remote-access.common.port.ssh': 'SSH',
  'check.remote-access.common.port.rdp': 'Remote Desktop (RDP)',
  'check.remote-access.common.port.vnc': 'VNC screen sharing',
  'check.remote-access.common.port.ard': 'Apple Remote Desktop',
  'check.remote-access.common.port.eppc': 'Remote Apple Events',
  'check.remote-access.common.where.all': 'all addresses',
  'check.remote-access.common.where.ipv4': 'all IPv4 addresses (0.0.0.0)',
  'check.remote-access.common.where.ipv6': 'all IPv6 addresses (::)',
  'check.remote-access.common.listener': 'port {port} ({service}) on {where}',
  'check.remote-access.common.listening': 'listening for connections from the network: {listener}',
  'check.remote-access.common.loopback': '{listener}: loopback only, not reachable from the network',
  'check.remote-access.common.reason.alsoUnreadable': 'Also could not read: {problems}.',
  'check.remote-access.common.reason.problems': '{problems}.',
  'check.remote-access.common.summary.unconfirmed': 'Could not confirm that remote login is off',

  // macOS
  'check.remote-access.darwin.requirement':
    'Remote Login, Screen Sharing, Remote Management and Remote Application Scripting are off',
  'check.remote-access.darwin.place.modern': 'System Settings › General › Sharing',
  'check.remote-access.darwin.place.macos12': 'System Preferences › Sharing',
  'check.remote-access.darwin.service.remoteLogin': 'Remote Login (SSH)',
  'check.remote-access.darwin.service.screenSharing': 'Screen Sharing',
  'check.remote-access.darwin.service.remoteAppleEvents':
    'Remote Application Scripting (Remote Apple Events)',
  'check.remote-access.darwin.observed.serviceOn': '{name} is on (launchd: {label} {value})',
  'check.remote-access.darwin.observed.serviceOff': '{name} is off',
  'check.remote-access.darwin.observed.serviceDefault':
    '{name} is off (its default: launchd has no override for {label})',
  'check.remote-access.darwin.observed.ardOn': 'Remote Management (Apple Remote Desktop) is on',
  'check.remote-access.darwin.observed.ardOff': 'Remote Management is off',
  'check.remote-access.darwin.observed.ardUnrecognised':
    'the Remote Management marker file has unexpected contents; judged by its port instead',
  'check.remote-access.darwin.observed.ardNoMarker':
    'Remote Management has not been switched on (no activation marker)',
  'check.remote-access.darwin.observed.ardUnreadable':
    '{problem}; Remote Management judged by its port instead',
  'check.remote-access.darwin.observed.nothingListens':
    'nothing listens for remote logins or screen sharing on a network address (netstat)',
  'check.remote-access.darwin.problem.printDisabled':
    '`launchctl print-disabled system` printed something Preflight does not recognise',
  'check.remote-access.darwin.problem.netstatCut': '`netstat -an -p tcp` output was cut short',
  'check.remote-access.darwin.problem.netstatUnparsed.one':
    '`netstat -an -p tcp` printed {count} line(s) Preflight could not read',
  'check.remote-access.darwin.problem.netstatUnparsed.other':
    '`netstat -an -p tcp` printed {count} line(s) Preflight could not read',
  'check.remote-access.darwin.summary.on':
    'This Mac accepts remote logins or screen sharing from the network',
  'check.remote-access.darwin.summary.unconfirmed':
    'Could not confirm that remote login and screen sharing are off',
  'check.remote-access.darwin.reason.unconfirmed':
    '{problems}. Open {place} and check that Screen Sharing, Remote Management, Remote Login and Remote Application Scripting are off, then check again.',
  'check.remote-access.darwin.summary.off': 'Remote login, screen sharing and remote management are off',

  // Windows
  'check.remote-access.win32.requirement':
    'Remote Desktop and the OpenSSH server are off, and nothing else accepts remote logins from the network',
  'check.remote-access.win32.problem.policyUnreadable': 'the Remote Desktop policy could not be read ({why})',
  'check.remote-access.win32.problem.settingUnreadable':
    'the Remote Desktop setting could not be read ({why})',
  'check.remote-access.win32.problem.noServiceState': '`sc.exe query sshd` printed no service state',
  'check.remote-access.win32.problem.noStartType': '`sc.exe qc sshd` printed no start type',
  'check.remote-access.win32.problem.listenersUnreadable': 'the listening ports could not be read ({why})',
  'check.remote-access.win32.problem.noUsableList': 'Get-NetTCPConnection printed no usable list',
  'check.remote-access.win32.problem.listenersUnparsed.one':
    'Get-NetTCPConnection listed {count} entr(ies) Preflight could not read',
  'check.remote-access.win32.problem.listenersUnparsed.other':
    'Get-NetTCPConnection listed {count} entr(ies) Preflight could not read',
  'check.remote-access.win32.problem.rdpHomeUnconfirmed':
    '{rdp} on a Home edition, and without the listening ports Preflight cannot confirm nothing accepts it',
  'check.remote-access.win32.problem.sshdUnreadable': 'the OpenSSH server state could not be read ({why})',
  'check.remote-access.win32.problem.sshdStartUnreadable':
    'the OpenSSH server is installed but its start type could not be read ({why})',
  'check.remote-access.win32.observed.rdpPort': 'Remote Desktop is set to port {port}',
  'check.remote-access.win32.rdp.onPolicy':
    'Remote Desktop is turned on by Group Policy (fDenyTSConnections = 0)',
  'check.remote-access.win32.rdp.onLocal': 'Remote Desktop is on (fDenyTSConnections = 0)',
  'check.remote-access.win32.observed.rdpHomeNoListener':
    '{rdp}, but Home editions cannot accept Remote Desktop connections and nothing listens on port {port}',
  'check.remote-access.win32.observed.rdpOffPolicy': 'Remote Desktop is turned off by Group Policy',
  'check.remote-access.win32.observed.rdpOffLocal': 'Remote Desktop is off (fDenyTSConnections = 1)',
  'check.remote-access.win32.observed.rdpNeverOn':
    'Remote Desktop has never been turned on (no fDenyTSConnections value)',
  'check.remote-access.win32.observed.sshdAbsent': 'the OpenSSH server is not installed',
  'check.remote-access.win32.observed.sshdLoopback':
    'the OpenSSH server is running but listens only on loopback, so it cannot be reached from the network',
  'check.remote-access.win32.exposure.sshdRunning': 'the OpenSSH server is running ({state})',
  'check.remote-access.win32.exposure.sshdAuto': 'the OpenSSH server is set to start automatically',
  'check.remote-access.win32.observed.sshdStopped':
    'the OpenSSH server is installed but stopped and not started automatically ({start})',
  'check.remote-access.win32.observed.nothingListens':
    'nothing listens for remote logins on 22, the Remote Desktop port or 5900-5999 on a network address',
  'check.remote-access.win32.summary.on': 'This PC accepts remote logins from the network',
  'check.remote-access.win32.summary.off': 'Remote Desktop and the OpenSSH server are off',

  // Linux
  'check.remote-access.linux.requirement':
    'No SSH, remote desktop or VNC server accepts connections from the network, and none is set to start',
  'check.remote-access.linux.summary.wsl': 'Remote access to this laptop is a Windows setting',
  'check.remote-access.linux.summary.container': 'Remote access cannot be judged from inside a container',
  'check.remote-access.linux.observed.wsl': 'Running inside Windows Subsystem for Linux',
  'check.remote-access.linux.observed.container': 'Running inside a container ({runtime})',
  'check.remote-access.linux.unknownRuntime': 'unknown runtime',
  'check.remote-access.linux.reason.wsl':
    'Connections from the network reach WSL through Windows. Run Preflight on Windows to check Remote Desktop and the SSH server there.',
  'check.remote-access.linux.reason.container':
    'What can be reached from the network is decided by the computer the container runs on. Run Preflight directly on that computer.',
  'check.remote-access.linux.service.ssh': 'The SSH server (OpenSSH)',
  'check.remote-access.linux.service.gnome-remote-desktop': 'GNOME Remote Desktop',
  'check.remote-access.linux.service.xrdp': 'The xrdp remote desktop server',
  'check.remote-access.linux.service.vnc': 'A VNC server',
  'check.remote-access.linux.problem.isActiveFailed': '`{command}` failed (exit {code})',
  'check.remote-access.linux.problem.isActiveFailedWith': '`{command}` failed (exit {code}: {stderr})',
  'check.remote-access.linux.problem.unexpectedAnswer': '`{command}` gave an unexpected answer',
  'check.remote-access.linux.problem.uncertainEnabled':
    '{unit} is "{state}", so Preflight cannot tell whether it starts at boot',
  'check.remote-access.linux.problem.userUnreadable':
    'the state of your own GNOME Remote Desktop service could not be read',
  'check.remote-access.linux.problem.cannotList': '{path} could not be listed',
  'check.remote-access.linux.problem.ssUnreadable': 'the listening sockets could not be read ({why})',
  'check.remote-access.linux.problem.ssFailed': 'ss failed',
  'check.remote-access.linux.problem.ssCut': '`ss -ltnH` output was cut short',
  'check.remote-access.linux.problem.ssUnparsed.one':
    '`ss -ltnH` printed {count} line(s) Preflight could not read',
  'check.remote-access.linux.problem.ssUnparsed.other':
    '`ss -ltnH` printed {count} line(s) Preflight could not read',
  'check.remote-access.linux.unitState': '{unit} is {state}',
  'check.remote-access.linux.userUnitState': 'your gnome-remote-desktop.service is {state}',
  'check.remote-access.linux.userUnit': 'your gnome-remote-desktop.service',
  'check.remote-access.linux.observed.userNoSession':
    'your own desktop sharing settings could not be read (no desktop session); nothing of it is listening now',
  'check.remote-access.linux.observed.nothingListens':
    'nothing listens for remote logins on a network address (ss)',
  'check.remote-access.linux.exposure.running': '{name} is running ({units})',
  'check.remote-access.linux.exposure.runningOtherPort':
    '{name} is running ({units}) and Preflight could not find it on its usual port: it may listen on another one',
  'check.remote-access.linux.exposure.bootEnabled': '{name} is set to start at boot ({units})',
  'check.remote-access.linux.observed.loopbackOnly':
    '{name} is running but listens only on loopback, so it cannot be reached from the network',
  'check.remote-access.linux.observed.startsAtBoot': '{name} starts at boot ({units})',
  'check.remote-access.linux.observed.installedOff':
    '{name} is installed but not running and not started at boot ({units})',
  'check.remote-access.linux.observed.quiet':
    'no SSH, remote desktop or VNC service is running or set to start at boot',
  'check.remote-access.linux.summary.on': 'This laptop accepts remote logins from the network',
  'check.remote-access.linux.summary.off': 'Nothing accepts remote logins from the network',
} as const satisfies Readonly<Record<string, string>>
