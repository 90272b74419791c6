import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationDocument, RegelingForm } from '../../shared/api/types';
import { answerText } from '../../shared/rjsf/answer-text';
import { formTexts } from '../../shared/rjsf/form-context';
import { questionsOf, visiblePagesOf, type Answers, type FormData } from '../../shared/rjsf/form-model';
import { DocumentList } from './document-upload';

/**
 * Every answer per page, as the resident gave it (or the registry filled it in), and the documents.
 * With `editPath` each page gets a "Wijzigen" link back to its step.
 */
export function AnswersSummary(props: {
  form: RegelingForm;
  data: FormData;
  documents: ApplicationDocument[];
  applicationId: string;
  editPath?: (step: string) => string;
  /** Heading level of each page's title (2 on the summary step, 3 inside a section). */
  level?: 2 | 3;
  showDocuments?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const texts = formTexts(i18n.language);
  const { form, data } = props;
  const Heading = props.level === 3 ? Heading3 : Heading2;
  const pages = visiblePagesOf(form, data);
  return (
    <>
      {pages.map((pageId) => {
        const page = form.pages.find((p) => p.id === pageId)!;
        const answers = (data[pageId] ?? {}) as Answers;
        const headingId = `samenvatting-${pageId}`;
        return (
          <section key={pageId} className="eenloket-summary-section" aria-labelledby={headingId}>
            <div className="eenloket-summary-section__header">
              <Heading id={headingId}>{page.title}</Heading>
              {props.editPath && (
                <Link to={props.editPath(pageId)} className="utrecht-link utrecht-link--html-a">
                  {t('summary.change')}
                  <span className="eenloket-visually-hidden"> {page.title}</span>
                </Link>
              )}
            </div>
            <DataList>
              {questionsOf(form, pageId, answers).map(({ name, schema }) => (
                <DataListItem key={name}>
                  <DataListKey>{typeof schema.title === 'string' ? schema.title : name}</DataListKey>
                  <DataListValue>{answerText(schema, answers[name], texts, i18n.language)}</DataListValue>
                </DataListItem>
              ))}
            </DataList>
          </section>
        );
      })}
      {props.showDocuments !== false && form.evidence.length > 0 && (
        <section className="eenloket-summary-section" aria-labelledby="samenvatting-bewijs">
          <div className="eenloket-summary-section__header">
            <Heading id="samenvatting-bewijs">{t('documents.title')}</Heading>
            {props.editPath && (
              <Link to={props.editPath('bewijsstukken')} className="utrecht-link utrecht-link--html-a">
                {t('summary.change')}
                <span className="eenloket-visually-hidden"> {t('documents.title')}</span>
              </Link>
            )}
          </div>
          {props.documents.length === 0 && <Paragraph>{t('summary.noDocuments')}</Paragraph>}
          {form.evidence
            .filter((e) => props.documents.some((d) => d.evidenceId === e.id))
            .map((e) => (
              <div key={e.id}>
                <Paragraph>
                  <strong>{e.title}</strong>
                </Paragraph>
                <DocumentList documents={props.documents.filter((d) => d.evidenceId === e.id)} applicationId={props.applicationId} caption={e.title} />
              </div>
            ))}
        </section>
      )}
    </>
  );
}
