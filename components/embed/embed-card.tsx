import type { Team } from '@/lib/profile/load';
import { dict, type UiLang } from '@/lib/i18n';
import { formatFingerprint } from '@/lib/keys/fingerprint';
import { contactModel } from '@/lib/contact/model';
import { aroundTheClockSentence, conditionWords } from '@/lib/contact/say';
import { mailtoHref } from '@/lib/contact/mailto';

/**
 * The embeddable contact card: a whole HTML document with no JavaScript, one
 * small stylesheet, light and dark. Rendered to static markup by the build
 * (scripts/build.ts), outside Next, so it ships no framework runtime.
 */
export function EmbedCard({ team, lang, permalink, css }: { team: Team; lang: UiLang; permalink: string; css: string }) {
  const t = dict(lang);
  const p = team.profile;
  const model = contactModel(p);
  const phones = model.phone.numbers;
  const atc = model.aroundTheClock;
  const key = p.pgp_keys[0];
  const email = model.incident.address;
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="robots" content="noindex" />
        <title>{`${p.name.official} · ${t.siteName}`}</title>
        <link rel="stylesheet" href={css} />
      </head>
      <body>
        <main className="card">
          <h1 lang={p.document.lang}>
            <a href={permalink} target="_blank" rel="noopener">{p.name.official}</a>
          </h1>
          {atc && <p className="ok">{aroundTheClockSentence(atc, t)}</p>}
          <dl>
            <dt>{model.incident.stated ? t.incidentEmail : t.emails}</dt>
            <dd><a href={mailtoHref(email, model.urgentSubject?.tag)} target="_top">{email}</a></dd>
            <dt>{t.phone}</dt>
            <dd>
              {phones.length
                ? phones.map((n) => {
                    const limits = [t.contact.phoneRoles[n.role], ...conditionWords(n.conditions, t)].join(' · ');
                    return (
                      <span key={n.e164} className="line">
                        <a href={`tel:${n.e164}`} target="_top">{n.display}</a> ({limits})
                      </span>
                    );
                  })
                : model.phone.status === 'not-public' ? t.notPublic : model.phone.status === 'none' ? t.noneStated : t.notStated}
            </dd>
            {key && (
              <>
                <dt>{t.fingerprint}</dt>
                <dd><code>{formatFingerprint(key.fingerprint)}</code></dd>
              </>
            )}
          </dl>
          <p className="via"><a href={permalink} target="_blank" rel="noopener">{t.siteName}</a></p>
        </main>
      </body>
    </html>
  );
}
