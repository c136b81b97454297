// The side menu. Items point at route names; a route's `meta.perms` (and `meta.roles`)
// decide who sees it.
import type { Component } from 'vue'
import {
  DataAnalysis,
  Document,
  HomeFilled,
  Lock,
  OfficeBuilding,
  Postcard,
  Stamp,
  Tickets,
  UserFilled,
} from '@element-plus/icons-vue'
import { routes } from '@/router'
import type { RouteMeta } from 'vue-router'

export interface NavItem {
  /** Route name (leaf) or a group key. */
  key: string
  title: string
  icon?: Component
  path?: string
  perms?: RouteMeta['perms']
  roles?: RouteMeta['roles']
  children?: NavItem[]
}

function leaf(name: string, icon?: Component): NavItem {
  const layout = routes.find((r) => r.path === '/')
  const route = layout?.children?.find((r) => r.name === name)
  if (!route) throw new Error(`no route ${name}`)
  return {
    key: name,
    title: route.meta?.title ?? name,
    icon,
    path: `/${route.path}`,
    perms: route.meta?.perms,
    roles: route.meta?.roles,
  }
}

// Built on first use: the router module imports the layout, which imports this file.
let navigation: NavItem[] | null = null

export function getNavigation(): NavItem[] {
  navigation ??= [
    leaf('home', HomeFilled),
    {
      key: 'suggestions-group',
      title: 'menu.suggestionsGroup',
      icon: Tickets,
      children: [leaf('my-suggestions'), leaf('suggestions'), leaf('supervised-suggestions'), leaf('calendar')],
    },
    {
      key: 'supervision-group',
      title: 'menu.supervisionGroup',
      icon: Stamp,
      children: [
        leaf('sampling-draws'),
        leaf('clearing'),
        leaf('handling-meetings'),
        leaf('key-topics'),
        leaf('leader-rules'),
        leaf('fund-pools'),
        leaf('awards'),
        leaf('scorecards'),
      ],
    },
    leaf('figures', DataAnalysis),
    leaf('deputies', Postcard),
    {
      key: 'org',
      title: 'menu.org',
      icon: OfficeBuilding,
      children: [leaf('org-nodes'), leaf('org-units'), leaf('org-terms'), leaf('org-sessions')],
    },
    leaf('users', UserFilled),
    {
      key: 'security',
      title: 'menu.securityGroup',
      icon: Lock,
      children: [leaf('admin-requests'), leaf('login-sessions')],
    },
    leaf('audit', Document),
  ]
  return navigation
}

/**
 * The menu the user may use: leaves they lack permission for, and empty groups, removed.
 * `may(perms, roles)` says whether the user holds any one of the permissions or roles.
 */
export function visibleNavigation(may: (perms: RouteMeta['perms'], roles: RouteMeta['roles']) => boolean): NavItem[] {
  const open = (i: NavItem) => (!i.perms && !i.roles) || may(i.perms, i.roles)
  const out: NavItem[] = []
  for (const item of getNavigation()) {
    if (item.children) {
      const children = item.children.filter(open)
      if (children.length) out.push({ ...item, children })
    } else if (open(item)) {
      out.push(item)
    }
  }
  return out
}
