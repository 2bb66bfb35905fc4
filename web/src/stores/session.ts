import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { LOGIN, ME, type User } from '../graphql/auth';
import { mutate, query, readToken, setUnauthenticatedHandler, writeToken } from '../graphql/client';
import { router } from '../router';

/** The logged-in user: the token in localStorage, `me` from the server. */
export const useSessionStore = defineStore('session', () => {
  const token = ref<string | null>(readToken());
  const me = ref<User | null>(null);
  const loggedIn = computed(() => token.value !== null);

  async function login(username: string, password: string): Promise<void> {
    const data = await mutate(LOGIN, { username, password });
    writeToken(data.login.token);
    token.value = data.login.token;
    await loadMe();
  }

  async function loadMe(): Promise<User | null> {
    if (!token.value) return null;
    const data = await query(ME);
    me.value = data.me;
    return me.value;
  }

  function logout(): void {
    writeToken(null);
    token.value = null;
    me.value = null;
    if (router.currentRoute.value.name !== 'login') void router.push({ name: 'login' });
  }

  setUnauthenticatedHandler(logout);
  return { token, me, loggedIn, login, loadMe, logout };
});
