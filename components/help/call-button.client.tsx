'use client';

import type { OpenHours } from '@/lib/contact/model';
import type { OpenNowStrings } from '@/lib/i18n/island-strings';
import { fill } from '@/lib/i18n/fill';
import { openState } from '@/lib/contact/open-now';
import { useNow } from '@/components/use-now.client';

type Props = { href: string; label: string; limits: string; hours: OpenHours | null; holidays: string[]; strings: OpenNowStrings; className: string };

/**
 * The call button says on itself whether the line is open: green when it is
 * (office hours, or a 24/7 phone line), amber "Closed — opens Monday at 09:00"
 * when it is not, still callable. The conditions the team puts on calls
 * ("emergencies only") are on the button in every state, so "24/7" never
 * stands bare. Until the page runs (and without JavaScript) it is a neutral
 * button: the server cannot know the time of reading.
 */
export function CallButton({ href, label, limits, hours, holidays, strings: s, className }: Props) {
  const now = useNow();
  const state = now && hours ? openState(hours, now, holidays, 'phone') : null;
  const colour =
    state?.state === 'open' || state?.state === 'around-the-clock' ? 'bg-green-700 hover:bg-green-800' : state?.state === 'closed' ? 'bg-amber-800 hover:bg-amber-900' : 'bg-blue-800 hover:bg-blue-900';
  return (
    <a href={href} className={`${className} ${colour} flex-col`} data-testid="call" data-state={state?.state ?? 'unknown'}>
      <span>{label}</span>
      {state?.state === 'closed' && (
        <span className="text-base font-semibold" data-testid="call-closed">
          {fill(s.callClosed, { day: state.opens.today ? s.today : s.fullDays[state.opens.day], time: state.opens.time })}
        </span>
      )}
      {state?.state === 'around-the-clock' && <span className="text-base font-semibold" data-testid="call-247">{s.callOpen247}</span>}
      {limits && <span className="text-base font-semibold" data-testid="call-conditions">{limits}</span>}
    </a>
  );
}
