import Link from 'next/link';

/** Answers as big links: the questions work without JavaScript and with one tap. */
export function ChoiceList({ choices, testId }: { choices: { href: string; label: string; lang?: string }[]; testId: string }) {
  return (
    <ul className="mt-4 grid gap-2 sm:grid-cols-2" data-testid={testId}>
      {choices.map((c) => (
        <li key={c.href}>
          <Link href={c.href} lang={c.lang} className="flex min-h-12 items-center rounded-lg border-2 border-blue-700 bg-white px-4 py-2 text-lg font-semibold text-blue-900 hover:bg-blue-50 dark:border-blue-400 dark:bg-gray-900 dark:text-blue-100 dark:hover:bg-gray-800">
            {c.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
