// Every endpoint of the fast lane. The access matrix and the malformed-input fuzz enumerate this list as they
// enumerate route handlers and server actions, so an endpoint added here without its rows fails them.
import { readAttempt, saveAnswerBatch, saveOneAnswer, startOwnAttempt, submitOwnAttempt } from './endpoints/attempts.ts';
import { reviewSync } from './endpoints/review-sync.ts';
import type { FastEndpoint } from './types.ts';

export const FAST_LANE_ENDPOINTS: readonly FastEndpoint[] = [reviewSync, readAttempt, saveAnswerBatch, saveOneAnswer, submitOwnAttempt, startOwnAttempt];

/** "<METHOD> <path>" of each endpoint, the name tests give it. */
export function endpointName(endpoint: Pick<FastEndpoint, 'method' | 'path'>): string {
  return `${endpoint.method} ${endpoint.path}`;
}
