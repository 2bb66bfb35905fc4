import { computed, onMounted } from 'vue';
import { useSessionStore } from '../stores/session';
import { mayUse, rolesOf } from '../model/navigation';

/** Whether the logged-in user may use the page named `name` (navigation.ts); `me` is loaded when missing. */
export function usePageAccess(name: string) {
  const session = useSessionStore();
  onMounted(() => {
    if (!session.me) session.loadMe().catch(() => {});
  });
  const known = computed(() => session.me !== null);
  const allowed = computed(() => mayUse(session.me, { roles: rolesOf(name) }));
  return { session, known, allowed };
}
