import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Application, RegelingForm } from '../../shared/api/types';
import { Loading } from '../../shared/components/status';
import { fieldLabel, fieldOrder, fieldSchema, formatAnswer, pageSchema } from './answer-labels';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The answers per form page, labelled with the titles of the form the application was made with.
 * Only pages that apply to these answers are shown (the server says which).
 */
export function ApplicationAnswers(props: { application: Application; form: RegelingForm | undefined; formLoading: boolean }) {
  const { t } = useTranslation();
  const { application, form } = props;
  const texts = { yes: t('common.yes'), no: t('common.no'), empty: t('applications.answers.empty') };
  // Until the form arrives the answers wait (their labels come from it); without a form, page ids are the fallback.
  const pages = form
    ? form.pages.filter((p) => application.visiblePages.includes(p.id))
    : props.formLoading
      ? []
      : application.visiblePages.map((id) => ({ id, title: id }));

  return (
    <section className="eenloket-section" aria-labelledby="aanvraag-antwoorden">
      <Heading2 id="aanvraag-antwoorden">{t('applications.answers.heading')}</Heading2>
      {props.formLoading && <Loading />}
      {pages.map((page) => {
        const answers = isRecord(application.data[page.id]) ? (application.data[page.id] as Record<string, unknown>) : {};
        const schema = form ? pageSchema(form.schema, page.id) : undefined;
        const keys = fieldOrder(form?.ui ?? {}, page.id, answers);
        const headingId = `antwoorden-${page.id}`;
        return (
          <section key={page.id} aria-labelledby={headingId} className="eenloket-answers-page">
            <Heading3 id={headingId}>{page.title}</Heading3>
            {keys.length === 0 ? (
              <Paragraph>{t('applications.answers.nothing')}</Paragraph>
            ) : (
              <DataList>
                {keys.map((key) => {
                  const field = fieldSchema(schema, key);
                  return (
                    <DataListItem key={key}>
                      <DataListKey>{fieldLabel(field, key)}</DataListKey>
                      <DataListValue multiline>{formatAnswer(field, answers[key], texts)}</DataListValue>
                    </DataListItem>
                  );
                })}
              </DataList>
            )}
          </section>
        );
      })}
    </section>
  );
}
