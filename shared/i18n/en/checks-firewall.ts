/**
 * English messages of the firewall check (main/checks/firewall/*), keys
 * `check.firewall.<platform>.<what>`. Tool names (socketfilterfw, ufw, nft…), setting names
 * (ENABLED=yes, DEFAULT_INPUT_POLICY) and values (zones, chain names, product names) stay as the
 * machine writes them; menu paths are written as the operating system shows them in this language.
 */
export const CHECKS_FIREWALL_EN = {
  // macOS
  'check.firewall.darwin.requirement': 'the macOS firewall is on',
  'check.firewall.darwin.place.modern': 'System Settings › Network › Firewall',
  'check.firewall.darwin.place.macos12': 'System Preferences › Security & Privacy › Firewall',
  'check.firewall.darwin.thisVersion': 'this macOS version',
  'check.firewall.darwin.state.off': 'off',
  'check.firewall.darwin.state.on': 'on',
  'check.firewall.darwin.state.block-all': 'on, blocking all incoming connections',
  'check.firewall.darwin.parse.noState': 'no "(State = N)" in the output',
  'check.firewall.darwin.parse.severalStates': 'the output names more than one state',
  'check.firewall.darwin.parse.unknownState': 'unknown state {value}',
  'check.firewall.darwin.parse.notJson': 'the output is not JSON',
  'check.firewall.darwin.parse.noEntry': 'no SPFirewallDataType entry',
  'check.firewall.darwin.parse.noValue': 'no spfirewall_globalstate value',
  'check.firewall.darwin.parse.conflicting': 'conflicting spfirewall_globalstate values',
  'check.firewall.darwin.parse.unknownValue': 'unknown spfirewall_globalstate "{value}"',
  'check.firewall.darwin.observed.socketfilterfw': 'socketfilterfw: firewall {state}',
  'check.firewall.darwin.observed.systemProfiler': 'system_profiler: firewall {state}',
  'check.firewall.darwin.summary.blockAll': 'The firewall is on and blocks all incoming connections',
  'check.firewall.darwin.summary.on': 'The firewall is on',
  'check.firewall.darwin.summary.off': 'The firewall is off',
  'check.firewall.darwin.summary.disagree': 'Two macOS tools disagree about the firewall',
  'check.firewall.darwin.summary.unconfirmed': 'Could not confirm that the firewall is on',
  'check.firewall.darwin.summary.unreadable': 'Could not read the firewall state',
  'check.firewall.darwin.reason.disagree':
    'socketfilterfw says the firewall is {socketfilterfw} but system_profiler says it is {systemProfiler}. Open {place}, make sure it is on, then check again.',
  'check.firewall.darwin.reason.unconfirmed':
    'socketfilterfw says the firewall is on, but on {version} that answer needs confirming and system_profiler could not be read ({detail}). Check {place} yourself, then check again.',
  'check.firewall.darwin.reason.unreadable':
    'socketfilterfw: {socketfilterfw}; system_profiler: {systemProfiler}. Check {place} yourself, then check again.',

  // Windows
  'check.firewall.win32.requirement':
    'Windows Firewall is on for private and public networks (or another firewall is on and registered with Windows Security)',
  'check.firewall.win32.name.thirdPartyList': 'the Windows Security Center firewall list',
  'check.firewall.win32.name.service': 'the firewall service state (sc query mpssvc)',
  'check.firewall.win32.problem.notAvailable': '{name} is not available',
  'check.firewall.win32.problem.timedOut': '{name} did not answer in time',
  'check.firewall.win32.problem.denied': '{name} could not be run (permission denied)',
  'check.firewall.win32.problem.error': '{name} could not be run ({error})',
  'check.firewall.win32.problem.exitCode': '{name} failed with exit code {code}',
  'check.firewall.win32.problem.profileLines':
    'Get-NetFirewallProfile printed something other than Name=True/False lines',
  'check.firewall.win32.problem.registryUnreadable':
    'the EnableFirewall registry value could not be read ({why})',
  'check.firewall.win32.problem.registryMissing': 'the EnableFirewall registry value is missing',
  'check.firewall.win32.problem.netshUnknown':
    'netsh printed states in a language or layout Preflight does not know',
  'check.firewall.win32.problem.gpoUnreadable': 'the firewall Group Policy key could not be read ({why})',
  'check.firewall.win32.problem.serviceUnreadable':
    'the state of the firewall service (mpssvc) could not be read',
  'check.firewall.win32.problem.thirdPartyFormat':
    'Windows Security Center listed firewalls in an unexpected format',
  'check.firewall.win32.regWhy.accessDenied': 'access denied',
  'check.firewall.win32.regWhy.notAvailable': 'reg.exe is not available',
  'check.firewall.win32.regWhy.timedOut': 'no answer in time',
  'check.firewall.win32.regWhy.denied': 'could not be run (permission denied)',
  'check.firewall.win32.regWhy.tooMuchOutput': 'printed more output than expected',
  'check.firewall.win32.regWhy.killed': 'was killed before it finished',
  'check.firewall.win32.regWhy.failedToRun': 'could not be run',
  'check.firewall.win32.regWhy.exitCode': 'exited with code {code}',
  'check.firewall.win32.regWhy.cutMidLine': 'output ended mid-line',
  'check.firewall.win32.regWhy.noKey': 'printed no registry key',
  'check.firewall.win32.via.registry': 'registry (FirewallPolicy)',
  'check.firewall.win32.state.on': 'on',
  'check.firewall.win32.state.off': 'off',
  'check.firewall.win32.state.unknown': 'unknown',
  'check.firewall.win32.state.unclear': 'unclear',
  'check.firewall.win32.observed.profiles': '{via}: domain {domain}, private {private}, public {public}',
  'check.firewall.win32.observed.gpoPrivate': 'Group Policy sets the private profile {state}',
  'check.firewall.win32.observed.gpoPublic': 'Group Policy sets the public profile {state}',
  'check.firewall.win32.observed.service': 'firewall service mpssvc: {code} ({name})',
  'check.firewall.win32.observed.thirdParty':
    'Windows Security Center: {name} (productState {productState}) is {state}',
  'check.firewall.win32.observed.noThirdParty':
    'no third-party firewall is registered with Windows Security Center',
  'check.firewall.win32.summary.on': 'Windows Firewall is on for private and public networks',
  'check.firewall.win32.summary.thirdPartyOn': '{name} is on',
  'check.firewall.win32.summary.someThirdPartyOn': 'A third-party firewall is on',
  'check.firewall.win32.summary.serviceStopped': 'The Windows Firewall service is not running',
  'check.firewall.win32.summary.offPrivate': 'Windows Firewall is off for private networks',
  'check.firewall.win32.summary.offPublic': 'Windows Firewall is off for public networks',
  'check.firewall.win32.summary.offBoth': 'Windows Firewall is off for private and public networks',
  'check.firewall.win32.summary.unconfirmed': 'Could not confirm that a firewall is on',
  'check.firewall.win32.reason.alsoUnreadable': 'Also not readable: {problems}',
  'check.firewall.win32.reason.unconfirmed':
    '{problems|cap}. Open Windows Security › Firewall & network protection to check, then run the check again.',
  'check.firewall.win32.reason.unclear':
    'Windows did not report the firewall state clearly. Open Windows Security › Firewall & network protection to check, then run the check again.',

  // Linux
  'check.firewall.linux.requirement':
    'A firewall is on and refuses incoming connections that were not explicitly allowed',
  'check.firewall.linux.problem.nftNotJson': 'nft printed something that is not its JSON ruleset',
  'check.firewall.linux.chain.none': 'no filter chain on the input hook (everything incoming is accepted)',
  'check.firewall.linux.chain.policy': '{family} {table}/{name}: policy {policy}',
  'check.firewall.linux.chain.policyEndsInDrop':
    '{family} {table}/{name}: policy {policy}, last rule drops everything else',
  'check.firewall.linux.observed.liveChain': 'live rules: {chain}',
  'check.firewall.linux.observed.configChain': '{path}: {chain}',
  'check.firewall.linux.ufw.off': 'ufw is installed but turned off (ENABLED=no)',
  'check.firewall.linux.ufw.noEnabledLine': '{path} has no ENABLED=yes/no line',
  'check.firewall.linux.ufw.on': 'ufw is turned on (ENABLED=yes)',
  'check.firewall.linux.ufw.acceptsAll':
    'ufw lets all incoming connections in (DEFAULT_INPUT_POLICY="ACCEPT")',
  'check.firewall.linux.ufw.defaultUnreadable':
    'ufw is on, but its default for incoming connections could not be read from {path}',
  'check.firewall.linux.ufw.refuses':
    'incoming connections are refused unless allowed (DEFAULT_INPUT_POLICY DROP/REJECT)',
  'check.firewall.linux.ufw.serviceFailed': 'the ufw service failed to start',
  'check.firewall.linux.ufw.serviceFailedReason':
    'ufw is turned on but its service failed at start-up, so its rules may not be loaded',
  'check.firewall.linux.firewalld.notRunning': 'firewalld is installed but not running',
  'check.firewall.linux.firewalld.denied':
    'firewalld refused to tell a normal user whether it is running (its permission policy denies the query)',
  'check.firewall.linux.firewalld.unexpected': '{what} printed an unexpected answer',
  'check.firewall.linux.firewalld.running': 'firewalld is running',
  'check.firewall.linux.firewalld.zone': 'default zone: {zone}',
  'check.firewall.linux.firewalld.trusted': 'the "trusted" zone lets every incoming connection in',
  'check.firewall.linux.firewalld.fedoraWorkstation':
    'this zone allows incoming connections to ports 1025-65535',
  'check.firewall.linux.nftables.serviceOff':
    'the nftables service is {state}, so {path} is not loaded at start-up',
  'check.firewall.linux.nftables.serviceUnclear':
    'could not tell whether the nftables service is running ({problem})',
  'check.firewall.linux.nftables.unexpectedAnswer': 'unexpected answer',
  'check.firewall.linux.nftables.active': 'the nftables service is active',
  'check.firewall.linux.nftables.unparsable': '{path} could not be parsed',
  'check.firewall.linux.nftables.includes':
    '{path} includes other files ({files}) that Preflight does not read',
  'check.firewall.linux.nftables.accepts': 'this configuration accepts incoming connections',
  'check.firewall.linux.iptables.saved': 'saved iptables rules exist ({path})',
  'check.firewall.linux.iptables.savedReason':
    'saved iptables rules ({path}) are in use, and Preflight cannot tell from them alone whether they are loaded',
  'check.firewall.linux.summary.refuses': 'The firewall refuses incoming connections',
  'check.firewall.linux.summary.wsl': 'The firewall of WSL is the Windows firewall',
  'check.firewall.linux.summary.container': 'The firewall cannot be judged from inside a container',
  'check.firewall.linux.observed.wsl': 'Running inside Windows Subsystem for Linux',
  'check.firewall.linux.observed.container': 'Running inside a container ({runtime})',
  'check.firewall.linux.unknownRuntime': 'unknown runtime',
  'check.firewall.linux.reason.wsl':
    'Incoming connections reach WSL through Windows, so Windows Firewall is what protects it. Run Preflight on Windows to check it.',
  'check.firewall.linux.reason.container':
    'Incoming connections reach a container through the computer it runs on, whose firewall is what protects it. Run Preflight directly on that computer.',
  'check.firewall.linux.summary.notLive': '{tools} is set to on, but the live firewall rules do not show it',
  'check.firewall.linux.reason.notLive':
    'The settings say the firewall is on, but the rules active right now do not refuse incoming connections (or are kept by the older iptables system, which Preflight cannot read). Restart the computer and check again.',
  'check.firewall.linux.summary.on': 'The firewall is on ({tools})',
  'check.firewall.linux.summary.unconfirmed': 'Could not confirm that a firewall is on',
  'check.firewall.linux.reason.unconfirmed': '{reasons}.',
  'check.firewall.linux.observed.noSoftware': 'no firewall software (ufw, firewalld, nftables) is set up',
  'check.firewall.linux.summary.none': 'No firewall is set up',
  'check.firewall.linux.summary.off': 'The firewall is off',
  'check.firewall.linux.reason.allOff':
    'Without administrator rights Preflight reads the firewall tools’ own settings; every tool it found is off.',
} as const satisfies Readonly<Record<string, string>>
