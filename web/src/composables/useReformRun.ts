import { ref, shallowRef } from 'vue';
import { client, query } from '../graphql/client';
import { REFORM, REFORM_PROGRESS, type ReformArgs, type ReformData } from '../graphql/reform';
import { runId } from '../model/reform';

const POLL_MS = 400;

/** Runs a reform simulation, asking for its progress while it runs (a fraction, or null before the server knows). */
export function useReformRun() {
  const data = shallowRef<ReformData | null>(null);
  const running = ref(false);
  const progress = ref<number | null>(null);
  const error = ref('');

  async function run(args: ReformArgs): Promise<void> {
    const id = runId();
    running.value = true;
    progress.value = null;
    error.value = '';
    const timer = setInterval(async () => {
      const result = await client.query(REFORM_PROGRESS, { runId: id }, { requestPolicy: 'network-only' }).toPromise();
      const p = result.data?.reformProgress;
      if (p && running.value) progress.value = p.villages ? p.done / p.villages : 1;
    }, POLL_MS);
    try {
      data.value = (await query(REFORM, { ...args, runId: id })).reformSimulation;
      progress.value = 1;
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    } finally {
      clearInterval(timer);
      running.value = false;
    }
  }
  return { data, running, progress, error, run };
}
