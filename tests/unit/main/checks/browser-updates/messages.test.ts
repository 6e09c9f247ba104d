/**
 * browser-updates in another language: on every fixture of every platform, each text of the verdict comes
 * wholly from the catalogue (pseudo-locale), with only machine values (names, versions, paths) left
 * as they are. A text still written in English in the strategy fails here.
 */
import { describe, expect, it } from 'vitest'
import { PLATFORMS } from '../../../../../shared/check-types'
import { CHECKS_BROWSER_UPDATES_EN } from '../../../../../shared/i18n/en/checks-browser-updates'
import { englishLeftIn } from '../../../../support/check-language'

describe('browser-updates texts in another language', () => {
  it.each(PLATFORMS)('on %s, every text of every fixture is from the catalogue', async (platform) => {
    const { texts, leftovers } = await englishLeftIn('browser-updates', platform, CHECKS_BROWSER_UPDATES_EN)
    expect(texts).toBeGreaterThan(0)
    expect(leftovers).toEqual([])
  })
})
