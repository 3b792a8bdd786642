// next-intl's per-request configuration: which locale (request-locale.ts), which messages, which time zone.
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_TIME_ZONE } from './locales.ts';
import { localeOfRequest } from './request-locale.ts';

export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = await localeOfRequest(cookieStore.getAll(), headerList.get('accept-language'));
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, messages, timeZone: DEFAULT_TIME_ZONE };
});
