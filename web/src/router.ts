import { createRouter, createWebHistory } from 'vue-router';
import { hasSession } from './stores/sessionHint';

/** Pages: login, the user's area, and a village's scheme for a year (editor, tests, filing, settlement, versions). */
export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { public: true } },
    { path: '/', name: 'area', component: () => import('./pages/AreaPage.vue') },
    {
      path: '/village/:code/:year(\\d{4})',
      name: 'village',
      component: () => import('./pages/VillagePage.vue'),
      props: (route) => ({ code: String(route.params.code), year: Number(route.params.year) }),
    },
    { path: '/todo', name: 'todo', component: () => import('./pages/TodoPage.vue') },
    { path: '/projection', name: 'projection', component: () => import('./pages/ProjectionPage.vue') },
    { path: '/audit', name: 'audit', component: () => import('./pages/AuditLogPage.vue') },
    { path: '/donations', name: 'donations', component: () => import('./pages/DonationsPage.vue') },
    { path: '/admin/users', name: 'users', component: () => import('./pages/UsersPage.vue') },
    { path: '/admin/policy-years', name: 'policy-years', component: () => import('./pages/PolicyYearsPage.vue') },
    { path: '/admin/divisions', name: 'divisions', component: () => import('./pages/DivisionsPage.vue') },
    { path: '/dashboard', name: 'dashboard', component: () => import('./pages/DashboardPage.vue') },
    { path: '/reform', name: 'reform', component: () => import('./pages/ReformPage.vue') },
    {
      path: '/print/resolution/:schemeId',
      name: 'print-resolution',
      component: () => import('./pages/PrintResolutionPage.vue'),
      props: (route) => ({ schemeId: String(route.params.schemeId), version: route.query.version ? Number(route.query.version) : null }),
    },
    {
      path: '/print/result/:settlementId',
      name: 'print-result',
      component: () => import('./pages/PrintResultPage.vue'),
      props: (route) => ({ settlementId: String(route.params.settlementId) }),
    },
    {
      path: '/print/donor-statement/:donorId/:year(\\d{4})',
      name: 'print-donor-statement',
      component: () => import('./pages/PrintDonorStatementPage.vue'),
      props: (route) => ({ donorId: String(route.params.donorId), year: Number(route.params.year) }),
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

router.beforeEach((to) => {
  // The bare address asks for no page in particular: after the login, 待办.
  if (!to.meta.public && !hasSession()) return { name: 'login', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  return true;
});
