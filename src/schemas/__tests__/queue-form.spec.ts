import { describe, expect, it } from 'vitest'
import { fieldErrors, QueueForm, WORKED_EXAMPLE } from '../queue-form'

const parse = (patch: Partial<typeof WORKED_EXAMPLE>) =>
  QueueForm.safeParse({ ...WORKED_EXAMPLE, ...patch })
const errorsFor = (patch: Partial<typeof WORKED_EXAMPLE>) => fieldErrors(parse(patch).error)

describe('QueueForm schema', () => {
  it('turns the worked example into an engine question (minutes → seconds, % → shares)', () => {
    const r = parse({})
    expect(r.success).toBe(true)
    expect(r.data).toEqual({
      contactsPerHour: 200,
      handleSeconds: 180,
      targetSeconds: 20,
      targetServiceLevel: 0.8,
      maxOccupancy: 0.85,
      patienceSeconds: undefined,
    })
  })

  it('accepts patience when given and trims spaces', () => {
    expect(parse({ patienceSeconds: ' 90 ' }).data?.patienceSeconds).toBe(90)
    expect(parse({ handleMinutes: '.5' }).data?.handleSeconds).toBe(30)
  })

  it.each([
    [{ handleMinutes: '0' }, 'handleMinutes', 'Handle time must be between 0.1 and 240 minutes'],
    [{ handleMinutes: '241' }, 'handleMinutes', 'Handle time must be between 0.1 and 240 minutes'],
    [{ handleMinutes: '' }, 'handleMinutes', 'Handle time is required'],
    [
      { contactsPerHour: 'lots' },
      'contactsPerHour',
      'Contacts per hour must be a number, like 12.5',
    ],
    [
      { contactsPerHour: '-3' },
      'contactsPerHour',
      'Contacts per hour must be between 0 and 1\u2009000\u2009000 contacts',
    ],
    [
      { contactsPerHour: '1,000' },
      'contactsPerHour',
      'Use a point for decimals (like 12.5) and no thousands separators',
    ],
    [{ targetPercent: '100' }, 'targetPercent', 'Target share must be between 1 and 99.9\u2009%'],
    [{ targetSeconds: '1e3' }, 'targetSeconds', 'Target time must be a number, like 12.5'],
    [
      { maxOccupancyPercent: '5' },
      'maxOccupancyPercent',
      'Maximum occupancy must be between 10 and 100\u2009%',
    ],
    [
      { patienceSeconds: '0' },
      'patienceSeconds',
      'Patience must be between 1 and 3\u2009600 seconds',
    ],
    [{ patienceSeconds: 'soon' }, 'patienceSeconds', 'Patience must be a number, like 12.5'],
  ])('rejects %o with a message on the field', (patch, field, message) => {
    expect(errorsFor(patch)).toEqual({ [field]: message })
  })

  it('says a 400-digit number is out of range, in the field’s words (not "received Infinity")', () => {
    expect(errorsFor({ contactsPerHour: '9'.repeat(400) })).toEqual({
      contactsPerHour: 'Contacts per hour must be between 0 and 1\u2009000\u2009000 contacts',
    })
    expect(errorsFor({ patienceSeconds: '1'.repeat(400) })).toEqual({
      patienceSeconds: 'Patience must be between 1 and 3\u2009600 seconds',
    })
  })

  it('reads "-0" as zero, never as minus zero', () => {
    const zero = parse({ targetSeconds: '-0' }).data?.targetSeconds
    expect(Object.is(zero, 0)).toBe(true)
    expect(Object.is(parse({ contactsPerHour: '-0.0' }).data?.contactsPerHour, 0)).toBe(true)
  })

  it('refuses loads beyond the 50 000 Erlangs the engine is checked for', () => {
    // 1 000 000 contacts/h × 240 min = 4 000 000 Erlangs.
    expect(errorsFor({ contactsPerHour: '1000000', handleMinutes: '240' })).toEqual({
      contactsPerHour:
        'That is 4\u2009000\u2009000 Erlangs of work at once; the calculator is checked up to 50\u2009000',
    })
    // 1 000 000 contacts/h × 3 min = 50 000 Erlangs: just allowed.
    expect(parse({ contactsPerHour: '1000000', handleMinutes: '3' }).success).toBe(true)
  })

  it('reports one message per field when several are wrong', () => {
    expect(Object.keys(errorsFor({ handleMinutes: 'x', targetPercent: '0' })).sort()).toEqual([
      'handleMinutes',
      'targetPercent',
    ])
  })
})
