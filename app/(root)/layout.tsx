import type { Metadata, Viewport } from 'next';
import '../globals.css';

export const metadata: Metadata = {
  title: 'Annuaire des CSIRT · CSIRT directory',
  description: 'Trouver et joindre une équipe de réponse aux incidents. Find and reach a computer security incident response team.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light dark' };

/** Root layout of "/" only: a bilingual page, so its html is marked French and its English parts lang="en". */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body className="min-h-screen bg-gray-50 font-sans text-gray-900 antialiased dark:bg-gray-950 dark:text-gray-100">{children}</body>
    </html>
  );
}
