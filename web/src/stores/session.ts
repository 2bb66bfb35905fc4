import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { CHANGE_PASSWORD, LOGIN, LOGOUT, ME, type User } from '../graphql/auth';
import { mutate, query, setUnauthenticatedHandler } from '../graphql/client';
import { router } from '../router';
import { hasSession, rememberSession } from './sessionHint';

/** The logged-in user: the session in the server's HttpOnly cookie, its expiry here, `me` from the server. */
export const useSessionStore = defineStore('session', () => {
  const active = ref(hasSession());
  const me = ref<User | null>(null);
  const loggedIn = computed(() => active.value);

  async function login(username: string, password: string): Promise<void> {
    const data = await mutate(LOGIN, { username, password });
    rememberSession(data.login.expiresAt);
    active.value = true;
    await loadMe();
  }

  async function loadMe(): Promise<User | null> {
    if (!active.value) return null;
    const data = await query(ME);
    me.value = data.me;
    if (!data.me) ended();
    return me.value;
  }

  async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const data = await mutate(CHANGE_PASSWORD, { currentPassword, newPassword });
    rememberSession(data.changePassword.expiresAt);
  }

  /** Ends the session on the server (every session of the user) and here. */
  async function logout(): Promise<void> {
    await mutate(LOGOUT).catch(() => undefined);
    ended();
  }

  /** The server no longer knows the session (expired, revoked): forget it and go to the login page. */
  function ended(): void {
    rememberSession(null);
    active.value = false;
    me.value = null;
    if (router.currentRoute.value.name !== 'login') void router.push({ name: 'login' });
  }

  setUnauthenticatedHandler(ended);
  return { me, loggedIn, login, loadMe, changePassword, logout };
});
