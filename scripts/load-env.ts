// Scripts read .env, .env.local and friends exactly as Next does, so one file configures both.
import nextEnv from '@next/env';

export const projectRoot = process.cwd();
nextEnv.loadEnvConfig(projectRoot, process.env.NODE_ENV !== 'production', { info: () => {}, error: console.error });
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
