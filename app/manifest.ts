// GET /manifest.webmanifest: what a phone needs to install Parta as an app that opens on the student's home.
import type { MetadataRoute } from 'next';
import { getTranslations } from 'next-intl/server';
import { APP_ICONS, appIconUrl } from '@/lib/pwa/app-icons';
import { LIGHT_BACKGROUND } from '@/lib/pwa/brand-colors';

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const [tl, tm] = await Promise.all([getTranslations('Layout'), getTranslations('Metadata')]);
  return {
    id: '/home',
    name: tl('brand'),
    short_name: tl('brand'),
    description: tm('description'),
    start_url: '/home',
    scope: '/',
    display: 'standalone',
    // The page's own background (the layout's light theme-color), so the splash screen and the first page match.
    background_color: LIGHT_BACKGROUND,
    theme_color: LIGHT_BACKGROUND,
    icons: APP_ICONS.map((icon) => ({ src: appIconUrl(icon), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  };
}
