import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveDraftResult } from '../../shared/api/types';
import { answersToSave, type Answers } from '../../shared/rjsf/form-model';
import { RegelingPageForm, type FieldError } from '../../shared/rjsf/regeling-page-form';
import { SaveStatus, StepHeader } from './step-header';
import type { WizardState } from './wizard-page';

/** One page of the regeling's form: answers are saved as the resident types and on Vorige/Volgende. */
export function FormStep(props: { wizard: WizardState; pageId: string }) {
  const { t } = useTranslation();
  const { wizard, pageId } = props;
  const { form, saver } = wizard;
  const page = form.pages.find((p) => p.id === pageId)!;
  const answers = (wizard.data[pageId] ?? {}) as Answers;
  const [serverErrors, setServerErrors] = useState<FieldError[] | undefined>();
  const [busy, setBusy] = useState<'back' | 'next' | undefined>();
  const previous = wizard.steps[wizard.stepIndex - 1];
  const next = wizard.steps[wizard.stepIndex + 1]!;
  const nextIsPage = form.pages.some((p) => p.id === next);
  // What was last sent for this page: rjsf also reports a "change" when it only re-renders.
  const lastSent = useRef<string | undefined>(undefined);
  // A second press while a save runs does nothing; the button stays focusable (no disabled).
  const moving = useRef(false);

  const send = (values: Answers, currentPage: string): Promise<SaveDraftResult | undefined> => {
    const body = answersToSave(form, pageId, values);
    lastSent.current = JSON.stringify(body);
    return saver.save({ pageId, answers: body, currentPage });
  };

  const change = (values: Answers) => {
    wizard.setPage(pageId, values);
    const body = JSON.stringify(answersToSave(form, pageId, values));
    lastSent.current ??= JSON.stringify(answersToSave(form, pageId, answers));
    if (body === lastSent.current) return;
    lastSent.current = body;
    saver.schedule({ pageId, answers: JSON.parse(body) as Answers, currentPage: pageId });
  };

  const goNext = async (values: Answers) => {
    if (moving.current) return;
    moving.current = true;
    setBusy('next');
    // The resume point is the next page of the form; evidence and summary are not pages on the server.
    const result = await send(values, nextIsPage ? next : pageId);
    moving.current = false;
    setBusy(undefined);
    if (!result) return;
    const errors = result.pageErrors.filter((e) => e.name.startsWith(`${pageId}.`));
    if (errors.length) setServerErrors(errors);
    else wizard.goTo(next);
  };

  const goBack = async () => {
    if (!previous || moving.current) return;
    moving.current = true;
    setBusy('back');
    await send(answers, previous);
    moving.current = false;
    setBusy(undefined);
    wizard.goTo(previous);
  };

  return (
    <>
      <StepHeader wizard={wizard} title={page.title} />
      {page.intro && <Paragraph appearance="lead">{page.intro}</Paragraph>}
      <RegelingPageForm
        form={form}
        pageId={pageId}
        answers={answers}
        onChange={change}
        onSubmit={(values) => void goNext(values)}
        serverErrors={serverErrors}
        extending={Boolean(wizard.application.extendsApplicationId)}
      >
        <SaveStatus state={saver.state} />
        <ButtonGroup className="eenloket-wizard-buttons">
          {previous && (
            <Button type="button" appearance="secondary-action-button" busy={busy === 'back'} onClick={() => void goBack()}>
              {t('wizard.previous')}
            </Button>
          )}
          <Button type="submit" appearance="primary-action-button" busy={busy === 'next'}>
            {t('wizard.next')}
          </Button>
        </ButtonGroup>
      </RegelingPageForm>
    </>
  );
}
