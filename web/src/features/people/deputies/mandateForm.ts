// A mandate's inputs — 新增代表资格, and the first mandate of 登记代表 (MandateFields draws
// them): the values, and a start date that follows the chosen term until it is typed over.
import { watch } from 'vue'
import { useLookupStore } from '@/stores/lookups'

export interface MandateForm {
  org_node_id: number | null
  term_id: number | null
  delegation: string
  started_on: string
}

/** A new mandate's inputs, in congress `orgId` and term `termId` when given. */
export function blankMandate(orgId: number | null = null, termId: number | null = null): MandateForm {
  return { org_node_id: orgId, term_id: termId, delegation: '', started_on: '' }
}

/**
 * A new mandate usually starts with its term: the date follows the term until typed over.
 * `mandate` gives the form's mandate (the form may replace it as the dialog opens).
 */
export function useStartWithTerm(mandate: () => MandateForm): void {
  const lookups = useLookupStore()
  let autoStart = ''
  watch(
    () => mandate().term_id,
    (id) => {
      const m = mandate()
      const term = lookups.terms.get(id)
      if (term && (!m.started_on || m.started_on === autoStart)) {
        m.started_on = term.start_date
        autoStart = term.start_date
      }
    },
  )
}
