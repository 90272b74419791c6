import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shared/layout/page-heading';
import { useSession } from '../../shared/session/session-context';
import { can } from '../permissions';
import { AuditSearch } from './audit-search';
import { AuditVerify } from './audit-verify';

/** The auditor searches the trail; auditor and functioneel beheerder can verify the hash chain. */
export function AuditPage() {
  const { t } = useTranslation();
  const { principal } = useSession();
  return (
    <>
      <PageHeading title={t('audit.title')}>{t('audit.heading')}</PageHeading>
      <Paragraph>{t('audit.intro')}</Paragraph>
      {can(principal, 'auditVerify') && <AuditVerify />}
      {can(principal, 'auditRead') && <AuditSearch />}
    </>
  );
}
