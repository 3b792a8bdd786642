// The iPhone home-screen icon (Safari takes it over the manifest's icons): full bleed, iOS rounds the corners itself.
import { drawAppIcon } from '@/lib/pwa/app-icons';

export const size = { width: 180, height: 180 };
export const contentType = 'image/png';

export default function AppleIcon() {
  return drawAppIcon(size.width, 'maskable');
}
