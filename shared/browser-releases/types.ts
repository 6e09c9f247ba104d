/**
 * Shape of the bundled browser release table (shared/browser-releases/data.ts) and of a CISO's
 * override in a signed policy (`browserReleases`). Dates are `YYYY-MM-DD` (UTC). Sources, judging
 * rules and the refresh procedure: docs/browser-releases.md.
 *
 * Versions are dotted numbers with one to four parts. A shorter version stands for the first build
 * of that line: "158" is 158.0.0.0, "158.0.8127" is 158.0.8127.0. The table uses short versions where
 * only the milestone (or only one platform's build) is known, so that it never claims a build number
 * that a platform did not ship: every real build of that line compares as at least as new.
 */
import { z } from 'zod'

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')

/** A browser version as the table writes it: 1-4 dot-separated whole numbers. */
export const versionString = z
  .string()
  .regex(/^\d{1,6}(\.\d{1,6}){0,3}$/, 'must be a version such as 158.0.8127.37 (1-4 numbers)')

export const browserReleaseSchema = z
  .object({
    version: versionString,
    /** The day the release reached the channel's users (UTC). */
    date,
    /**
     * True when the date is a forecast from the vendor's published schedule rather than an observed
     * release. Judged like any other entry; verdicts that rest on it say "projected".
     */
    projected: z.boolean().optional(),
  })
  .strict()

/** One release channel judged as a whole (Chrome stable, Edge stable, Firefox release, Brave). */
export const browserChannelSchema = z
  .object({
    /**
     * Last day through which this channel's list was confirmed complete against its sources (later
     * entries are projections). Defaults to the table's `dataAsOf`. Staleness is judged from it.
     */
    knownThrough: date.optional(),
    releases: z.array(browserReleaseSchema).min(1),
  })
  .strict()

/** A track with an end: one Firefox ESR branch, or the Safari updates for one macOS major. */
export const browserTrackSchema = z
  .object({
    /** ESR branch major (153) or macOS major (26). */
    major: z.number().int().positive(),
    /** Last day of security fixes; null = open as far as the data knows. */
    end: date.nullable(),
    /** True when `end` is a projection (announced or inferred, not yet published). */
    endProjected: z.boolean().optional(),
    releases: z.array(browserReleaseSchema),
  })
  .strict()

export const browserTracksSchema = z
  .object({
    knownThrough: date.optional(),
    tracks: z.array(browserTrackSchema).min(1),
  })
  .strict()

export const browserReleasesSchema = z
  .object({
    /** When the table was last checked against its sources. A newer override replaces the bundled table. */
    dataAsOf: date,
    chrome: browserChannelSchema,
    edge: browserChannelSchema,
    firefox: browserChannelSchema,
    /** Firefox ESR: one track per supported (or recently ended) ESR branch. */
    firefoxEsr: browserTracksSchema,
    brave: browserChannelSchema,
    /** Safari: one track per macOS major (Safari updates for that macOS). */
    safari: browserTracksSchema,
  })
  .strict()

export type BrowserRelease = z.infer<typeof browserReleaseSchema>
export type BrowserChannel = z.infer<typeof browserChannelSchema>
export type BrowserTrack = z.infer<typeof browserTrackSchema>
export type BrowserTracks = z.infer<typeof browserTracksSchema>
export type BrowserReleasesData = z.infer<typeof browserReleasesSchema>
