// 新建抽样 against a mocked fetch: the sessions, units, categories and star levels come from
// the suggestions' options; the body sent has the texts trimmed and only the filters chosen;
// the server's field errors show at the fields and the dialog stays open.
import { beforeEach, describe, expect, it } from 'vitest'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { invalidFields, json, mockedFetch, settle as settleAfter } from '@/test/http'
import { openSelect } from '@/test/select'
import AnnounceDrawDialog from './AnnounceDrawDialog.vue'
import { draw } from './fixtures'

const fetchMock = mockedFetch()
const settle = () => settleAfter(150)

const options = {
  answer_classes: [],
  star_levels: [
    { stars: 1, supervised_by: '联工委督办' },
    { stars: 3, supervised_by: '主任会议成员督办' },
  ],
  not_suggestion_reasons: [],
  categories: ['教育科技', '民主法治'],
  contact_methods: [],
  raised_in: [],
  answer: '3个月',
  urgent_answer: '1个月',
  sessions: [
    { id: 2, title: '衡阳县十八届人大三次会议', org_node_id: 17 },
    { id: 3, title: '衡阳县十八届人大四次会议', org_node_id: 17 },
  ],
  units: [{ id: 8, name: '县应急管理局' }],
}

let answer: () => Response
beforeEach(() => {
  answer = () => json(201, draw())
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input)
    if (url === '/api/v1/suggestions/options') return json(200, options)
    if (url === '/api/v1/supervision/draws' && init?.method === 'POST') return answer()
    return json(404, {})
  })
})

async function openDialog() {
  const w = mount(AnnounceDrawDialog, {
    props: { modelValue: false },
    global: { plugins: [ElementPlus, i18n] },
    attachTo: document.body,
  })
  await w.setProps({ modelValue: true })
  await settle()
  const dialog = document.querySelector('[data-test="announce-dialog"]') as HTMLElement
  const body = new DOMWrapper(document.body)
  const type = async (test: string, value: string) => {
    const el = dialog.querySelector(`input[data-test="${test}"]`) as HTMLInputElement
    el.value = value
    el.dispatchEvent(new Event('input'))
    await flushPromises()
  }
  const pick = async (test: string, label: string) => {
    const items = await openSelect(body, test)
    items.find((o) => o.textContent?.includes(label))!.click()
    await flushPromises()
  }
  const save = async () => {
    ;(dialog.querySelector('[data-test="announce-save"]') as HTMLButtonElement).click()
    await settle()
  }
  return { w, dialog, type, pick, save }
}

const sent = () =>
  fetchMock.mock.calls
    .filter(([u, init]) => String(u) === '/api/v1/supervision/draws' && init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init!.body)))

describe('AnnounceDrawDialog', { timeout: 30_000 }, () => {
  it('sends the draw as filled in and hands back the announced draw', async () => {
    const { w, type, pick, save } = await openDialog()
    await type('announce-title', '  县人大常委会第十二次会议随机抽样点评 ')
    await pick('announce-session', '四次会议')
    await pick('announce-unit', '县应急管理局')
    await pick('announce-stars', '主任会议成员督办')
    await type('announce-seed-source', '主任会议当场公布的四位数')
    const size = document.querySelector('[data-test="announce-size"] input') as HTMLInputElement
    size.value = '2'
    size.dispatchEvent(new Event('input'))
    size.dispatchEvent(new Event('change'))
    await flushPromises()
    await save()
    expect(sent()).toEqual([
      {
        title: '县人大常委会第十二次会议随机抽样点评',
        session_id: 3,
        stage: 'assigned',
        strata: 'none',
        sample_size: 2,
        unit_id: 8,
        star_level: 3,
        seed_source: '主任会议当场公布的四位数',
        criteria: [
          { name: '办理态度', weight: 20 },
          { name: '沟通联系', weight: 20 },
          { name: '答复质量', weight: 20 },
          { name: '落实成效', weight: 40 },
        ],
        pass_score: 60,
      },
    ])
    expect(w.emitted('announced')?.[0]?.[0]).toMatchObject({ id: 7 })
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual([false])
    w.unmount()
  })

  it('sends the seed when the committee gives it now, and the answered stage with its strata', async () => {
    const { w, dialog, type, pick, save } = await openDialog()
    await type('announce-title', '答复情况抽样')
    await pick('announce-session', '三次会议')
    ;(dialog.querySelectorAll('[data-test="announce-stage"] input')[1] as HTMLInputElement).click()
    await flushPromises()
    await pick('announce-strata', '按答复类别')
    await pick('announce-category', '教育科技')
    await type('announce-seed-source', '2026年12月10日体彩排列5开奖号码')
    await type('announce-seed', ' 40213 ')
    await save()
    expect(sent()[0]).toMatchObject({
      session_id: 2,
      stage: 'answered',
      strata: 'answer_class',
      category: '教育科技',
      sample_size: 10,
      seed: '40213',
    })
    expect(sent()[0]).not.toHaveProperty('unit_id')
    w.unmount()
  })

  it('shows the server’s field errors at the fields and stays open', async () => {
    answer = () =>
      json(
        400,
        invalidFields([
          { field: 'sample_size', message: '抽样范围内只有 1 件建议，少于要抽取的件数' },
          { field: 'session_id', message: '会次不存在' },
        ]),
      )
    const { w, dialog, type, pick, save } = await openDialog()
    await type('announce-title', '抽样')
    await pick('announce-session', '四次会议')
    await type('announce-seed-source', '主任会议当场公布的四位数')
    await save()
    expect(sent()).toHaveLength(1)
    const errors = [...dialog.querySelectorAll('.el-form-item__error')].map((e) => e.textContent?.trim())
    expect(errors).toEqual(['会次不存在', '抽样范围内只有 1 件建议，少于要抽取的件数'])
    expect(w.emitted('announced')).toBeUndefined()
    expect(w.emitted('update:modelValue')).toBeUndefined()
    w.unmount()
  })

  it('keeps the criteria’s weights at 100, showing the sum, and puts the server’s word at a row', async () => {
    answer = () => json(400, invalidFields([{ field: 'criteria[1].name', message: '测评项目名称重复' }]))
    const { dialog, type, pick, save } = await openDialog()
    await type('announce-title', '抽样')
    await pick('announce-session', '四次会议')
    await type('announce-seed-source', '主任会议当场公布的四位数')
    const sum = () => dialog.querySelector('[data-test="weight-sum"]')!.textContent!.trim()
    expect(sum()).toBe('权重合计 100（应为 100）')
    const rows = () => [...dialog.querySelectorAll('[data-test="criterion-row"]')]
    ;(rows()[3].querySelector('[data-test="criterion-remove"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(rows()).toHaveLength(3)
    expect(sum()).toBe('权重合计 60（应为 100）')
    await save()
    expect(sent()).toHaveLength(0)
    expect(dialog.textContent).toContain('各项权重之和应为 100，现为 60')

    ;(dialog.querySelector('[data-test="criterion-add"]') as HTMLButtonElement).click()
    await flushPromises()
    const last = rows()[3]
    const name = last.querySelector('input[data-test="criterion-name"]') as HTMLInputElement
    name.value = '群众满意'
    name.dispatchEvent(new Event('input'))
    const weight = last.querySelector('[data-test="criterion-weight"] input') as HTMLInputElement
    weight.value = '40'
    weight.dispatchEvent(new Event('input'))
    weight.dispatchEvent(new Event('change'))
    await flushPromises()
    expect(sum()).toBe('权重合计 100（应为 100）')
    await save()
    expect(sent()).toHaveLength(1)
    expect(sent()[0].criteria).toEqual([
      { name: '办理态度', weight: 20 },
      { name: '沟通联系', weight: 20 },
      { name: '答复质量', weight: 20 },
      { name: '群众满意', weight: 40 },
    ])
    const error = rows()[1].querySelector('.el-form-item__error')
    expect(error?.textContent?.trim()).toBe('测评项目名称重复')
  })
})
