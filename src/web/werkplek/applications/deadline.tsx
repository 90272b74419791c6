import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/format/format';

/** From this many days left the deadline is shown as a warning: enough time to still decide. */
export const WARNING_DAYS = 7;

/**
 * How much time is left to decide: "Nog 40 dagen", a warning when close, a danger badge when
 * overdue, and "Termijn staat stil" while the applicant is asked for information. The words carry
 * the meaning; the colour only supports it (WCAG 1.4.1).
 */
export function DaysLeft(props: { daysLeft: number | null; suspended: boolean }) {
  const { t } = useTranslation();
  if (props.suspended) return <StatusBadge status="neutral">{t('applications.deadline.suspended')}</StatusBadge>;
  if (props.daysLeft === null) return <>{t('applications.deadline.none')}</>;
  if (props.daysLeft < 0) return <StatusBadge status="danger">{t('applications.deadline.overdue', { count: -props.daysLeft })}</StatusBadge>;
  if (props.daysLeft === 0) return <StatusBadge status="danger">{t('applications.deadline.today')}</StatusBadge>;
  if (props.daysLeft <= WARNING_DAYS) return <StatusBadge status="warning">{t('applications.deadline.soon', { count: props.daysLeft })}</StatusBadge>;
  return <>{t('applications.deadline.left', { count: props.daysLeft })}</>;
}

/** "15-01-2027 (nog 40 dagen)", for a data list. */
export function Deadline(props: { decisionDue: string | null; daysLeft: number | null; suspended: boolean }) {
  const { t } = useTranslation();
  if (!props.decisionDue) return <>{t('applications.deadline.none')}</>;
  return (
    <>
      {formatDate(props.decisionDue)} <DaysLeft daysLeft={props.daysLeft} suspended={props.suspended} />
    </>
  );
}
