// Routes. `meta.perms` lists permissions of which the user needs any one: the side menu
// shows only such pages, and the layout shows the 403 page in place of one the user may
// not use (the address stays, so the user sees which page was refused).
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import type { Permission, RoleName } from '@/stores/auth'
import { ADMIN_ROLES, useAuthStore } from '@/stores/auth'
import AppLayout from '@/layouts/AppLayout.vue'
import ErrorView from '@/features/errors/ErrorView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (menu, breadcrumb, document title). */
    title?: string
    /** i18n key of the menu group (breadcrumb parent). */
    group?: string
    /** Any one of these permissions opens the page. */
    perms?: Permission[]
    /** Any one of these roles opens the page too (with `perms`: either suffices). */
    roles?: RoleName[]
    /**
     * Route name of the list a sub-page belongs to (breadcrumb link, highlighted menu item);
     * with several, the first the user may open.
     */
    parent?: string | string[]
    public?: boolean
  }
}

/** Who uses the suggestions board (建议办理 / 跟踪督办). */
const SUGGESTION_BOARD: Permission[] = [
  'suggestion.manage',
  'suggestion.read',
  'suggestion.review',
  'suggestion.handle',
  'suggestion.sign_off',
]
/** Who may open a suggestion (the server decides which ones). */
const SUGGESTION_ANY: Permission[] = ['suggestion.draft', ...SUGGESTION_BOARD]

/**
 * Who reads the random sampling reviews (随机抽样点评) and the clearing campaign (清零行动);
 * supervision.manage announces and draws, and carries a year over.
 */
const SUPERVISION_READ: Permission[] = ['suggestion.read', 'supervision.manage']
/** Who lists the five-present meetings (五到场办理会): the readers above and the handling units. */
const MEETINGS_READ: Permission[] = [...SUPERVISION_READ, 'suggestion.handle']

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/features/access/LoginView.vue'),
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
        component: () => import('@/features/people/deputies/DeputiesView.vue'),
        meta: { title: 'menu.deputies', perms: ['deputy.read'] },
      },
      {
        path: 'deputies/import',
        name: 'deputy-import',
        component: () => import('@/features/people/deputies/DeputyImportView.vue'),
        meta: { title: 'menu.deputyImport', parent: 'deputies', perms: ['deputy.manage'] },
      },
      {
        path: 'deputies/:id(\\d+)',
        name: 'deputy-detail',
        component: () => import('@/features/people/deputies/DeputyDetailView.vue'),
        meta: { title: 'menu.deputyDetail', parent: 'deputies', perms: ['deputy.read'] },
      },
      {
        path: 'suggestions/mine',
        name: 'my-suggestions',
        component: () => import('@/features/suggestions/SuggestionsView.vue'),
        props: { mine: true },
        meta: { title: 'menu.mySuggestions', group: 'menu.suggestionsGroup', perms: ['suggestion.draft'] },
      },
      {
        path: 'suggestions',
        name: 'suggestions',
        component: () => import('@/features/suggestions/SuggestionsView.vue'),
        props: { mine: false },
        meta: { title: 'menu.suggestions', group: 'menu.suggestionsGroup', perms: SUGGESTION_BOARD },
      },
      {
        // 我督办的建议: the board of the items the leader supervises (box=supervised).
        path: 'suggestions/supervised',
        name: 'supervised-suggestions',
        redirect: { name: 'suggestions', query: { box: 'supervised' } },
        meta: { title: 'menu.supervisedByMe', group: 'menu.suggestionsGroup', roles: ['leader'] },
      },
      {
        path: 'suggestions/:id(\\d+)',
        name: 'suggestion-detail',
        component: () => import('@/features/suggestions/SuggestionDetailView.vue'),
        meta: { title: 'menu.suggestionDetail', parent: ['suggestions', 'my-suggestions'], perms: SUGGESTION_ANY },
      },
      {
        path: 'calendar',
        name: 'calendar',
        component: () => import('@/features/calendar/CalendarView.vue'),
        meta: { title: 'menu.calendar', group: 'menu.suggestionsGroup', perms: ['calendar.manage'] },
      },
      {
        path: 'supervision/draws',
        name: 'sampling-draws',
        component: () => import('@/features/supervision/SamplingDrawsView.vue'),
        meta: { title: 'menu.samplingDraws', group: 'menu.supervisionGroup', perms: SUPERVISION_READ },
      },
      {
        path: 'supervision/draws/:id(\\d+)',
        name: 'sampling-draw-detail',
        component: () => import('@/features/supervision/SamplingDrawView.vue'),
        props: (r) => ({ id: Number(r.params.id) }),
        meta: { title: 'menu.samplingDrawDetail', parent: 'sampling-draws', perms: SUPERVISION_READ },
      },
      {
        path: 'supervision/clearing',
        name: 'clearing',
        component: () => import('@/features/supervision/ClearingView.vue'),
        meta: { title: 'menu.clearing', group: 'menu.supervisionGroup', perms: SUPERVISION_READ },
      },
      {
        path: 'supervision/meetings',
        name: 'handling-meetings',
        component: () => import('@/features/supervision/meetings/MeetingsView.vue'),
        meta: { title: 'menu.handlingMeetings', group: 'menu.supervisionGroup', perms: MEETINGS_READ },
      },
      {
        path: 'supervision/key-topics',
        name: 'key-topics',
        component: () => import('@/features/supervision/key_topics/KeyTopicsView.vue'),
        meta: { title: 'menu.keyTopics', group: 'menu.supervisionGroup', perms: SUPERVISION_READ },
      },
      {
        path: 'supervision/key-topics/:id(\\d+)',
        name: 'key-topic-detail',
        component: () => import('@/features/supervision/key_topics/KeyTopicView.vue'),
        meta: { title: 'menu.keyTopicDetail', parent: 'key-topics', perms: SUPERVISION_READ },
      },
      {
        path: 'supervision/leaders',
        name: 'leader-rules',
        component: () => import('@/features/supervision/leaders/LeaderRulesView.vue'),
        meta: { title: 'menu.leaderRules', group: 'menu.supervisionGroup', perms: SUPERVISION_READ },
      },
      {
        path: 'supervision/funds',
        name: 'fund-pools',
        component: () => import('@/features/supervision/funding/FundsView.vue'),
        meta: { title: 'menu.funding', group: 'menu.supervisionGroup', perms: SUPERVISION_READ },
      },
      {
        path: 'supervision/awards',
        name: 'awards',
        component: () => import('@/features/supervision/awards/AwardsView.vue'),
        meta: { title: 'menu.awards', group: 'menu.supervisionGroup', perms: SUPERVISION_READ },
      },
      {
        path: 'supervision/awards/:id(\\d+)',
        name: 'award-detail',
        component: () => import('@/features/supervision/awards/AwardRoundView.vue'),
        meta: { title: 'menu.awardDetail', parent: 'awards', perms: SUPERVISION_READ },
      },
      {
        path: 'supervision/scorecards',
        name: 'scorecards',
        component: () => import('@/features/supervision/scorecards/ScorecardsView.vue'),
        meta: { title: 'menu.scorecards', group: 'menu.supervisionGroup', perms: SUPERVISION_READ },
      },
      {
        path: 'supervision/clearing/plans/:id(\\d+)',
        name: 'clearing-plan',
        component: () => import('@/features/supervision/ClearingPlanView.vue'),
        meta: { title: 'menu.clearingPlan', parent: 'clearing', perms: SUPERVISION_READ },
      },
      {
        path: 'figures',
        name: 'figures',
        component: () => import('@/features/figures/FiguresView.vue'),
        meta: { title: 'menu.figures', perms: SUPERVISION_READ },
      },
      {
        path: 'notifications',
        name: 'notifications',
        component: () => import('@/features/messaging/NotificationsView.vue'),
        meta: { title: 'menu.notifications' },
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
        component: () => import('@/features/people/accounts/UsersView.vue'),
        meta: { title: 'menu.users', perms: ['user.read', 'role.grant'] },
      },
      {
        path: 'audit',
        name: 'audit',
        component: () => import('@/features/audit/AuditView.vue'),
        meta: { title: 'menu.audit', perms: ['audit.read'] },
      },
      {
        path: 'admin-requests',
        name: 'admin-requests',
        component: () => import('@/features/access/AdminRequestsView.vue'),
        meta: { title: 'menu.adminRequests', group: 'menu.securityGroup', roles: ADMIN_ROLES },
      },
      {
        path: 'sessions',
        name: 'login-sessions',
        component: () => import('@/features/access/LoginSessionsView.vue'),
        meta: { title: 'menu.loginSessions', group: 'menu.securityGroup', perms: ['role.grant'] },
      },
      {
        path: '403',
        name: 'forbidden',
        component: ErrorView,
        props: { status: 403 },
        meta: { title: 'menu.forbidden' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: ErrorView,
        props: { status: 404 },
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

/** True when the signed-in user may open a route with these meta permissions or roles. */
export function allowed(perms: Permission[] | undefined, roles?: RoleName[]): boolean {
  const hasPerms = !!perms && perms.length > 0
  const hasRoles = !!roles && roles.length > 0
  if (!hasPerms && !hasRoles) return true
  const auth = useAuthStore()
  return (hasPerms && auth.can(...perms)) || (hasRoles && auth.hasRole(...roles))
}

/** The list route a sub-page belongs to: the first of `meta.parent` the user may open. */
export function parentRouteName(meta: { parent?: string | string[] }): string | undefined {
  const names = meta.parent === undefined ? [] : Array.isArray(meta.parent) ? meta.parent : [meta.parent]
  for (const name of names) {
    const r = router.getRoutes().find((x) => x.name === name)
    if (r && allowed(r.meta.perms, r.meta.roles)) return name
  }
  return names[0]
}
