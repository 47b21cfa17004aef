import { routes } from '@/lib/site/routes';
import type { TeamKeys } from '@/lib/profile/keys';
import { dict, formatDate } from '@/lib/i18n';
import { fill } from '@/lib/i18n/fill';
import type { UiLang } from '@/lib/i18n/ui-lang';
import { verifyButtonStrings } from '@/lib/verify/strings';
import { VerifyButton } from '@/components/verify/verify-button.client';

const link = 'text-blue-700 underline dark:text-blue-300';

/** The team's signed files, each with a browser-side "verify" against the key the directory holds. */
export function SignedFiles({ slug, keys, fingerprint, lang }: { slug: string; keys: TeamKeys; fingerprint: string | null; lang: UiLang }) {
  const t = dict(lang);
  const strings = verifyButtonStrings(lang);
  const signed = keys.files.documents.filter((d) => d.signatures.length > 0);
  const href = (name: string) => routes.file(slug, name);
  return (
    <section aria-labelledby="signed-heading" className="mt-8" data-testid="signed-files">
      <h2 id="signed-heading" className="text-xl font-bold">{t.signedFiles}</h2>
      {signed.length === 0 ? (
        <p>{t.noSignedFiles}</p>
      ) : (
        <>
          <p className="text-sm text-gray-700 dark:text-gray-300">{t.signedFilesIntro}</p>
          <noscript><p className="font-medium">{t.verifyNeedsJs}</p></noscript>
          <ul className="mt-2 space-y-4">
            {signed.flatMap((doc) =>
              doc.signatures.map((sig) => (
                <li key={sig} data-testid="signed-file" data-file={doc.name}>
                  <a href={href(doc.name)} className={`${link} font-mono`}>{doc.name}</a> ·{' '}
                  <a href={href(sig)} className={`${link} font-mono`}>{t.signatureFile} ({sig})</a>
                  {(() => {
                    const check = keys.checks.find((c) => c.signature === sig);
                    return check ? (
                      <p className={`mt-1 text-sm ${check.verdict === 'valid' ? 'text-green-800 dark:text-green-300' : 'font-semibold text-red-800 dark:text-red-300'}`} data-testid="build-check" data-verdict={check.verdict}>
                        {fill(t.buildCheck, { date: formatDate(keys.asOf, lang) })}{check.explanation[lang]}
                      </p>
                    ) : null;
                  })()}
                  {keys.files.key && fingerprint ? (
                    <VerifyButton dataHref={href(doc.name)} signatureHref={href(sig)} keyHref={href(keys.files.key)} expectFingerprint={fingerprint} lang={lang} strings={strings} />
                  ) : (
                    <p>{t.verifyNeedsKey}</p>
                  )}
                </li>
              )),
            )}
          </ul>
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer font-medium">{t.whatItProves}</summary>
            <p className="mt-1">{t.whatItProvesText}</p>
          </details>
          <p className="mt-2 text-sm"><a className={link} href={routes.verify(lang)}>{t.verifyPageLink}</a></p>
        </>
      )}
    </section>
  );
}
