// The draw's page against a mocked fetch: its facts and hash; 公布随机种子 only for a manager
// while there is no seed (asked first, sent with the version, the server's word under the
// field); 抽取 only once seeded and not drawn (asked first); readers see neither; the drawn
// items with their links and keys; a stale version (409) reloads the draw. Once drawn: the
// criteria and pass mark, the items to review, 公布结果 (manager, drawn; asked first; the
// server's refusal shown) and the published scores and outcomes.
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { invalidFields, json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import SamplingDrawView from './SamplingDrawView.vue'
import { draw, HASH, item } from './fixtures'
import type { Draw } from './model'

const fetchMock = mockedFetch()
const settle = () => settleAfter(100)
let confirm: MockInstance

function router() {
  const blank = { template: '<div />' }
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/supervision/draws', name: 'sampling-draws', component: blank },
      { path: '/supervision/draws/:id', name: 'sampling-draw-detail', component: blank },
      { path: '/suggestions/:id', name: 'suggestion-detail', component: blank },
    ],
  })
}

/** Serves GET of the draw from `current()` and lets `post` answer the POSTs. */
function serve(current: () => Draw, post: (url: string, body: unknown) => Response = () => json(404, {})) {
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input)
    if (init?.method === 'POST') return post(url, JSON.parse(String(init.body)))
    if (url === '/api/v1/supervision/draws/7') return json(200, current())
    return json(404, problem(404, 'not_found', '抽样不存在'))
  })
}

async function mountPage() {
  const r = router()
  await r.push('/supervision/draws/7')
  const w = mount(SamplingDrawView, {
    props: { id: 7 },
    global: { plugins: [ElementPlus, i18n, r] },
    attachTo: document.body,
  })
  await settle()
  return w
}

const posts = () => fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')

beforeEach(() => {
  confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
  confirm.mockClear()
})

describe('SamplingDrawView', { timeout: 30_000 }, () => {
  it('shows the facts and the hash; a manager publishes the seed after confirming', async () => {
    let current = draw()
    serve(
      () => current,
      (url, body) => {
        expect(url).toBe('/api/v1/supervision/draws/7/seed')
        expect(body).toEqual({ version: 1, seed: '7351' })
        current = draw({ seed: '7351', seeded_at: '2026-12-01T03:00:00Z', version: 2 })
        return json(200, current)
      },
    )
    const w = await mountPage()
    expect(w.get('[data-test="draw-hash"]').text()).toBe(HASH)
    expect(w.get('[data-test="draw-scope"]').text()).toBe('已交办的建议')
    expect(w.get('[data-test="draw-seed"]').text()).toBe('尚未公布')
    expect(w.get('[data-test="draw-status"]').text()).toBe('已公告')
    expect(w.get('[data-test="population-note"]').text()).toContain('SHA-256')
    expect(w.find('[data-test="run-draw"]').exists()).toBe(false)

    // No seed typed: nothing is asked or sent.
    await w.get('[data-test="seed-form"]').trigger('submit')
    await settle()
    expect(confirm).not.toHaveBeenCalled()
    expect(posts()).toHaveLength(0)

    await w.get('input[data-test="seed-input"]').setValue(' 7351 ')
    await w.get('[data-test="seed-form"]').trigger('submit') // Enter in the field
    await settle()
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(String(confirm.mock.calls[0][0])).toContain('公布后不能更改')
    expect(posts()).toHaveLength(1)
    expect(w.get('[data-test="draw-seed"]').text()).toBe('7351')
    expect(w.find('[data-test="seed-form"]').exists()).toBe(false)
    expect(w.find('[data-test="run-draw"]').exists()).toBe(true)
    w.unmount()
  })

  it('sends nothing when the question is cancelled, and shows the server’s word on the seed', async () => {
    serve(
      () => draw(),
      () => json(400, invalidFields([{ field: 'seed', message: '随机种子只能是一行' }])),
    )
    const w = await mountPage()
    confirm.mockRejectedValueOnce('cancel')
    await w.get('input[data-test="seed-input"]').setValue('7351')
    await w.get('[data-test="seed-form"]').trigger('submit')
    await settle()
    expect(posts()).toHaveLength(0)

    await w.get('[data-test="seed-form"]').trigger('submit')
    await settle()
    expect(posts()).toHaveLength(1)
    expect(w.get('[data-test="seed-form"] .el-form-item__error').text()).toBe('随机种子只能是一行')
    w.unmount()
  })

  it('draws once seeded, after confirming, and lists the items', async () => {
    let current = draw({ seed: '7351', seeded_at: '2026-12-01T03:00:00Z', version: 2 })
    const drawn = draw({
      seed: '7351',
      status: 'drawn',
      version: 3,
      drawn_at: '2026-12-01T04:00:00Z',
      drawn_by_name: '王晓燕',
      items: [item(), item({ ordinal: 2, suggestion_id: 44, number: '', key: 'ff'.repeat(32), state: 'answered' })],
    })
    serve(
      () => current,
      (url, body) => {
        expect(url).toBe('/api/v1/supervision/draws/7/draw')
        expect(body).toEqual({ version: 2 })
        current = drawn
        return json(200, drawn)
      },
    )
    const w = await mountPage()
    expect(w.find('[data-test="seed-form"]').exists()).toBe(false)
    await w.get('[data-test="run-draw"]').trigger('click')
    await settle()
    expect(String(confirm.mock.calls[0][0])).toContain('抽取结果将被记录且不能更改')
    expect(posts()).toHaveLength(1)
    expect(w.find('[data-test="run-draw"]').exists()).toBe(false)
    expect(w.get('[data-test="draw-status"]').text()).toBe('已抽取')
    const rows = w.findAll('[data-test="draw-items"] .el-table__body tr')
    expect(rows).toHaveLength(2)
    expect(rows[0].text()).toContain('第12号')
    expect(rows[0].text()).toContain('县应急管理局')
    expect(rows[0].text()).toContain('办理中')
    expect(rows[1].text()).toContain('未编号')
    expect(rows[1].get('[data-test="item-key"]').text()).toBe('ff'.repeat(32))
    expect(rows[0].get('a[data-test="item-title"]').attributes('href')).toBe('/suggestions/41')
    w.unmount()
  })

  it('offers neither seed nor draw to a reader', async () => {
    serve(() => draw({ can_manage: false }))
    const w = await mountPage()
    expect(w.find('[data-test="seed-form"]').exists()).toBe(false)
    expect(w.find('[data-test="run-draw"]').exists()).toBe(false)
    expect(w.get('[data-test="draw-waiting"]').text()).toContain('等待公布随机种子')
    w.unmount()

    serve(() => draw({ can_manage: false, seed: '7351' }))
    const w2 = await mountPage()
    expect(w2.find('[data-test="run-draw"]').exists()).toBe(false)
    expect(w2.get('[data-test="draw-waiting"]').text()).toContain('等待抽取')
    w2.unmount()
  })

  it('offers neither seed nor draw on a drawn draw, even to a manager', async () => {
    serve(() => draw({ seed: '7351', status: 'drawn', items: [item()] }))
    const w = await mountPage()
    expect(w.find('[data-test="seed-form"]').exists()).toBe(false)
    expect(w.find('[data-test="run-draw"]').exists()).toBe(false)
    expect(w.find('[data-test="draw-waiting"]').exists()).toBe(false)
    expect(w.findAll('[data-test="draw-items"] .el-table__body tr')).toHaveLength(1)
    w.unmount()
  })

  it('reloads a draw changed meanwhile (409)', async () => {
    let current = draw({ seed: '7351', version: 2 })
    serve(
      () => current,
      () => {
        current = draw({ seed: '7351', status: 'drawn', version: 3, items: [item()] })
        return json(409, problem(409, 'conflict', '抽样已被他人更新，请刷新后重试'))
      },
    )
    const w = await mountPage()
    await w.get('[data-test="run-draw"]').trigger('click')
    await settle()
    const gets = fetchMock.mock.calls.filter(([, init]) => !init?.method || init.method === 'GET')
    expect(gets.length).toBe(2)
    expect(document.body.textContent).toContain('抽样已被他人更新，已重新加载')
    expect(w.get('[data-test="draw-status"]').text()).toBe('已抽取')
    expect(w.find('[data-test="run-draw"]').exists()).toBe(false)
    w.unmount()
  })

  it('says so when the draw is not there', async () => {
    fetchMock.mockResolvedValue(json(404, problem(404, 'not_found', '抽样不存在')))
    const w = await mountPage()
    expect(w.text()).toContain('该抽样不存在，或不在您的查看范围内')
    await flushPromises()
    w.unmount()
  })

  describe('the review', () => {
    const reviewed = (patch: Partial<Draw> = {}) =>
      draw({
        seed: '7351',
        status: 'drawn',
        version: 4,
        criteria: [
          { name: '办理态度', weight: 20 },
          { name: '沟通联系', weight: 20 },
          { name: '答复质量', weight: 20 },
          { name: '落实成效', weight: 40 },
        ],
        pass_score: 60,
        can_score: true,
        items: [item(), item({ ordinal: 2, suggestion_id: 42, number: '15', title: '关于农村饮水安全的建议' })],
        ...patch,
      })

    it('shows the criteria and the pass mark, and the items to review one at a time', async () => {
      serve(() => reviewed())
      const w = await mountPage()
      expect(w.get('[data-test="draw-criteria"]').text()).toBe(
        '办理态度（20%）沟通联系（20%）答复质量（20%）落实成效（40%）',
      )
      expect(w.get('[data-test="draw-pass-score"]').text()).toBe('60 分')
      expect(w.findAll('[data-test="review-items"] .el-collapse-item')).toHaveLength(2)
      expect(w.get('[data-test="review-item-1"]').text()).toContain('尚无测评')
      w.unmount()
    })

    it('offers 公布结果 to a manager only while drawn, asks first, and shows the server’s refusal', async () => {
      serve(
        () => reviewed(),
        (url, body) => {
          expect(url).toBe('/api/v1/supervision/draws/7/publish')
          expect(body).toEqual({ version: 4 })
          return json(409, problem(409, 'failed_precondition', '以下建议尚无测评：第15号'))
        },
      )
      const w = await mountPage()
      confirm.mockRejectedValueOnce('cancel')
      await w.get('[data-test="publish-results"]').trigger('click')
      await settle()
      expect(confirm).toHaveBeenCalledTimes(1)
      expect(String(confirm.mock.calls[0][0])).toContain('最终结果')
      expect(String(confirm.mock.calls[0][0])).toContain('督办重办')
      expect(posts()).toHaveLength(0)

      await w.get('[data-test="publish-results"]').trigger('click')
      await settle()
      expect(posts()).toHaveLength(1)
      expect(document.body.textContent).toContain('以下建议尚无测评：第15号')
      expect(w.get('[data-test="draw-status"]').text()).toBe('已抽取')
      w.unmount()

      for (const d of [reviewed({ can_manage: false }), reviewed({ status: 'published' as never })]) {
        serve(() => d)
        const r = await mountPage()
        expect(r.find('[data-test="publish-results"]').exists()).toBe(false)
        r.unmount()
      }
    })

    it('publishes, then shows each item’s score and outcome', async () => {
      const scored = (score: string, outcome: 'passed' | 'below', rehandling: boolean) => ({
        report: '',
        reported_at: null,
        score,
        outcome,
        rehandling,
        comments: [],
        sheets: [],
      })
      serve(
        () => reviewed(),
        () =>
          json(
            200,
            reviewed({
              status: 'published' as never,
              published_at: '2026-12-07T03:00:00Z',
              version: 5,
              items: [
                item({ review: scored('30.00', 'below', true) }),
                item({ ordinal: 2, suggestion_id: 42, review: scored('86.50', 'passed', false) }),
              ],
            }),
          ),
      )
      const w = await mountPage()
      await w.get('[data-test="publish-results"]').trigger('click')
      await settle()
      expect(w.get('[data-test="draw-status"]').text()).toBe('已公布')
      expect(w.find('[data-test="publish-results"]').exists()).toBe(false)
      expect(w.findAll('[data-test="head-score"]').map((s) => s.text())).toEqual(['30.00', '86.50'])
      expect(w.findAll('[data-test="head-outcome"]').map((s) => s.text())).toEqual(['不合格', '合格'])
      expect(w.get('[data-test="review-item-1"]').text()).toContain('已督办重办')
      expect(w.get('[data-test="review-item-2"]').text()).not.toContain('已督办重办')
      expect(w.find('[data-test="sheet-form"]').exists()).toBe(false)
      w.unmount()
    })
  })
})
