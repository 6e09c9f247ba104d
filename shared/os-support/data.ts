/**
 * The bundled OS support table: which OS releases still get security fixes, and which updates exist.
 *
 * Offline-first: the os-version check judges against this table, never against the network. It ships
 * with every build and a CISO can replace it with a newer one inside a signed policy (`osSupport`).
 * Sources, the "as of" date and the refresh procedure: docs/os-support.md.
 *
 * Provenance markers in comments:
 * - (eol)   endoflife.date snapshot of 2026-08-22 (lifecycle dates), via the project's research notes;
 * - (ms)    Microsoft release-information / KB pages (dates and OS builds known up to early 2026);
 * - (apple) Apple security releases page;
 * - [3p]    third-party report of a build or date, not yet checked against the vendor: verify on refresh;
 * - [projection] announced or inferred, not published: the entry also carries a `projected` flag.
 * Months missing from an update list are months we could not confirm; the judge only ever compares
 * with the newest entry older than the grace period, so a gap can make it lenient for one month but
 * never makes it pass an installed version older than a listed update.
 */
import type { LinuxCycle, MacosCycle, OsSupportData, WindowsRelease } from './types'

/** Newest date the table was checked against its sources (the endoflife.date snapshot). */
export const BUNDLED_DATA_AS_OF = '2026-08-22'

type Update = WindowsRelease['updates'][number]

/**
 * Monthly cumulative updates of the 24H2 "Germanium" servicing branch. Builds 26100 (24H2), 26200
 * (25H2) and 26300 (26H2) are enablement packages on one code base and receive the same UBR on the
 * same day (e.g. 26100.6899 and 26200.6899 on 2025-10-14), so they share this list.
 */
const GERMANIUM_UPDATES: readonly Update[] = [
  { ubr: 2033, date: '2024-10-08', kb: 'KB5044284' }, // (ms)
  { ubr: 2314, date: '2024-11-12', kb: 'KB5046617' }, // (ms)
  { ubr: 2605, date: '2024-12-10', kb: 'KB5048667' }, // (ms)
  { ubr: 2894, date: '2025-01-14', kb: 'KB5050009' }, // (ms)
  { ubr: 3194, date: '2025-02-11', kb: 'KB5051987' }, // (ms)
  { ubr: 3476, date: '2025-03-11', kb: 'KB5053598' }, // (ms)
  { ubr: 3775, date: '2025-04-08', kb: 'KB5055523' }, // (ms)
  { ubr: 4061, date: '2025-05-13', kb: 'KB5058411' }, // (ms)
  { ubr: 4349, date: '2025-06-10', kb: 'KB5060842' }, // (ms)
  { ubr: 4652, date: '2025-07-08', kb: 'KB5062553' }, // (ms)
  { ubr: 4946, date: '2025-08-12', kb: 'KB5063878' }, // (ms)
  { ubr: 6584, date: '2025-09-09', kb: 'KB5065426' }, // (ms)
  { ubr: 6899, date: '2025-10-14', kb: 'KB5066835' }, // (ms)
  { ubr: 7171, date: '2025-11-11', kb: 'KB5068861' }, // (ms)
  { ubr: 7462, date: '2025-12-09' }, // [3p] verify
  { ubr: 7623, date: '2026-01-13', kb: 'KB5074109' }, // [3p] reports quoting the KB title
  { ubr: 7840, date: '2026-02-10', kb: 'KB5077181' }, // [3p] reports quoting the KB title
  { ubr: 8037, date: '2026-03-10', kb: 'KB5079473' }, // [3p] verify
  { ubr: 8246, date: '2026-04-14', kb: 'KB5083769' }, // [3p] several reports
  { ubr: 8457, date: '2026-05-12', kb: 'KB5089549' }, // [3p] several reports
  { ubr: 8655, date: '2026-06-09' }, // [3p] verify (research notes)
  { ubr: 8875, date: '2026-07-14', kb: 'KB5101001' }, // [3p] verify
  { ubr: 9168, date: '2026-08-11', kb: 'KB5121003' }, // [3p] verify
]

/** Windows 10 22H2 (19045) and LTSC 2021 (19044) share one servicing branch and UBR. */
const VIBRANIUM_UPDATES: readonly Update[] = [
  { ubr: 5371, date: '2025-01-14', kb: 'KB5049981' }, // (ms)
  { ubr: 5487, date: '2025-02-11', kb: 'KB5051974' }, // (ms)
  { ubr: 5608, date: '2025-03-11', kb: 'KB5053606' }, // (ms)
  { ubr: 5737, date: '2025-04-08', kb: 'KB5055518' }, // (ms)
  { ubr: 5854, date: '2025-05-13', kb: 'KB5058379' }, // (ms)
  { ubr: 5965, date: '2025-06-10', kb: 'KB5060533' }, // (ms)
  { ubr: 6093, date: '2025-07-08', kb: 'KB5062554' }, // (ms)
  { ubr: 6216, date: '2025-08-12', kb: 'KB5063709' }, // (ms)
  { ubr: 6332, date: '2025-09-09', kb: 'KB5065429' }, // (ms)
  { ubr: 6456, date: '2025-10-14', kb: 'KB5066791' }, // (ms) last update without ESU
  { ubr: 6575, date: '2025-11-11', kb: 'KB5068781' }, // (ms) first ESU update
  { ubr: 6691, date: '2025-12-09', kb: 'KB5071546' }, // [3p] reports quoting the KB title
  { ubr: 6809, date: '2026-01-13', kb: 'KB5073724' }, // [3p] reports quoting the KB title
  { ubr: 7058, date: '2026-03-10', kb: 'KB5078885' }, // [3p] verify
  { ubr: 7184, date: '2026-04-14' }, // [3p] verify (build seen in a public scan report)
  { ubr: 7548, date: '2026-08-11', kb: 'KB5120709' }, // [3p] verify
]

const WINDOWS: readonly WindowsRelease[] = [
  // Windows 10. Older builds are listed so that they are recognised as ended rather than unknown.
  {
    product: 'Windows 10',
    build: 19041,
    version: '2004',
    released: '2020-05-27',
    endHomePro: '2021-12-14',
    endEnterprise: '2021-12-14',
    updates: [],
  }, // (eol)
  {
    product: 'Windows 10',
    build: 19042,
    version: '20H2',
    released: '2020-10-20',
    endHomePro: '2022-05-10',
    endEnterprise: '2023-05-09',
    updates: [],
  }, // (eol)
  {
    product: 'Windows 10',
    build: 19043,
    version: '21H1',
    released: '2021-05-18',
    endHomePro: '2022-12-13',
    endEnterprise: '2022-12-13',
    updates: [],
  }, // (eol)
  // 21H2 general channel ended; its LTSC 2021 edition is serviced to 2027-01-12.
  {
    product: 'Windows 10',
    build: 19044,
    version: '21H2',
    released: '2021-11-16',
    endHomePro: '2023-06-13',
    endEnterprise: '2024-06-11',
    endLtsc: '2027-01-12',
    updates: [...VIBRANIUM_UPDATES],
  }, // (eol)
  // 22H2: end of servicing 2025-10-14 for every edition. Consumer ESU (Home/Pro) to 2026-10-13;
  // commercial ESU (organizations) years 2-3 to 2028-10-10.
  {
    product: 'Windows 10',
    build: 19045,
    version: '22H2',
    released: '2022-10-18',
    endHomePro: '2025-10-14',
    endEnterprise: '2025-10-14',
    esuEndHomePro: '2026-10-13',
    esuEndEnterprise: '2028-10-10',
    updates: [...VIBRANIUM_UPDATES],
  }, // (eol)
  // Windows 11.
  {
    product: 'Windows 11',
    build: 22000,
    version: '21H2',
    released: '2021-10-04',
    endHomePro: '2023-10-10',
    endEnterprise: '2024-10-08',
    updates: [],
  }, // (eol)
  {
    product: 'Windows 11',
    build: 22621,
    version: '22H2',
    released: '2022-09-20',
    endHomePro: '2024-10-08',
    endEnterprise: '2025-10-14',
    updates: [],
  }, // (eol)
  {
    product: 'Windows 11',
    build: 22631,
    version: '23H2',
    released: '2023-10-31',
    endHomePro: '2025-11-11',
    endEnterprise: '2026-11-10', // (eol)
    updates: [
      { ubr: 4751, date: '2025-01-14', kb: 'KB5050021' }, // (ms)
      { ubr: 4890, date: '2025-02-11', kb: 'KB5051989' }, // (ms)
      { ubr: 5039, date: '2025-03-11', kb: 'KB5053602' }, // (ms)
      { ubr: 5189, date: '2025-04-08', kb: 'KB5055528' }, // (ms)
      { ubr: 5335, date: '2025-05-13', kb: 'KB5058405' }, // (ms)
      { ubr: 5472, date: '2025-06-10', kb: 'KB5060999' }, // (ms)
      { ubr: 5624, date: '2025-07-08', kb: 'KB5062552' }, // (ms)
      { ubr: 5768, date: '2025-08-12', kb: 'KB5063875' }, // (ms)
      { ubr: 5909, date: '2025-09-09', kb: 'KB5065431' }, // (ms)
      { ubr: 6060, date: '2025-10-14', kb: 'KB5066793' }, // (ms)
      { ubr: 6199, date: '2025-11-11', kb: 'KB5068865' }, // (ms) last update for Home/Pro
      { ubr: 6491, date: '2026-01-13', kb: 'KB5073455' }, // [3p] Enterprise/Education only from here
      { ubr: 6649, date: '2026-02-10', kb: 'KB5075941' }, // [3p]
      { ubr: 6936, date: '2026-04-14', kb: 'KB5082052' }, // [3p]
      { ubr: 7079, date: '2026-05-12', kb: 'KB5087420' }, // [3p]
    ],
  },
  {
    product: 'Windows 11',
    build: 26100,
    version: '24H2',
    released: '2024-10-01',
    endHomePro: '2026-10-13',
    endEnterprise: '2027-10-12',
    endLtsc: '2029-10-09',
    updates: [...GERMANIUM_UPDATES],
  }, // (eol)
  {
    product: 'Windows 11',
    build: 26200,
    version: '25H2',
    released: '2025-09-30',
    endHomePro: '2027-10-12',
    endEnterprise: '2028-10-10',
    updates: [...GERMANIUM_UPDATES],
  }, // (eol)
  // 26H2: enablement package on 24H2/25H2 announced June 2026 for the fall [3p: GA 26300.9457 on
  // 2026-09-29]; end dates [projection] = the usual 24 / 36 months (second Tuesday of October).
  {
    product: 'Windows 11',
    build: 26300,
    version: '26H2',
    released: '2026-09-29',
    endHomePro: '2028-10-10',
    endEnterprise: '2029-10-09',
    projected: true,
    updates: [...GERMANIUM_UPDATES],
  },
  // 26H1: its own branch, preinstalled on new Arm devices only. (eol) end for Home/Pro; release date
  // and Enterprise end [projection].
  {
    product: 'Windows 11',
    build: 28000,
    version: '26H1',
    released: '2026-02-10',
    endHomePro: '2028-03-14',
    endEnterprise: '2029-03-13',
    projected: true,
    updates: [
      { ubr: 1719, date: '2026-03-10', kb: 'KB5079466' }, // [3p]
      { ubr: 2113, date: '2026-05-12', kb: 'KB5089548' }, // [3p]
    ],
  },
]

const MACOS: readonly MacosCycle[] = [
  {
    major: 11,
    name: 'Big Sur',
    released: '2020-11-12',
    securityEnd: '2023-09-26',
    releases: [{ version: '11.7.10', date: '2023-09-11', build: '20G1427' }],
  }, // (eol)
  {
    major: 12,
    name: 'Monterey',
    released: '2021-10-25',
    securityEnd: '2024-09-16',
    releases: [{ version: '12.7.6', date: '2024-07-29', build: '21H1320' }],
  }, // (eol)
  {
    major: 13,
    name: 'Ventura',
    released: '2022-10-24',
    securityEnd: '2025-09-15', // (eol)
    releases: [
      { version: '13.7', date: '2024-09-16' }, // (apple)
      { version: '13.7.1', date: '2024-10-28' }, // (apple)
      { version: '13.7.2', date: '2024-12-11' }, // (apple)
      { version: '13.7.3', date: '2025-01-27' }, // (apple)
      { version: '13.7.5', date: '2025-03-31' }, // (apple)
      { version: '13.7.6', date: '2025-05-12' }, // (apple)
      { version: '13.7.7', date: '2025-07-29' }, // (apple)
      { version: '13.7.8', date: '2025-08-20' }, // (eol: latest of the cycle) [3p] date
    ],
  },
  {
    // Sonoma: Apple ended Monterey and Ventura on the day the N+3 major shipped; macOS 27 was expected
    // in mid-September 2026, so Sonoma's end is a [projection] until the table is refreshed.
    major: 14,
    name: 'Sonoma',
    released: '2023-09-26',
    securityEnd: '2026-09-15',
    securityEndProjected: true,
    releases: [
      { version: '14.7', date: '2024-09-16' }, // (apple)
      { version: '14.7.1', date: '2024-10-28' }, // (apple)
      { version: '14.7.2', date: '2024-12-11' }, // (apple)
      { version: '14.7.3', date: '2025-01-27' }, // (apple)
      { version: '14.7.5', date: '2025-03-31' }, // (apple)
      { version: '14.7.6', date: '2025-05-12' }, // (apple)
      { version: '14.7.7', date: '2025-07-29' }, // (apple)
      { version: '14.8', date: '2025-09-15' }, // (apple)
      { version: '14.8.2', date: '2025-11-03' }, // (apple)
      { version: '14.8.3', date: '2025-12-12' }, // (apple)
      { version: '14.8.4', date: '2026-02-11' }, // [3p] released with 26.3; version inferred
      { version: '14.8.7', date: '2026-05-11' }, // [3p] released with 26.5
      { version: '14.8.9', date: '2026-08-06' }, // (eol)
    ],
  },
  {
    major: 15,
    name: 'Sequoia',
    released: '2024-09-16',
    securityEnd: null, // (eol)
    releases: [
      { version: '15.0', date: '2024-09-16', build: '24A335' }, // (apple)
      { version: '15.1', date: '2024-10-28', build: '24B83' }, // (apple)
      { version: '15.2', date: '2024-12-11', build: '24C101' }, // (apple)
      { version: '15.3', date: '2025-01-27', build: '24D60' }, // (apple)
      { version: '15.3.1', date: '2025-02-10', build: '24D70' }, // (apple)
      { version: '15.3.2', date: '2025-03-11', build: '24D81' }, // (apple)
      { version: '15.4', date: '2025-03-31', build: '24E248' }, // (apple)
      { version: '15.4.1', date: '2025-04-16', build: '24E263' }, // (apple)
      { version: '15.5', date: '2025-05-12', build: '24F74' }, // (apple)
      { version: '15.6', date: '2025-07-29', build: '24G84' }, // (apple)
      { version: '15.6.1', date: '2025-08-20', build: '24G90' }, // (apple)
      { version: '15.7', date: '2025-09-15' }, // (apple)
      { version: '15.7.1', date: '2025-09-29' }, // (apple)
      { version: '15.7.2', date: '2025-11-03' }, // (apple)
      { version: '15.7.3', date: '2025-12-12' }, // (apple)
      { version: '15.7.4', date: '2026-02-11' }, // [3p] released with 26.3; version inferred
      { version: '15.7.7', date: '2026-05-11' }, // [3p] released with 26.5
      { version: '15.7.9', date: '2026-08-06' }, // (eol)
    ],
  },
  {
    // Tahoe: the last major for Intel Macs (Apple, WWDC 2025).
    major: 26,
    name: 'Tahoe',
    released: '2025-09-15',
    securityEnd: null, // (eol)
    releases: [
      { version: '26.0', date: '2025-09-15', build: '25A354' }, // (apple)
      { version: '26.0.1', date: '2025-09-29' }, // (apple)
      { version: '26.1', date: '2025-11-03' }, // (apple)
      { version: '26.2', date: '2025-12-12' }, // (apple)
      { version: '26.3', date: '2026-02-11' }, // [3p]
      { version: '26.4', date: '2026-03-24' }, // [3p]
      { version: '26.5', date: '2026-05-11', build: '25F71' }, // [3p]
      { version: '26.6.2', date: '2026-08-17' }, // (eol)
    ],
  },
]

const LINUX: readonly LinuxCycle[] = [
  // Ubuntu: standard support; Ubuntu Pro (ESM) extends LTS releases but needs an attached subscription.
  {
    distro: 'ubuntu',
    cycle: '18.04',
    codename: 'bionic',
    name: 'Ubuntu 18.04 LTS',
    released: '2018-04-26',
    securityEnd: '2023-05-31',
    extendedNote: 'Ubuntu Pro (ESM) to 2028-04-01',
    esmEnd: '2028-04-01',
  }, // (eol)
  {
    distro: 'ubuntu',
    cycle: '20.04',
    codename: 'focal',
    name: 'Ubuntu 20.04 LTS',
    released: '2020-04-23',
    securityEnd: '2025-05-31',
    extendedNote: 'Ubuntu Pro (ESM) to 2030-04-02',
    esmEnd: '2030-04-02',
  }, // (eol)
  {
    distro: 'ubuntu',
    cycle: '22.04',
    codename: 'jammy',
    name: 'Ubuntu 22.04 LTS',
    released: '2022-04-21',
    securityEnd: '2027-04-01',
    extendedNote: 'Ubuntu Pro (ESM) to 2032-04-09',
    esmEnd: '2032-04-09',
  }, // (eol)
  {
    distro: 'ubuntu',
    cycle: '24.04',
    codename: 'noble',
    name: 'Ubuntu 24.04 LTS',
    released: '2024-04-25',
    securityEnd: '2029-05-31',
    extendedNote: 'Ubuntu Pro (ESM) to 2036-04-25',
    esmEnd: '2036-04-25',
  }, // (eol)
  {
    distro: 'ubuntu',
    cycle: '24.10',
    codename: 'oracular',
    name: 'Ubuntu 24.10',
    released: '2024-10-10',
    securityEnd: '2025-07-10',
  }, // (eol)
  {
    distro: 'ubuntu',
    cycle: '25.04',
    codename: 'plucky',
    name: 'Ubuntu 25.04',
    released: '2025-04-17',
    securityEnd: '2026-01-15',
  }, // (eol)
  {
    distro: 'ubuntu',
    cycle: '25.10',
    codename: 'questing',
    name: 'Ubuntu 25.10',
    released: '2025-10-09',
    securityEnd: '2026-07-01',
  }, // (eol)
  {
    distro: 'ubuntu',
    cycle: '26.04',
    codename: 'resolute',
    name: 'Ubuntu 26.04 LTS',
    released: '2026-04-23',
    securityEnd: '2031-04-30',
    extendedNote: 'Ubuntu Pro (ESM) to 2036',
  }, // (eol)
  // Debian: end = end of Debian LTS (same security archive, no action needed by the user).
  {
    distro: 'debian',
    cycle: '10',
    codename: 'buster',
    name: 'Debian 10 (buster)',
    released: '2019-07-06',
    securityEnd: '2024-06-30',
  }, // (eol)
  {
    distro: 'debian',
    cycle: '11',
    codename: 'bullseye',
    name: 'Debian 11 (bullseye)',
    released: '2021-08-14',
    securityEnd: '2026-08-31',
  }, // (eol)
  {
    distro: 'debian',
    cycle: '12',
    codename: 'bookworm',
    name: 'Debian 12 (bookworm)',
    released: '2023-06-10',
    securityEnd: '2028-06-30',
  }, // (eol) security team to 2026-07-11, then LTS
  {
    distro: 'debian',
    cycle: '13',
    codename: 'trixie',
    name: 'Debian 13 (trixie)',
    released: '2025-08-09',
    securityEnd: '2030-06-30',
  }, // (eol) security team to 2028-08-09, then LTS
  // Fedora: about 13 months per release. os-release SUPPORT_END is only a fallback (it can be wrong).
  { distro: 'fedora', cycle: '40', name: 'Fedora 40', released: '2024-04-23', securityEnd: '2025-05-13' }, // (eol)
  { distro: 'fedora', cycle: '41', name: 'Fedora 41', released: '2024-10-29', securityEnd: '2025-12-15' }, // (eol)
  { distro: 'fedora', cycle: '42', name: 'Fedora 42', released: '2025-04-15', securityEnd: '2026-05-27' }, // (eol)
  { distro: 'fedora', cycle: '43', name: 'Fedora 43', released: '2025-10-28', securityEnd: '2026-12-09' }, // (eol)
  { distro: 'fedora', cycle: '44', name: 'Fedora 44', released: '2026-04-14', securityEnd: '2027-06-02' }, // (eol) release date [3p]
  // Linux Mint: cycle = major version (22.1 and 22.2 share 22's support). LMDE has its own cycles.
  {
    distro: 'linuxmint',
    cycle: '20',
    codename: 'ulyana',
    name: 'Linux Mint 20',
    released: '2020-06-27',
    securityEnd: '2025-04-30',
  }, // (eol)
  {
    distro: 'linuxmint',
    cycle: '21',
    codename: 'vanessa',
    name: 'Linux Mint 21',
    released: '2022-07-31',
    securityEnd: '2027-04-30',
  }, // (eol)
  {
    distro: 'linuxmint',
    cycle: '22',
    codename: 'wilma',
    name: 'Linux Mint 22',
    released: '2024-07-25',
    securityEnd: '2029-04-30',
  }, // (eol)
  {
    distro: 'lmde',
    cycle: '6',
    codename: 'faye',
    name: 'LMDE 6',
    released: '2023-09-27',
    securityEnd: '2026-01-01',
  }, // (eol)
  { distro: 'lmde', cycle: '7', codename: 'gigi', name: 'LMDE 7', released: '2025-10-14', securityEnd: null }, // (eol) no end announced
  // Pop!_OS follows the Ubuntu LTS it is built on.
  { distro: 'pop', cycle: '20.04', name: 'Pop!_OS 20.04', released: '2020-04-30', securityEnd: '2025-05-31' }, // (eol)
  { distro: 'pop', cycle: '22.04', name: 'Pop!_OS 22.04', released: '2022-04-25', securityEnd: '2027-04-25' }, // (eol)
  { distro: 'pop', cycle: '24.04', name: 'Pop!_OS 24.04', released: '2025-12-11', securityEnd: '2029-05-31' }, // (eol)
]

/** The table shipped with this build of Preflight. */
export const BUNDLED_OS_SUPPORT: OsSupportData = {
  dataAsOf: BUNDLED_DATA_AS_OF,
  macos: MACOS.map((c) => ({ ...c, releases: [...c.releases] })),
  windows: WINDOWS.map((w) => ({ ...w, updates: [...w.updates] })),
  linux: [...LINUX],
  rolling: [
    { distro: 'arch', name: 'Arch Linux' },
    { distro: 'endeavouros', name: 'EndeavourOS' },
  ],
}
