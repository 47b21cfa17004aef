import type { Metadata } from 'next';
import './globals.css';
import { BilingualChoice } from '@/components/bilingual-choice';

export const metadata: Metadata = {
  title: 'Page introuvable · Page not found',
  robots: { index: false },
};

/** The 404 page for every unmatched URL, in both languages (the URL may not say which). */
export default function GlobalNotFound() {
  return (
    <html lang="fr">
      <body className="min-h-screen bg-gray-50 font-sans text-gray-900 antialiased dark:bg-gray-950 dark:text-gray-100">
        <BilingualChoice heading="notFoundTitle" text="notFoundText" cta="backHome" withHelpAndSearch />
      </body>
    </html>
  );
}
