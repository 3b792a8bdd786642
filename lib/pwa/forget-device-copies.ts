// A shared phone changes hands: when someone signs in or out, what the last person left on the device for offline
// use goes — the cached pages and the study memories — so the next person cannot read it.
import { forgetStudyMemories } from '../study/device-store.ts';
import { forgetCachedPages } from './offline.ts';

export async function forgetDeviceCopies(): Promise<void> {
  // Best effort: a browser that refuses storage access must not stop anyone signing in or out.
  await Promise.allSettled([forgetCachedPages(), forgetStudyMemories()]);
}
