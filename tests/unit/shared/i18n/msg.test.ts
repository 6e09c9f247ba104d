import { describe, expect, it } from 'vitest'
import { isMsg, keysOf, placeholdersOf, renderMsg, type Msg } from '../../../../shared/i18n/msg'

const EN = {
  'a.plain': 'Plain text',
  'a.params': '{name} has {count} items at {path}',
  'a.nested': 'Because {why}.',
  'a.why': 'the disk is {state}',
  'a.cap': '{problems|cap}. Then check again.',
  'a.list': 'Tools: {tools}',
  'a.files.one': '{count} file',
  'a.files.other': '{count} files',
  'a.only-en': 'Only in English',
}
const ES = {
  'a.plain': 'Texto simple',
  'a.nested': 'Porque {why}.',
  'a.why': 'el disco está {state}',
  'a.list': 'Herramientas: {tools}',
  'a.files.one': '{count} archivo',
  'a.files.other': '{count} archivos',
}

describe('renderMsg', () => {
  it('renders the first table that has the key, English last', () => {
    expect(renderMsg({ key: 'a.plain' }, [ES, EN], 'es')).toBe('Texto simple')
    expect(renderMsg({ key: 'a.only-en' }, [ES, EN], 'es')).toBe('Only in English')
    expect(renderMsg({ key: 'a.plain' }, [EN], 'en')).toBe('Plain text')
  })

  it('fills values as they are: numbers without grouping, paths untouched', () => {
    expect(
      renderMsg(
        { key: 'a.params', params: { name: 'ufw', count: 12345, path: '/etc/ufw/ufw.conf' } },
        [EN],
        'en',
      ),
    ).toBe('ufw has 12345 items at /etc/ufw/ufw.conf')
  })

  it('renders nested messages in the same language', () => {
    const m: Msg = { key: 'a.nested', params: { why: { key: 'a.why', params: { state: 'on' } } } }
    expect(renderMsg(m, [ES, EN], 'es')).toBe('Porque el disco está on.')
    expect(renderMsg(m, [EN], 'en')).toBe('Because the disk is on.')
  })

  it('capitalises a value marked |cap', () => {
    const m: Msg = {
      key: 'a.cap',
      params: { problems: { items: ['reg.exe is missing', { key: 'a.plain' }], join: 'semicolons' } },
    }
    expect(renderMsg(m, [EN], 'en')).toBe('Reg.exe is missing; Plain text. Then check again.')
  })

  it('joins lists for the language', () => {
    const tools = (items: string[], join: 'and' | 'commas' | 'semicolons'): Msg => ({
      key: 'a.list',
      params: { tools: { items, join } },
    })
    expect(renderMsg(tools(['ufw', 'firewalld'], 'and'), [EN], 'en')).toBe('Tools: ufw and firewalld')
    expect(renderMsg(tools(['ufw', 'firewalld'], 'and'), [ES, EN], 'es')).toBe(
      'Herramientas: ufw y firewalld',
    )
    expect(renderMsg(tools(['a', 'b', 'c'], 'commas'), [EN], 'en')).toBe('Tools: a, b, c')
    expect(renderMsg(tools(['a'], 'semicolons'), [EN], 'en')).toBe('Tools: a')
  })

  it('picks plural forms by count and the language rules', () => {
    expect(renderMsg({ key: 'a.files', params: { count: 1 } }, [EN], 'en')).toBe('1 file')
    expect(renderMsg({ key: 'a.files', params: { count: 0 } }, [EN], 'en')).toBe('0 files')
    expect(renderMsg({ key: 'a.files', params: { count: 1 } }, [ES, EN], 'es')).toBe('1 archivo')
    // Spanish has a "many" category for large round numbers: without a .many form, .other is used.
    expect(renderMsg({ key: 'a.files', params: { count: 1_000_000 } }, [ES, EN], 'es')).toBe(
      '1000000 archivos',
    )
  })

  it('shows a missing key and an unknown placeholder instead of hiding them', () => {
    expect(renderMsg({ key: 'a.nope' }, [EN], 'en')).toBe('a.nope')
    expect(renderMsg({ key: 'a.params', params: { name: 'x' } }, [EN], 'en')).toBe(
      'x has {count} items at {path}',
    )
  })

  it('does not read inherited properties as keys or params', () => {
    expect(renderMsg({ key: 'toString' }, [EN], 'en')).toBe('toString')
    expect(renderMsg({ key: 'a.params', params: {} }, [EN], 'en')).toBe('{name} has {count} items at {path}')
  })

  it('tolerates a locale Intl does not know (pseudo-locales)', () => {
    expect(renderMsg({ key: 'a.files', params: { count: 2 } }, [EN], 'qps')).toBe('2 files')
    expect(
      renderMsg({ key: 'a.list', params: { tools: { items: ['a', 'b'], join: 'and' } } }, [EN], 'x!'),
    ).toBe('Tools: a and b')
  })
})

describe('helpers', () => {
  it('placeholdersOf lists names once, with or without |cap', () => {
    expect(placeholdersOf('{b} {a|cap} {b}')).toEqual(['a', 'b'])
    expect(placeholdersOf('none')).toEqual([])
  })
  it('keysOf walks nested messages and lists', () => {
    const m: Msg = {
      key: 'x',
      params: { a: { key: 'y' }, b: { items: [{ key: 'z' }, 'v'], join: 'and' }, c: 3 },
    }
    expect(keysOf(m)).toEqual(['x', 'y', 'z'])
  })
  it('isMsg tells messages from lists and values', () => {
    expect(isMsg({ key: 'x' })).toBe(true)
    expect(isMsg({ items: [], join: 'and' })).toBe(false)
    expect(isMsg('x')).toBe(false)
    expect(isMsg(null)).toBe(false)
  })
})
