import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SkipLink } from '@/components/layout/SkipLink';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Metadata');
  return { title: t('title'), description: t('description') };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f141a' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('Layout')]);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <SkipLink label={t('skipToContent')} />
          <SiteHeader
            brand={t('brand')}
            navLabel={t('navLabel')}
            menuLabel={t('menu')}
            items={[
              { href: '/#how-it-works', label: t('nav.howItWorks') },
              { href: '/#teachers', label: t('nav.teachers') },
              { href: '/#students', label: t('nav.students') },
            ]}
          />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter text={t('footer')} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
