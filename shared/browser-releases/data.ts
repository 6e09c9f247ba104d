/**
 * The bundled browser release table: the newest releases of each browser channel with their dates.
 *
 * Offline-first: the browser-updates check judges installed browsers against this table, never
 * against the network. It ships with every build; a CISO can replace it with a newer one inside a
 * signed policy (`browserReleases`). Judging rules, sources and the refresh procedure:
 * docs/browser-releases.md.
 *
 * Provenance markers in comments (full source list in docs/browser-releases.md):
 * - (eol)   endoflife.date: `products/{chrome,firefox}.md` and release-data `releases/firefox.json`
 *           (snapshots of 2026-08-22 and, for Firefox 154-158, the page as of late October 2026);
 * - (cr)    Google Chrome stable offline installers as published (Windows builds, tag date = day the
 *           stable channel served them: github.com/Bush2021/chrome_installer); the Mac/Linux build of
 *           the same release is the same or one lower, so the table records the lower of the pair
 *           seen that day (github.com/hexydec/versions dist/versions.json), or only major.0.build
 *           when just the Windows build is known;
 * - (ms)    Microsoft: Edge stable installers (github.com/Bush2021/edge_installer) and Microsoft's CVE
 *           records (cvelistV5) naming the fixed Edge build and its public date;
 * - (moz)   Mozilla release days also visible as Mozilla's own Android component releases on Maven
 *           (org.mozilla.components, same day and version as desktop);
 * - (apple) Apple CVE records (cvelistV5, "fixed in Safari N") and Apple security releases;
 * - [3p]    a third-party report (release notes of a downstream browser, a CI image list, news about
 *           an announced schedule): verify on the next refresh;
 * - [projection] a date taken from the vendor's published schedule, not an observed release; the
 *           entry carries `projected: true` and verdicts that rest on it say so.
 *
 * Release cadence changed in 2026: Chrome (and so Edge and Brave) moved from a four-week to a two-week
 * stable cadence starting with Chrome 153 on 2026-09-08 (Google's announcement, widely reported);
 * Firefox moved to a two-week cadence from Firefox 154 on 2026-08-18 (whattrainisitnow.com schedule as
 * quoted by MDN's release-notes work; releases 155-159 followed it). Projections use those cadences.
 */
import type { BrowserReleasesData } from './types'

/** Newest date the table was checked against its sources. */
export const BUNDLED_BROWSER_DATA_AS_OF = '2026-12-02'

export const BUNDLED_BROWSER_RELEASES: BrowserReleasesData = {
  dataAsOf: BUNDLED_BROWSER_DATA_AS_OF,

  // Google Chrome, stable channel (Windows, macOS, Linux share the version line).
  chrome: {
    knownThrough: '2026-11-18', // newest observed stable build: 158.0.8127.37 (cr)
    releases: [
      { version: '146', date: '2026-03-10' }, // (eol) milestone
      { version: '147', date: '2026-04-07' }, // (eol) milestone
      { version: '148', date: '2026-05-05' }, // (eol) milestone
      { version: '149.0.7827.53', date: '2026-06-02' }, // (cr) .53/.54
      { version: '149.0.7827.102', date: '2026-06-08' }, // (cr) .102/.103
      { version: '149.0.7827.114', date: '2026-06-11' }, // (cr) .114/.115
      { version: '149.0.7827.155', date: '2026-06-16' }, // (cr) .155/.156
      { version: '149.0.7827.196', date: '2026-06-23' }, // (cr) .196/.197
      { version: '149.0.7827.200', date: '2026-06-25' }, // (cr) .200/.201
      { version: '150.0.7871.46', date: '2026-06-30' }, // (cr) .46/.47; (eol) milestone 2026-06-30
      { version: '150.0.7871.100', date: '2026-07-07' }, // (cr) .100/.101
      { version: '150.0.7871.114', date: '2026-07-08' }, // (cr) .114/.115
      { version: '150.0.7871.124', date: '2026-07-14' }, // (cr) .124/.125
      { version: '150.0.7871.128', date: '2026-07-16' }, // (cr) .128/.129
      { version: '150.0.7871.181', date: '2026-07-21' }, // (cr) .181/.182
      { version: '150.0.7871.186', date: '2026-07-23' }, // (cr) .186/.187
      { version: '151.0.7922.71', date: '2026-07-29' }, // (cr) .71/.72; (eol) milestone 2026-07-28
      { version: '151.0.7922.75', date: '2026-08-04' }, // (cr) .75/.76
      { version: '151.0.7922.108', date: '2026-08-06' }, // (cr) .108/.109
      { version: '151.0.7922.137', date: '2026-08-11' }, // (cr) .137/.138
      { version: '151.0.7922.169', date: '2026-08-18' }, // (cr) .169/.170
      { version: '151.0.7922.173', date: '2026-08-20' }, // (cr) .173/.174
      { version: '152', date: '2026-08-25', projected: true }, // [projection] chromiumdash schedule via (eol)
      { version: '153', date: '2026-09-08', projected: true }, // [projection] announced first two-week milestone
      { version: '154', date: '2026-09-22', projected: true }, // [projection] announced ("two weeks later")
      { version: '155', date: '2026-10-06', projected: true }, // [projection]; 155.0.8059.40 seen by 2026-10-09 [3p]
      { version: '156', date: '2026-10-20', projected: true }, // [projection]; 156.0.8078.80 served 2026-10-29 (cr)
      { version: '157', date: '2026-11-03', projected: true }, // [projection]; 157.0.8103.79 served 2026-11-11 (cr)
      { version: '158.0.8127', date: '2026-11-17' }, // (cr) 158.0.8127.37 served 2026-11-17
      { version: '159', date: '2026-12-01', projected: true }, // [projection] two-week cadence
    ],
  },

  // Microsoft Edge, stable channel. Edge ships each Chromium milestone a few days after Chrome, with
  // the same build number on Windows, macOS and Linux.
  edge: {
    knownThrough: '2026-10-26', // newest observed stable build: 156.0.4314.50 (ms)
    releases: [
      { version: '148.0.3967.54', date: '2026-05-07' }, // (ms)
      { version: '148.0.3967.70', date: '2026-05-15' }, // (ms)
      { version: '148.0.3967.83', date: '2026-05-21' }, // (ms)
      { version: '148.0.3967.96', date: '2026-05-28' }, // (ms)
      { version: '149.0.4022.52', date: '2026-06-04' }, // (ms)
      { version: '149.0.4022.62', date: '2026-06-09' }, // (ms)
      { version: '149.0.4022.69', date: '2026-06-12' }, // (ms)
      { version: '149.0.4022.80', date: '2026-06-18' }, // (ms)
      { version: '149.0.4022.96', date: '2026-06-25' }, // (ms)
      { version: '149.0.4022.98', date: '2026-06-26' }, // (ms)
      { version: '150.0.4078.48', date: '2026-07-02' }, // (ms)
      { version: '150.0.4078.65', date: '2026-07-09' }, // (ms)
      { version: '150.0.4078.83', date: '2026-07-17' }, // (ms)
      { version: '150.0.4078.96', date: '2026-07-23' }, // (ms)
      { version: '150.0.4078.99', date: '2026-07-24' }, // (ms)
      { version: '150.0.4078.105', date: '2026-07-27' }, // (ms)
      { version: '151.0.4129.59', date: '2026-07-31' }, // (ms)
      { version: '151.0.4129.72', date: '2026-08-06' }, // (ms)
      { version: '151.0.4129.78', date: '2026-08-10' }, // (ms)
      { version: '151.0.4129.86', date: '2026-08-13' }, // (ms)
      { version: '151.0.4129.93', date: '2026-08-17' }, // (ms)
      { version: '151.0.4129.101', date: '2026-08-20' }, // (ms)
      { version: '152.0.4191.52', date: '2026-08-28' }, // (ms) CVE records: fixed in 152.0.4191.52, public 2026-08-28
      { version: '153', date: '2026-09-11', projected: true }, // [projection] Chrome 153 + 3 days
      { version: '154', date: '2026-09-25', projected: true }, // [projection]
      { version: '155', date: '2026-10-09', projected: true }, // [projection]
      { version: '156.0.4314.50', date: '2026-10-26' }, // (ms)
      { version: '157', date: '2026-11-06', projected: true }, // [projection]
      { version: '158', date: '2026-11-20', projected: true }, // [projection]
    ],
  },

  // Mozilla Firefox, release channel.
  firefox: {
    knownThrough: '2026-10-27', // newest confirmed release: 159.0
    releases: [
      { version: '150.0', date: '2026-04-21' }, // (eol)
      { version: '150.0.1', date: '2026-04-28' }, // (eol)
      { version: '150.0.2', date: '2026-05-07' }, // (eol)
      { version: '150.0.3', date: '2026-05-12' }, // (eol)
      { version: '151.0', date: '2026-05-19' }, // (eol)
      { version: '151.0.1', date: '2026-05-21' }, // (eol)
      { version: '151.0.2', date: '2026-05-26' }, // (eol)
      { version: '151.0.3', date: '2026-06-02' }, // (eol)
      { version: '151.0.4', date: '2026-06-09' }, // (eol)
      { version: '152.0', date: '2026-06-16' }, // (eol)
      { version: '152.0.1', date: '2026-06-18' }, // (eol)
      { version: '152.0.2', date: '2026-06-23' }, // (eol)
      { version: '152.0.3', date: '2026-06-25' }, // (eol)
      { version: '152.0.4', date: '2026-06-30' }, // (eol)
      { version: '152.0.5', date: '2026-07-07' }, // (eol)
      { version: '152.0.6', date: '2026-07-14' }, // (eol)
      { version: '153.0', date: '2026-07-21' }, // (eol)
      { version: '153.0.1', date: '2026-07-28' }, // (eol)
      { version: '153.0.3', date: '2026-08-04' }, // (eol)
      { version: '153.0.4', date: '2026-08-11' }, // (eol)
      { version: '154.0', date: '2026-08-18' }, // (eol) first release on the two-week schedule
      { version: '154.0.1', date: '2026-08-25' }, // (eol)
      { version: '155.0', date: '2026-09-01' }, // (eol)
      { version: '155.0.1', date: '2026-09-04' }, // (eol)
      { version: '156.0', date: '2026-09-15' }, // (eol)
      { version: '156.0.1', date: '2026-09-22' }, // (eol)
      { version: '157.0', date: '2026-09-29' }, // (eol)
      { version: '157.0.1', date: '2026-10-06' }, // (eol)
      { version: '158.0', date: '2026-10-13' }, // (eol)
      { version: '158.0.1', date: '2026-10-20' }, // (eol)
      { version: '159.0', date: '2026-10-27' }, // (moz); (eol) 158 ends 2026-10-27
      { version: '160.0', date: '2026-11-10', projected: true }, // [projection] two-week schedule
      { version: '161.0', date: '2026-11-24', projected: true }, // [projection] two-week schedule
    ],
  },

  // Firefox Extended Support Release: each branch is judged against its own newest release until its
  // end. No ESR point release is projected: the ESR numbering under the two-week schedule is not
  // confirmed beyond 153.2.0, so the list stops there (knownThrough) and the data-age rule applies.
  firefoxEsr: {
    knownThrough: '2026-09-03',
    tracks: [
      {
        major: 153,
        end: null, // (eol) current ESR; end not yet announced
        releases: [
          { version: '153.0', date: '2026-07-21' }, // (eol)
          { version: '153.1.0', date: '2026-08-18' }, // (eol)
          { version: '153.2.0', date: '2026-09-01' }, // [3p] Mullvad Browser 16.0a11 changelog (2026-09-03)
        ],
      },
      {
        major: 140,
        end: '2026-09-29', // (eol) release day of the next major after 140's last point release
        releases: [
          { version: '140.9.0', date: '2026-03-24' }, // (eol)
          { version: '140.9.1', date: '2026-04-07' }, // (eol)
          { version: '140.10.0', date: '2026-04-21' }, // (eol)
          { version: '140.10.1', date: '2026-04-28' }, // (eol)
          { version: '140.10.2', date: '2026-05-07' }, // (eol)
          { version: '140.11.0', date: '2026-05-19' }, // (eol)
          { version: '140.12.0', date: '2026-06-16' }, // (eol)
          { version: '140.13.0', date: '2026-07-21' }, // (eol)
          { version: '140.14.0', date: '2026-08-18' }, // (eol)
        ],
      },
      {
        // Extended for Windows 7-8.1 and macOS 10.12-10.14 only (Mozilla, whattrainisitnow.com).
        major: 115,
        end: '2027-03-31', // (eol)
        releases: [
          { version: '115.35.0', date: '2026-04-21' }, // (eol)
          { version: '115.35.1', date: '2026-04-28' }, // (eol)
          { version: '115.35.2', date: '2026-05-07' }, // (eol)
          { version: '115.36.0', date: '2026-05-19' }, // (eol)
          { version: '115.37.0', date: '2026-06-16' }, // (eol)
          { version: '115.38.0', date: '2026-07-21' }, // (eol)
        ],
      },
      {
        major: 128,
        end: '2025-09-16', // (eol)
        releases: [{ version: '128.14.0', date: '2025-08-19' }], // (eol) last 128 ESR
      },
    ],
  },

  // Brave, release channel. Versions are Brave's own (1.93.138); Windows writes them prefixed with the
  // Chromium major (151.1.93.138), which the check strips. Each Brave minor tracks one Chromium
  // milestone (1.91 = 149, 1.92 = 150, 1.93 = 151, 1.95 = 153, 1.97 = 155).
  brave: {
    knownThrough: '2026-10-09',
    releases: [
      { version: '1.91.168', date: '2026-06-03' }, // [3p] hexydec/versions
      { version: '1.91.171', date: '2026-06-09' }, // [3p]
      { version: '1.91.172', date: '2026-06-12' }, // [3p]; GitHub release "v1.91.172 (Chromium 149.0.7827.115)"
      { version: '1.91.175', date: '2026-06-17' }, // [3p]
      { version: '1.91.178', date: '2026-06-24' }, // [3p]
      { version: '1.91.180', date: '2026-06-26' }, // [3p]
      { version: '1.92.134', date: '2026-07-02' }, // [3p]
      { version: '1.92.136', date: '2026-07-06' }, // [3p]
      { version: '1.92.138', date: '2026-07-08' }, // [3p]
      { version: '1.92.139', date: '2026-07-09' }, // [3p]
      { version: '1.92.140', date: '2026-07-15' }, // [3p]
      { version: '1.92.141', date: '2026-07-17' }, // [3p]
      { version: '1.92.143', date: '2026-07-22' }, // [3p]
      { version: '1.92.144', date: '2026-07-24' }, // [3p]
      { version: '1.93.129', date: '2026-07-30' }, // [3p]
      { version: '1.93.132', date: '2026-08-05' }, // [3p]
      { version: '1.93.134', date: '2026-08-07' }, // [3p]
      { version: '1.93.136', date: '2026-08-12' }, // [3p]
      { version: '1.93.137', date: '2026-08-19' }, // [3p]
      { version: '1.93.138', date: '2026-08-21' }, // [3p]
      { version: '1.94', date: '2026-08-27', projected: true }, // [projection] Chromium 152
      { version: '1.95', date: '2026-09-10', projected: true }, // [projection] Chromium 153 (pre-release v1.95.99 on 2026-09-09 [3p])
      { version: '1.96', date: '2026-09-24', projected: true }, // [projection] Chromium 154
      { version: '1.97', date: '2026-10-09' }, // [3p] Brave 1.97.56 (Chromium 155) captured by 2026-10-09
      { version: '1.98', date: '2026-10-22', projected: true }, // [projection] Chromium 156
      { version: '1.99', date: '2026-11-05', projected: true }, // [projection] Chromium 157
    ],
  },

  // Safari, per macOS major. Safari ships with macOS and, for the two previous macOS majors, as a
  // separate update in Software Update; a macOS major whose support ended gets no newer Safari.
  safari: {
    knownThrough: '2026-10-26', // newest confirmed: Safari 27.2 (apple)
    tracks: [
      {
        major: 27,
        end: null,
        releases: [
          { version: '27.0', date: '2026-09-15' }, // [3p] macOS 27 "Golden Gate" 27.0 (26A428) released; Safari 27.0 in CI images
          { version: '27.2', date: '2026-10-26' }, // (apple) CVE records: fixed in Safari 27.2 / macOS 27.2
        ],
      },
      {
        major: 26,
        end: null,
        releases: [
          { version: '26.0', date: '2025-09-15' }, // (apple)
          { version: '26.0.1', date: '2025-09-29' }, // (apple)
          { version: '26.1', date: '2025-11-03' }, // (apple)
          { version: '26.2', date: '2025-12-12' }, // (apple)
          { version: '26.3', date: '2026-02-11' }, // [3p] hexydec/versions
          { version: '26.4', date: '2026-03-24' }, // (apple) CVE records: fixed in Safari 26.4
          { version: '26.5', date: '2026-05-11' }, // (apple) CVE records: fixed in Safari 26.5
          { version: '26.6', date: '2026-07-27' }, // (apple) CVE records: fixed in Safari 26.6
          { version: '27.0', date: '2026-09-15' }, // [3p] Safari 27 for the two previous macOS majors (Apple's usual pattern)
          { version: '27.2', date: '2026-10-26' }, // (apple) "fixed in Safari 27.2" (the standalone Safari for older macOS)
        ],
      },
      {
        major: 15,
        end: null,
        releases: [
          { version: '26.0', date: '2025-09-15' }, // (apple) Safari 26 for macOS 15
          { version: '26.1', date: '2025-11-03' }, // (apple)
          { version: '26.2', date: '2025-12-12' }, // (apple)
          { version: '26.3', date: '2026-02-11' }, // [3p]
          { version: '26.4', date: '2026-03-24' }, // (apple)
          { version: '26.5', date: '2026-05-11' }, // (apple)
          { version: '26.6', date: '2026-07-27' }, // (apple)
          { version: '27.0', date: '2026-09-15' }, // [3p] (as for macOS 26)
          { version: '27.2', date: '2026-10-26' }, // (apple)
        ],
      },
      {
        major: 14,
        end: '2026-09-15', // [projection] as in the OS support table: macOS 14 ends when macOS 27 ships
        endProjected: true,
        releases: [
          { version: '26.0', date: '2025-09-15' }, // (apple) Safari 26 for macOS 14
          { version: '26.1', date: '2025-11-03' }, // (apple)
          { version: '26.2', date: '2025-12-12' }, // (apple)
          { version: '26.3', date: '2026-02-11' }, // [3p]
          { version: '26.4', date: '2026-03-24' }, // (apple)
          { version: '26.5', date: '2026-05-11' }, // (apple)
          { version: '26.6', date: '2026-07-27' }, // (apple)
        ],
      },
      {
        major: 13,
        end: '2025-09-15', // (eol) macOS 13 ended; last Safari for it was 18.6
        releases: [{ version: '18.6', date: '2025-07-29' }], // (apple)
      },
    ],
  },
}
