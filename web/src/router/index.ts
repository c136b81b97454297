// Routes. `meta.perms` lists permissions of which the user needs any one: the side menu
// shows only such pages, and the layout shows the 403 page in place of one the user may
// not use (the address stays, so the user sees which page was refused).
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import type { Permission } from '@/stores/auth'
import { useAuthStore } from '@/stores/auth'
import AppLayout from '@/layouts/AppLayout.vue'
import ForbiddenView from '@/features/errors/ForbiddenView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (menu, breadcrumb, document title). */
    title?: string
    /** i18n key of the menu group (breadcrumb parent). */
    group?: string
    /** Any one of these permissions opens the page. */
    perms?: Permission[]
    /** Route name of the list a sub-page belongs to (breadcrumb link, highlighted menu item). */
    parent?: string
    public?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/features/auth/LoginView.vue'),
    meta: { public: true, title: 'auth.title' },
  },
  {
    path: '/',
    component: AppLayout,
    children: [
      {
        path: '',
        name: 'home',
        component: () => import('@/features/home/HomeView.vue'),
        meta: { title: 'menu.home' },
      },
      {
        path: 'deputies',
        name: 'deputies',
        component: () => import('@/features/deputies/DeputiesView.vue'),
        meta: { title: 'menu.deputies', perms: ['deputy.read'] },
      },
      {
        path: 'deputies/import',
        name: 'deputy-import',
        component: () => import('@/features/deputies/DeputyImportView.vue'),
        meta: { title: 'menu.deputyImport', parent: 'deputies', perms: ['deputy.manage'] },
      },
      {
        path: 'deputies/:id(\\d+)',
        name: 'deputy-detail',
        component: () => import('@/features/deputies/DeputyDetailView.vue'),
        meta: { title: 'menu.deputyDetail', parent: 'deputies', perms: ['deputy.read'] },
      },
      {
        path: 'org/nodes',
        name: 'org-nodes',
        component: () => import('@/features/org/OrgNodesView.vue'),
        meta: { title: 'menu.orgNodes', group: 'menu.org', perms: ['org.read'] },
      },
      {
        path: 'org/units',
        name: 'org-units',
        component: () => import('@/features/org/UnitsView.vue'),
        meta: { title: 'menu.units', group: 'menu.org', perms: ['org.read'] },
      },
      {
        path: 'org/terms',
        name: 'org-terms',
        component: () => import('@/features/org/TermsView.vue'),
        meta: { title: 'menu.terms', group: 'menu.org', perms: ['org.read'] },
      },
      {
        path: 'org/sessions',
        name: 'org-sessions',
        component: () => import('@/features/org/SessionsView.vue'),
        meta: { title: 'menu.sessions', group: 'menu.org', perms: ['org.read'] },
      },
      {
        path: 'users',
        name: 'users',
        component: () => import('@/features/accounts/UsersView.vue'),
        meta: { title: 'menu.users', perms: ['user.read', 'role.grant'] },
      },
      {
        path: 'audit',
        name: 'audit',
        component: () => import('@/features/audit/AuditView.vue'),
        meta: { title: 'menu.audit', perms: ['audit.read'] },
      },
      {
        path: '403',
        name: 'forbidden',
        component: ForbiddenView,
        meta: { title: 'menu.forbidden' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/features/errors/NotFoundView.vue'),
        meta: { title: 'menu.notFound' },
      },
    ],
  },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
})

router.beforeEach(async (to) => {
  const auth = useAuthStore()
  if (to.meta.public) {
    if (to.name === 'login' && (await auth.ensureLoaded())) {
      const redirect = typeof to.query.redirect === 'string' ? to.query.redirect : '/'
      return redirect.startsWith('/') && !redirect.startsWith('//') ? redirect : '/'
    }
    return true
  }
  if (!(await auth.ensureLoaded())) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  }
  return true
})

/** True when the signed-in user may open a route with these meta permissions. */
export function allowed(perms: Permission[] | undefined): boolean {
  if (!perms || perms.length === 0) return true
  return useAuthStore().can(...perms)
}
