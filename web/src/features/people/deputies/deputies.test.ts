// Unit tests of the registry's helpers (ID numbers, numerals, filters, ages from the birth
// year) and component tests of the registration dialog against a mocked fetch: gender and
// birth date follow the ID number as it is typed, the server's field errors — `mandate.*`
// too — land on the fields, and an edit never sends a birth date the user did not change
// (the server sends only `birth_year`; the date comes from the audited reveal).
import { beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { invalidFields, json, mockedFetch, settle as settleAfter } from '@/test/http'
import { ageFromYear, ageOn, birthDateFromId, genderFromId, idCheckChar, idNumberProblem, isMobile } from './idNumber'
import { chineseNumber, filterQuery, termTitle, EMPTY_FILTERS, type Person } from './model'
import DeputyFormDialog from './DeputyFormDialog.vue'

/** A fictitious ID number: 110105 + birth date + sequence + gender digit + check char. */
function id(birth: string, seq: number, male: boolean): string {
  const first17 = `110105${birth.replaceAll('-', '')}${String(seq).padStart(2, '0')}${male ? 1 : 2}`
  return first17 + idCheckChar(first17)
}

describe('ID numbers (GB 11643)', () => {
  it('computes the MOD 11-2 check character', () => {
    expect(idCheckChar('11010519491231002')).toBe('X') // the import template's example
    expect(idNumberProblem('11010519491231002X')).toBeNull()
    expect(idNumberProblem('11010519491231002x')).toBeNull()
  })

  it('names what is wrong', () => {
    const good = id('1984-03-15', 7, false)
    expect(idNumberProblem(good)).toBeNull()
    expect(idNumberProblem(good.slice(0, 17))).toBe('length')
    expect(idNumberProblem(`A${good.slice(1)}`)).toBe('digits')
    expect(idNumberProblem(good.slice(0, 17) + (good[17] === '0' ? '1' : '0'))).toBe('check')
    const feb30 = '11010519840230072'
    expect(idNumberProblem(feb30 + idCheckChar(feb30))).toBe('birth')
  })

  it('derives gender and birth date', () => {
    expect(genderFromId(id('1984-03-15', 7, false))).toBe('female')
    expect(genderFromId(id('1984-03-15', 7, true))).toBe('male')
    expect(genderFromId('1101051984')).toBe('')
    expect(birthDateFromId('11010519840315')).toBe('1984-03-15')
    expect(birthDateFromId('11010519841315')).toBe('')
  })

  it('checks mobile numbers and ages', () => {
    expect(isMobile('13912345678')).toBe(true)
    expect(isMobile('12912345678')).toBe(false)
    expect(isMobile('1391234567')).toBe(false)
    expect(ageOn('1984-03-15', '2026-03-14')).toBe(41)
    expect(ageOn('1984-03-15', '2026-03-15')).toBe(42)
  })

  it('gives both possible ages when only the birth year is known', () => {
    expect(ageFromYear(1984, '2026-03-14')).toBe('41–42')
    expect(ageFromYear(2026, '2026-03-14')).toBe('0')
    expect(ageFromYear(2027, '2026-03-14')).toBeNull()
    expect(ageFromYear(null, '2026-03-14')).toBeNull()
  })
})

describe('registry words', () => {
  it('writes term numbers in Chinese', () => {
    expect(chineseNumber(7)).toBe('七')
    expect(chineseNumber(10)).toBe('十')
    expect(chineseNumber(13)).toBe('十三')
    expect(chineseNumber(20)).toBe('二十')
    expect(chineseNumber(18)).toBe('十八')
    expect(termTitle(14)).toBe('十四届')
  })

  it('leaves empty filters out of the query', () => {
    expect(filterQuery({ ...EMPTY_FILTERS, level: 'county', gender: 'female', q: '  王 ' })).toEqual({
      q: '王',
      level: 'county',
      org_node_id: undefined,
      term_id: undefined,
      delegation: undefined,
      field: undefined,
      status: undefined,
      gender: 'female',
      party: undefined,
    })
  })
})

describe('DeputyFormDialog', () => {
  const fetchMock = mockedFetch()
  const page = (items: unknown[]) => ({ items, page: 1, page_size: 50, total: items.length, total_capped: false })
  const node = {
    id: 11,
    parent_id: 10,
    level: 'county',
    level_title: '县（区）',
    code: '430721',
    name: '鼎城区人民代表大会',
    path: '/1/10/11/',
    committee_name: '',
    version: 1,
    created_at: '',
    updated_at: '',
  }
  const term = {
    id: 11,
    org_node_id: 11,
    number: 18,
    title: '十八届',
    start_date: '2021-10-15',
    end_date: '2026-12-31',
    version: 1,
    created_at: '',
    updated_at: '',
  }

  beforeEach(() => {
    fetchMock.mockImplementation(async (input) => {
      const url = String(input)
      if (url.startsWith('/api/v1/org/nodes/11')) return json(200, node)
      if (url.startsWith('/api/v1/org/nodes')) return json(200, page([node]))
      if (url.startsWith('/api/v1/org/terms')) return json(200, page([term]))
      if (url.startsWith('/api/v1/deputies'))
        return json(
          400,
          invalidFields([
            { field: 'id_number', message: '身份证号码校验位不正确' },
            { field: 'mandate.term_id', message: '届次不属于所选人大' },
          ]),
        )
      return json(404, {})
    })
  })

  const settle = () => settleAfter(150)

  it('fills gender and birth date from the ID number and shows server errors on the fields', async () => {
    const w = mount(DeputyFormDialog, {
      props: { modelValue: false, person: null, defaultOrgId: 11 },
      global: { plugins: [ElementPlus, i18n] },
      attachTo: document.body,
    })
    await w.setProps({ modelValue: true })
    await settle()
    const dialog = document.querySelector('[data-test="deputy-dialog"]') as HTMLElement
    const input = (name: string) => dialog.querySelector(`input[data-test="${name}"]`) as HTMLInputElement
    const type = async (name: string, value: string) => {
      const el = input(name)
      el.value = value
      el.dispatchEvent(new Event('input'))
      await flushPromises()
    }
    await type('f-name', '欧阳晓岚')
    await type('f-id-number', id('1984-03-15', 7, false))
    await type('f-delegation', '第一选区')
    await settle()
    expect(dialog.querySelector('[data-test="f-gender"] .is-checked')?.textContent).toContain('女')
    expect((dialog.querySelector('[data-test="f-birth-date"] input') as HTMLInputElement).value).toBe('1984-03-15')
    expect((dialog.querySelector('[data-test="f-started-on"] input') as HTMLInputElement).value).toBe('2021-10-15')

    ;(dialog.querySelector('[data-test="dialog-save"]') as HTMLButtonElement).click()
    await settle()
    const post = fetchMock.mock.calls.find(([u, init]) => String(u) === '/api/v1/deputies' && init?.method === 'POST')
    expect(post).toBeDefined()
    const body = JSON.parse(String(post![1]!.body))
    expect(body).toMatchObject({
      name: '欧阳晓岚',
      gender: 'female',
      birth_date: '1984-03-15',
      ethnicity: '汉族',
      mandate: { org_node_id: 11, term_id: 11, delegation: '第一选区', started_on: '2021-10-15' },
    })
    const errors = [...dialog.querySelectorAll('.el-form-item__error')].map((e) => e.textContent?.trim())
    expect(errors).toContain('身份证号码校验位不正确')
    expect(errors).toContain('届次不属于所选人大')
    w.unmount()
  })

  // The person as GET /api/v1/deputies/{id} answers now: no birth_date, only the year.
  const person: Person = {
    id: 5,
    org_node_id: 11,
    name: '欧阳晓岚',
    gender: 'female',
    ethnicity: '汉族',
    birth_year: 1984,
    party: '群众',
    education: '',
    occupation: '',
    field: '教育',
    employer: '某县第一中学',
    post: '',
    phone_masked: '*******5678',
    id_number_masked: '**************072X',
    version: 3,
    created_at: '',
    updated_at: '',
    mandates: [],
  }

  async function editAndSave(props: Record<string, unknown>, change?: (dialog: HTMLElement) => Promise<void>) {
    fetchMock.mockImplementation(async (input, init) => {
      const url = String(input)
      if (url === '/api/v1/deputies/5' && init?.method === 'PATCH') return json(200, { ...person, version: 4 })
      if (url.startsWith('/api/v1/org/nodes')) return json(200, page([node]))
      return json(404, {})
    })
    const w = mount(DeputyFormDialog, {
      props: { modelValue: false, person, ...props },
      global: { plugins: [ElementPlus, i18n] },
      attachTo: document.body,
    })
    await w.setProps({ modelValue: true })
    await settle()
    const dialog = document.querySelector('[data-test="deputy-dialog"]') as HTMLElement
    const birthInput = dialog.querySelector('[data-test="f-birth-date"] input') as HTMLInputElement
    const shown = { value: birthInput.value, placeholder: birthInput.placeholder }
    if (change) await change(dialog)
    ;(dialog.querySelector('[data-test="dialog-save"]') as HTMLButtonElement).click()
    await settle()
    const patch = fetchMock.mock.calls.find(
      ([u, init]) => String(u) === '/api/v1/deputies/5' && init?.method === 'PATCH',
    )
    expect(patch).toBeDefined()
    const body = JSON.parse(String(patch![1]!.body))
    expect(w.emitted('saved')).toHaveLength(1)
    w.unmount()
    return { shown, body }
  }

  it('edits without the birth date: the field starts empty and is not sent', async () => {
    const { shown, body } = await editAndSave({})
    expect(shown.value).toBe('')
    expect(shown.placeholder).toBe('1984-**-**')
    expect(body).toMatchObject({ version: 3, name: '欧阳晓岚', gender: 'female', field: '教育' })
    expect(body).not.toHaveProperty('birth_date')
    expect(body).not.toHaveProperty('id_number')
    expect(body).not.toHaveProperty('phone')
  })

  it('starts from a revealed birth date and still sends it only when changed', async () => {
    const untouched = await editAndSave({ revealedBirthDate: '1984-03-15' })
    expect(untouched.shown.value).toBe('1984-03-15')
    expect(untouched.body).not.toHaveProperty('birth_date')

    fetchMock.mockClear()
    const retyped = await editAndSave({}, async (dialog) => {
      // A new ID number: gender and birth date follow it, and both are sent with it.
      ;(dialog.querySelector('[data-test="change-sensitive"]') as HTMLButtonElement).click()
      await settle()
      const el = dialog.querySelector('input[data-test="f-id-number"]') as HTMLInputElement
      el.value = id('1985-04-16', 9, false)
      el.dispatchEvent(new Event('input'))
      await settle()
    })
    expect(retyped.body).toMatchObject({ birth_date: '1985-04-16', id_number: id('1985-04-16', 9, false), phone: '' })
  })
})
