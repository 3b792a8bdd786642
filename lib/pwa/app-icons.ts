// The PNG app icons the web app manifest lists, drawn from app/icon.svg when Next builds (app/icons/[icon]/route.ts,
// app/apple-icon.ts): one picture, no image files to keep in step, no network.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { createElement } from 'react';
import { ACCENT } from './brand-colors.ts';

export interface AppIcon {
  file: string;
  size: number;
  /** any: the icon as drawn, rounded corners and all. maskable: full bleed, for launchers that cut their own shape. */
  purpose: 'any' | 'maskable';
}

export const APP_ICONS: readonly AppIcon[] = [
  { file: '192.png', size: 192, purpose: 'any' },
  { file: '512.png', size: 512, purpose: 'any' },
  { file: 'maskable-512.png', size: 512, purpose: 'maskable' },
];

export const appIconUrl = (icon: AppIcon) => `/icons/${icon.file}`;

/** A launcher may cut a maskable icon down to the central circle of 80 % of its width; the letter stays inside. */
const MASKABLE_ARTWORK_SHARE = 0.8;

function iconSvg(): Buffer {
  return fs.readFileSync(path.join(process.cwd(), 'app', 'icon.svg'));
}

/** Changes exactly when the pictures do, so a phone fetches the icons again only then. */
export function appIconRevision(): string {
  return createHash('sha256').update(iconSvg()).update(JSON.stringify(APP_ICONS)).digest('hex').slice(0, 16);
}

/** The icon as a PNG: app/icon.svg as is, or for a full-bleed icon on the icon's own blue, scaled into the safe zone. */
export function drawAppIcon(size: number, purpose: AppIcon['purpose']): ImageResponse {
  const src = `data:image/svg+xml;base64,${iconSvg().toString('base64')}`;
  const artwork = purpose === 'maskable' ? Math.round(size * MASKABLE_ARTWORK_SHARE) : size;
  const picture = createElement(
    'div',
    { style: { display: 'flex', width: '100%', height: '100%', alignItems: 'center', justifyContent: 'center', background: purpose === 'maskable' ? ACCENT : 'transparent' } },
    createElement('img', { src, width: artwork, height: artwork, alt: '' }),
  );
  return new ImageResponse(picture, { width: size, height: size });
}
