/**
 * Shape of the bundled OS support table (shared/os-support/data.ts) and of a CISO's override in a
 * signed policy. Dates are `YYYY-MM-DD` (UTC). Sources and the refresh procedure: docs/os-support.md.
 */
import { z } from 'zod'

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')

export const macosCycleSchema = z
  .object({
    /** Major version: 12 … 26. */
    major: z.number().int().positive(),
    name: z.string(),
    released: date,
    /** Last day of security support; null = still supported as far as the data knows. */
    securityEnd: date.nullable(),
    /**
     * True when `securityEnd` is a projection (Apple announces no end dates; the table infers them from
     * the release of the N+3 major). Verdicts then say that the date is projected.
     */
    securityEndProjected: z.boolean().optional(),
    /** Every point release with its publication date (newest last or any order). */
    releases: z.array(z.object({ version: z.string(), date, build: z.string().optional() }).strict()),
  })
  .strict()

export const windowsReleaseSchema = z
  .object({
    product: z.enum(['Windows 10', 'Windows 11']),
    /** CurrentBuild, e.g. 26100. */
    build: z.number().int().positive(),
    /** DisplayVersion, e.g. "24H2". */
    version: z.string(),
    released: date,
    /** End of servicing for Home/Pro/Pro Education/Pro for Workstations; null = open. */
    endHomePro: date.nullable(),
    /** End of servicing for Enterprise/Education; null = open. */
    endEnterprise: date.nullable(),
    /** End of servicing for the LTSC editions (EditionID EnterpriseS / IoTEnterpriseS) of this build. */
    endLtsc: date.nullable().optional(),
    /** Last day of the consumer Extended Security Updates program (Home/Pro), if one exists. */
    esuEndHomePro: date.optional(),
    /** Last day of commercial Extended Security Updates (organizations; Enterprise/Education), if any. */
    esuEndEnterprise: date.optional(),
    /** True when release or end dates of this entry are projections (announced, not yet published). */
    projected: z.boolean().optional(),
    /** Monthly cumulative updates: UBR and release date. */
    updates: z.array(
      z.object({ ubr: z.number().int().nonnegative(), date, kb: z.string().optional() }).strict(),
    ),
  })
  .strict()

export const linuxCycleSchema = z
  .object({
    /** os-release ID, e.g. "ubuntu", "debian", "fedora", "linuxmint", "pop". */
    distro: z.string(),
    /** VERSION_ID as the distro writes it ("24.04", "12", "22.1"), or its major for Mint/Debian. */
    cycle: z.string(),
    name: z.string(),
    released: date,
    securityEnd: date.nullable(),
    /** True when `securityEnd` is a projection rather than a published date. */
    securityEndProjected: z.boolean().optional(),
    /** VERSION_CODENAME / UBUNTU_CODENAME, e.g. "noble"; lets derivatives map onto their base. */
    codename: z.string().optional(),
    /** Paid extended coverage after `securityEnd` (e.g. Ubuntu Pro ESM), for messages. */
    extendedNote: z.string().optional(),
    /**
     * Last day of Ubuntu Pro ESM Infra for this release. A machine that shows ESM Infra enabled
     * (`pro status --format json`) is judged as supported until this day.
     */
    esmEnd: date.optional(),
  })
  .strict()

export const rollingDistroSchema = z
  .object({
    distro: z.string(),
    name: z.string(),
  })
  .strict()

export const osSupportSchema = z
  .object({
    /** When the table was last checked against its sources. */
    dataAsOf: date,
    macos: z.array(macosCycleSchema),
    windows: z.array(windowsReleaseSchema),
    linux: z.array(linuxCycleSchema),
    rolling: z.array(rollingDistroSchema),
  })
  .strict()

export type MacosCycle = z.infer<typeof macosCycleSchema>
export type WindowsRelease = z.infer<typeof windowsReleaseSchema>
export type LinuxCycle = z.infer<typeof linuxCycleSchema>
export type OsSupportData = z.infer<typeof osSupportSchema>
