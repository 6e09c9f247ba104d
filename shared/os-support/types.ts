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
