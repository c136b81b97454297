// Names of records that lists show by id (the parent node of a node, a user's unit, a
// session's term). Each id is fetched once (GET .../{id}) and remembered; records outside
// the caller's scope answer 404 and are remembered as missing.
import { defineStore } from 'pinia'
import { reactive } from 'vue'
import { api, type Schemas } from '@/api/client'

export type OrgNode = Schemas['OrgNode']
export type HandlingUnit = Schemas['HandlingUnit']
export type Term = Schemas['Term']

function createLookup<T extends { id: number }>(fetchOne: (id: number) => Promise<T>) {
  const items = reactive(new Map<number, T | null>()) as Map<number, T | null>
  const inflight = new Map<number, Promise<void>>()

  function remember(list: T[]): void {
    for (const item of list) items.set(item.id, item)
  }

  async function resolve(ids: Iterable<number | null | undefined>): Promise<void> {
    const waits: Promise<void>[] = []
    for (const id of new Set(ids)) {
      if (id == null || items.has(id)) continue
      let p = inflight.get(id)
      if (!p) {
        p = fetchOne(id)
          .then((item) => void items.set(id, item))
          .catch(() => void items.set(id, null))
          .finally(() => inflight.delete(id))
        inflight.set(id, p)
      }
      waits.push(p)
    }
    await Promise.all(waits)
  }

  function get(id: number | null | undefined): T | null | undefined {
    return id == null ? undefined : items.get(id)
  }

  function forget(id: number): void {
    items.delete(id)
  }

  return { items, remember, resolve, get, forget }
}

export const useLookupStore = defineStore('lookups', () => {
  const nodes = createLookup<OrgNode>((id) => api.get('/api/v1/org/nodes/{id}', { path: { id } }))
  const units = createLookup<HandlingUnit>((id) => api.get('/api/v1/org/units/{id}', { path: { id } }))
  const terms = createLookup<Term>((id) => api.get('/api/v1/org/terms/{id}', { path: { id } }))

  function nodeName(id: number | null | undefined): string {
    if (id == null) return ''
    const n = nodes.get(id)
    return n ? n.name : `#${id}`
  }

  function unitName(id: number | null | undefined): string {
    if (id == null) return ''
    const u = units.get(id)
    return u ? u.name : `#${id}`
  }

  function termLabel(id: number | null | undefined): string {
    if (id == null) return ''
    const t = terms.get(id)
    if (!t) return `#${id}`
    const org = nodes.get(t.org_node_id)
    return org ? `${org.name} ${t.title}` : t.title
  }

  function clear(): void {
    nodes.items.clear()
    units.items.clear()
    terms.items.clear()
  }

  return { nodes, units, terms, nodeName, unitName, termLabel, clear }
})
