import { Button, ButtonGroup, Heading2, Heading3, OrderedList, OrderedListItem, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import type { RegelingForm } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert, Loading } from '../../shared/components/status';
import type { Answers } from '../../shared/rjsf/form-model';
import { RegelingPageForm } from '../../shared/rjsf/regeling-page-form';

/**
 * "Voorbeeld": the form as residents will get it, in the chosen language, from the same endpoint
 * Mijn loket uses (a draft is shown to a functional administrator only): its steps, its documents,
 * and the form itself to try out.
 */
export function VersionPreview(props: { regelingId: string; version: number; refresh: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'nl';
  const form = useApi(
    (signal) => api.get<RegelingForm>(`/api/regelingen/${encodeURIComponent(props.regelingId)}/versions/${props.version}/form?lang=${lang}`, { signal }),
    `${props.regelingId}:${props.version}:${lang}:${props.refresh}`,
  );

  const required = (value: boolean | Record<string, unknown>) =>
    value === true ? t('regelingen.preview.required') : value === false ? t('regelingen.preview.optional') : t('regelingen.preview.sometimes');

  return (
    <section className="eenloket-section" aria-labelledby="versie-voorbeeld">
      <Heading2 id="versie-voorbeeld">{t('regelingen.preview.heading')}</Heading2>
      {form.loading && <Loading />}
      {form.error && <ErrorAlert error={form.error} />}
      {form.data && (
        <>
          <Paragraph>{t('regelingen.preview.intro', { name: form.data.name, label: form.data.label, weeks: form.data.decisionTermWeeks })}</Paragraph>
          <Heading3>{t('regelingen.preview.pages')}</Heading3>
          <OrderedList>
            {form.data.pages.map((page) => (
              <OrderedListItem key={page.id}>
                <strong>{page.title}</strong>
                {page.intro && <> {page.intro}</>}
                {page.when && <> {t('regelingen.preview.when')}</>}
              </OrderedListItem>
            ))}
          </OrderedList>
          <Heading3>{t('regelingen.preview.evidence')}</Heading3>
          {form.data.evidence.length === 0 ? (
            <Paragraph>{t('regelingen.preview.noEvidence')}</Paragraph>
          ) : (
            <UnorderedList>
              {form.data.evidence.map((e) => (
                <UnorderedListItem key={e.id}>
                  <strong>{e.title}</strong> ({required(e.required)}, {t('regelingen.preview.maxFiles', { count: e.maxFiles })}). {e.help}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          <TryForm key={`${lang}:${props.refresh}`} form={form.data} />
        </>
      )}
    </section>
  );
}

/**
 * The form itself, page by page, with the same widgets and checks as in Mijn loket. Nothing is
 * sent: "Volgende stap" only runs the browser's checks and shows the next page.
 */
function TryForm(props: { form: RegelingForm }) {
  const { t } = useTranslation();
  const { pages } = props.form;
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, Answers>>({});
  const page = pages[index];
  if (!page) return null;
  return (
    <div className="eenloket-card">
      <Heading3>{t('regelingen.preview.tryHeading')}</Heading3>
      <Paragraph>{t('regelingen.preview.tryIntro')}</Paragraph>
      <Paragraph>
        <strong>{t('regelingen.preview.tryStep', { step: index + 1, total: pages.length, title: page.title })}</strong>
      </Paragraph>
      {page.intro && <Paragraph>{page.intro}</Paragraph>}
      <RegelingPageForm
        key={page.id}
        form={props.form}
        pageId={page.id}
        answers={answers[page.id] ?? {}}
        onChange={(next) => setAnswers((all) => ({ ...all, [page.id]: next }))}
        onSubmit={() => setIndex((i) => Math.min(i + 1, pages.length - 1))}
      >
        <ButtonGroup>
          {index > 0 && (
            <Button appearance="secondary-action-button" onClick={() => setIndex((i) => i - 1)}>
              {t('regelingen.preview.tryPrevious')}
            </Button>
          )}
          {index < pages.length - 1 && (
            <Button type="submit" appearance="primary-action-button">
              {t('regelingen.preview.tryNext')}
            </Button>
          )}
        </ButtonGroup>
      </RegelingPageForm>
    </div>
  );
}
