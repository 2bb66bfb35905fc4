import { createRouter, createWebHistory } from 'vue-router';
import { readToken } from './graphql/client';

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
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

router.beforeEach((to) => {
  if (!to.meta.public && !readToken()) return { name: 'login', query: { next: to.fullPath } };
  return true;
});
