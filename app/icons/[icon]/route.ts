// GET /icons/<file>: the PNG app icons of the web app manifest (lib/pwa/app-icons.ts), drawn once when Next
// builds and then served as static files; any other name is a 404.
import { APP_ICONS, drawAppIcon } from '@/lib/pwa/app-icons';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return APP_ICONS.map((icon) => ({ icon: icon.file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ icon: string }> }) {
  const { icon: file } = await params;
  const icon = APP_ICONS.find((candidate) => candidate.file === file);
  if (!icon) return new Response(null, { status: 404 });
  return drawAppIcon(icon.size, icon.purpose);
}
