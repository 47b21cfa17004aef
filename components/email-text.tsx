import { Fragment } from 'react';

/**
 * An e-mail address that wraps only after "@" and ".", never inside a word,
 * so a long address on a phone reads "cyberassistance@ / paysdelaloire.fr".
 * No dependency and no hook: used by server pages and islands alike.
 */
export function EmailText({ address }: { address: string }) {
  const parts = address.split(/(?<=[@.])/);
  return (
    <span className="[overflow-wrap:normal] [word-break:normal]">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </span>
  );
}
