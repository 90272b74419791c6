import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from './page-heading';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('common.notFoundTitle')}>{t('common.notFoundTitle')}</PageHeading>
      <Paragraph>{t('common.notFoundText')}</Paragraph>
      <Paragraph>
        <Link to="/" className="utrecht-link utrecht-link--html-a">
          {t('common.toHome')}
        </Link>
      </Paragraph>
    </>
  );
}
