'use client';

// The header's language menu: a native <select> (the phone's own picker, the keyboard's arrows), each language named
// in itself. A choice is sent to POST /api/locale, which sets this device's cookie and stores it on the account of
// whoever is signed in; the same page is then drawn again in the new language.
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { isSupportedLocale, LOCALE_NAMES, SUPPORTED_LOCALES, type Locale } from '@/lib/i18n/locales';
import { forgetCachedPages } from '@/lib/pwa/offline';
import { keepPageOffline } from '@/lib/pwa/keep-page-offline';
import styles from './LanguageSwitcher.module.css';

async function sendChoice(locale: Locale): Promise<boolean> {
  try {
    const response = await fetch('/api/locale', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale }) });
    return response.ok;
  } catch {
    return false;
  }
}

export function LanguageSwitcher({ locale, label, failedText }: { locale: Locale; label: string; failedText: string }) {
  const router = useRouter();
  const id = useId();
  // The language chosen and not yet drawn; the page's own language again once it is (or when sending failed).
  const [chosen, setChosen] = useState<Locale | null>(null);
  const [drawnIn, setDrawnIn] = useState(locale);
  const [failed, setFailed] = useState(false);
  if (drawnIn !== locale) {
    setDrawnIn(locale);
    setChosen(null);
  }
  // Choices are sent one after another: arrowing through the options sends several, and the last must win.
  const sending = useRef(Promise.resolve());
  const latest = useRef<Locale | null>(null);

  const choose = (value: string) => {
    if (!isSupportedLocale(value)) return;
    setChosen(value);
    setFailed(false);
    latest.current = value;
    sending.current = sending.current.then(async () => {
      if (latest.current !== value) return;
      if (!(await sendChoice(value))) {
        if (latest.current === value) {
          setChosen(null);
          setFailed(true);
        }
        return;
      }
      if (latest.current !== value) return;
      // Pages kept for offline use are kept per language (lib/pwa/offline.ts's pageCacheKey) where the worker can
      // read the cookie; where it cannot, a copy in the old language must not be shown offline: forget them.
      if (!('cookieStore' in globalThis)) await forgetCachedPages().catch(() => undefined);
      keepPageOffline(window.location);
      router.refresh();
    });
  };

  return (
    <div className={styles.switcher}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className={styles.select}
        value={chosen ?? locale}
        onChange={(event) => choose(event.target.value)}
        // The note covers the top of the page: it goes when the person moves on.
        onBlur={() => setFailed(false)}
        aria-describedby={failed ? `${id}-failed` : undefined}
      >
        {SUPPORTED_LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
      {/* A live region, but not role="status": the header is on every page, and a page's own status message (a
          saved password, a synced review) must stay the one status there is. */}
      <p id={`${id}-failed`} aria-live="polite" className={failed ? styles.failed : 'visually-hidden'}>
        {failed ? failedText : ''}
      </p>
    </div>
  );
}
