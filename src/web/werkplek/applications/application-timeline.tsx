import { Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ApplicationEvent } from '../../shared/api/types';
import { formatDate, formatDateTime } from '../../shared/format/format';

/** What happened to the application, oldest first (as the server records it). */
export function ApplicationTimeline(props: { events: ApplicationEvent[] }) {
  const { t } = useTranslation();
  const detail = (event: ApplicationEvent): string | undefined => {
    const { dueDate, decisionDue, termResumed } = event.details;
    if (event.type === 'informatie-gevraagd' && typeof dueDate === 'string') return t('applications.events.dueDate', { date: formatDate(dueDate) });
    if (event.type === 'ontvangen' && typeof decisionDue === 'string') return t('applications.events.decisionDue', { date: formatDate(decisionDue) });
    if (event.type === 'informatie-ontvangen' && termResumed === true) return t('applications.events.termResumed');
    return undefined;
  };

  return (
    <section className="eenloket-section" aria-labelledby="aanvraag-tijdlijn">
      <Heading2 id="aanvraag-tijdlijn">{t('applications.events.heading')}</Heading2>
      {props.events.length === 0 ? (
        <Paragraph>{t('applications.events.none')}</Paragraph>
      ) : (
        <OrderedList className="eenloket-timeline">
          {props.events.map((event, i) => {
            const extra = detail(event);
            return (
              <OrderedListItem key={`${event.occurredAt}-${i}`}>
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>: {t(`applications.events.types.${event.type}`, { defaultValue: event.type })} (
                {t(`applications.actors.${event.actorType}`, { defaultValue: event.actorType })}){extra ? `. ${extra}` : ''}
              </OrderedListItem>
            );
          })}
        </OrderedList>
      )}
    </section>
  );
}
