// Helpers of the component tests that pick from an Element Plus select.
import { flushPromises, type VueWrapper } from '@vue/test-utils'

/** Opens the select marked `data-test` and returns the options of the page's dropdowns. */
export async function openSelect(w: Pick<VueWrapper, 'get'>, test: string): Promise<HTMLElement[]> {
  await w.get(`[data-test="${test}"] .el-select__wrapper`).trigger('click')
  await flushPromises()
  return [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')]
}
