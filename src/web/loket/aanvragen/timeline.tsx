import { useTranslation } from 'react-i18next';
import type { Application } from '../../shared/api/types';
import { formatLongDate } from '../../shared/format/format-text';

interface Milestone {
  key: string;
  date: string | undefined;
  state: 'done' | 'current' | 'todo';
}

/**
 * Where the application stands: ontvangen → in behandeling → (aanvullende informatie) → besluit,
 * with dates from the application's events. Before "ontvangen" a co-signed application first waits
 * for the partner's signature.
 */
export function milestonesOf(a: Application): Milestone[] {
  const at = (type: string) => a.events.filter((e) => e.type === type).at(-1)?.occurredAt;
  const order = ['medeondertekening', 'ontvangen', 'in-behandeling', 'aanvullende-informatie', 'besluit'];
  const position = order.indexOf(a.status);
  const reached = (key: string) => position >= order.indexOf(key);
  const list: Milestone[] = [];
  if (a.cosign.required) list.push({ key: 'medeondertekening', date: at('medeondertekend'), state: a.cosign.cosignedAt ? 'done' : 'current' });
  list.push({ key: 'ontvangen', date: a.receivedAt ?? at('ontvangen'), state: a.receivedAt ? 'done' : 'todo' });
  list.push({ key: 'in-behandeling', date: at('in-behandeling'), state: a.status === 'in-behandeling' ? 'current' : reached('in-behandeling') || at('in-behandeling') ? 'done' : 'todo' });
  if (at('informatie-gevraagd') || a.status === 'aanvullende-informatie') {
    list.push({ key: 'aanvullende-informatie', date: at('informatie-gevraagd'), state: a.status === 'aanvullende-informatie' ? 'current' : 'done' });
  }
  list.push({ key: 'besluit', date: at('besluit'), state: a.status === 'besluit' ? 'done' : 'todo' });
  if (a.status === 'ontvangen') list.find((m) => m.key === 'ontvangen')!.state = 'done';
  return list;
}

export function Timeline(props: { application: Application }) {
  const { t, i18n } = useTranslation();
  const milestones = milestonesOf(props.application);
  return (
    <ol className="eenloket-timeline">
      {milestones.map((m) => (
        <li key={m.key} className={`eenloket-timeline__item eenloket-timeline__item--${m.state}`} aria-current={m.state === 'current' ? 'step' : undefined}>
          <span className="eenloket-timeline__title">{t(`timeline.${m.key}`)}</span>
          <span className="eenloket-timeline__state">
            {m.state === 'done' && m.date ? t('timeline.doneOn', { date: formatLongDate(m.date, i18n.language) }) : t(`timeline.state.${m.state}`)}
          </span>
        </li>
      ))}
    </ol>
  );
}
