import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import { ApiError } from '../../shared/api/problem';
import type { RegelingForm, SaveDraftResult, StaffApplication } from '../../shared/api/types';
import { ErrorAlert } from '../../shared/components/status';
import { answersToSave, type Answers } from '../../shared/rjsf/form-model';
import { RegelingPageForm, type FieldError } from '../../shared/rjsf/regeling-page-form';

/**
 * One page of the form, as the resident has it in Mijn loket, filled in from the paper form.
 * "Volgende" saves the page; answers that are not complete yet are kept, and the page's errors
 * are shown before moving on.
 */
export function PaperPageStep(props: {
  application: StaffApplication;
  form: RegelingForm;
  pageId: string;
  nextPageId: string | undefined;
  /** After a save: `moveTo` is where to go now ("next", "previous"), or undefined to stay. */
  onSaved: (next: StaffApplication, moveTo: 'next' | 'previous' | undefined) => void;
  hasPrevious: boolean;
}) {
  const { t } = useTranslation();
  const { application, form, pageId } = props;
  const page = form.pages.find((p) => p.id === pageId);
  const [answers, setAnswers] = useState<Answers>(() => (application.data[pageId] as Answers | undefined) ?? {});
  const [serverErrors, setServerErrors] = useState<FieldError[] | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);

  // "Vorige" saves too, so nothing typed is lost; only "Volgende" waits for a complete page.
  const save = async (given: Answers, direction: 'next' | 'previous') => {
    setBusy(true);
    setError(undefined);
    try {
      const toSave = answersToSave(form, pageId, given);
      const currentPage = direction === 'next' ? props.nextPageId : pageId;
      const body = { revision: application.revision, pageId, answers: toSave, ...(currentPage && { currentPage }) };
      const saved = await api.put<SaveDraftResult>(`/api/werkplek/applications/${application.id}/draft`, body);
      const next: StaffApplication = { ...application, revision: saved.revision, data: { ...application.data, [pageId]: toSave }, visiblePages: saved.visiblePages, requiredEvidence: saved.requiredEvidence };
      const complete = saved.pageErrors.length === 0;
      // Kept, but not complete: say what is missing and stay on the page.
      if (!complete && direction === 'next') setServerErrors(saved.pageErrors.map((e) => ({ name: e.name, message: e.message })));
      setBusy(false);
      props.onSaved(next, direction === 'previous' ? 'previous' : complete ? 'next' : undefined);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e);
      setBusy(false);
    }
  };

  return (
    <section className="eenloket-section" aria-labelledby={`stap-${pageId}`}>
      <Heading2 id={`stap-${pageId}`} tabIndex={-1} className="eenloket-page-heading">
        {page?.title ?? pageId}
      </Heading2>
      {page?.intro && <Paragraph>{page.intro}</Paragraph>}
      {error && <ErrorAlert error={error} />}
      <RegelingPageForm form={form} pageId={pageId} answers={answers} onChange={setAnswers} onSubmit={(given) => void save(given, 'next')} serverErrors={serverErrors}>
        <ButtonGroup>
          {props.hasPrevious && (
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => void save(answers, 'previous')}>
              {t('applications.paper.previous')}
            </Button>
          )}
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t('applications.paper.next')}
          </Button>
        </ButtonGroup>
      </RegelingPageForm>
    </section>
  );
}
