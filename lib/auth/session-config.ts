/** A session lasts two weeks from sign-in; school devices are shared, so it is not renewed silently. */
export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;
