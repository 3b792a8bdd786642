import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LocaleDataGate } from '@/components/i18n/LocaleDataGate';
import { SignOutButton } from '@/components/auth/SignOutButton';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { LanguageSwitcher } from '@/components/layout/LanguageSwitcher';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SkipLink } from '@/components/layout/SkipLink';
import { ServiceWorkerRegistration } from '@/components/pwa/ServiceWorkerRegistration';
import { getActor } from '@/lib/auth/current-actor';
import { clientMessages } from '@/lib/i18n/client-messages';
import { DEFAULT_LOCALE, isSupportedLocale } from '@/lib/i18n/locales';
import { DARK_BACKGROUND, LIGHT_BACKGROUND } from '@/lib/pwa/brand-colors';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const [t, tl] = await Promise.all([getTranslations('Metadata'), getTranslations('Layout')]);
  // The web app manifest (app/manifest.ts) is linked by Next; iOS reads these instead.
  return { title: t('title'), description: t('description'), applicationName: tl('brand'), appleWebApp: { capable: true, title: tl('brand') } };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: LIGHT_BACKGROUND },
    { media: '(prefers-color-scheme: dark)', color: DARK_BACKGROUND },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, tp, actor, messages] = await Promise.all([getLocale(), getTranslations('Layout'), getTranslations('Progress'), getActor(), getMessages()]);
  const items = actor
    ? [
        { href: '/home', label: t('nav.home') },
        ...(actor.role === 'TEACHER'
          ? [
              { href: '/decks', label: t('nav.decks') },
              { href: '/quizzes', label: t('nav.quizzes') },
            ]
          : [
              { href: '/study', label: t('nav.study') },
              { href: '/progress', label: tp('nav') },
            ]),
      ]
    : [
        { href: '/#how-it-works', label: t('nav.howItWorks') },
        { href: '/sign-in', label: t('nav.signIn') },
        { href: '/sign-up', label: t('nav.signUp') },
      ];
  return (
    <html lang={locale}>
      <body>
        {/* The gate waits, in a browser without the language's Intl data, for that data before anything formats.
            No Suspense boundary around it: one here would start every page streaming before its redirect() or
            notFound(), which would then be sent as a 200 page that redirects itself. Hydration waits at the root. */}
        <LocaleDataGate locale={locale}>
          <NextIntlClientProvider messages={clientMessages(messages)}>
            <SkipLink label={t('skipToContent')} />
            <SiteHeader
              brand={t('brand')}
              navLabel={t('navLabel')}
              menuLabel={t('menu')}
              brandHref={actor ? '/home' : '/'}
              items={items}
              trailing={actor ? <SignOutButton label={t('signOut')} /> : undefined}
              languageSwitcher={
                <LanguageSwitcher locale={isSupportedLocale(locale) ? locale : DEFAULT_LOCALE} label={t('language')} failedText={t('languageFailed')} />
              }
            />
            <main id="main" tabIndex={-1}>
              {children}
            </main>
            <SiteFooter text={t('footer')} />
            <ServiceWorkerRegistration />
          </NextIntlClientProvider>
        </LocaleDataGate>
      </body>
    </html>
  );
}
