import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { configureClient } from './api/client'
import { useAuthStore } from './stores/auth'
import { useLookupStore } from './stores/lookups'
import { setLoginNotice } from './features/access/notice'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
app.use(ElementPlus)

const auth = useAuthStore()
configureClient({
  getCsrfToken: () => auth.csrfToken,
  // The session ended (idle 30 minutes, 12 hours in all, signed out elsewhere, account
  // disabled): back to the login page with the server's reason, then back here after login.
  onUnauthorized: (error) => {
    const wasSignedIn = auth.csrfToken !== null
    auth.clear()
    useLookupStore().clear()
    const current = router.currentRoute.value
    if (wasSignedIn) setLoginNotice(error.detail)
    // Before the first page is shown the router guard sends the user to login itself.
    if (current.name === 'login' || current.matched.length === 0) return
    void router.replace({
      name: 'login',
      query: current.fullPath && current.fullPath !== '/' ? { redirect: current.fullPath } : {},
    })
  },
})

app.use(router)
document.documentElement.lang = i18n.global.locale.value
router.afterEach((to) => {
  const t = i18n.global.t
  const title = to.meta.title ? t(to.meta.title) : ''
  document.title = title ? `${title} - ${t('app.name')}` : t('app.name')
})

app.mount('#app')
