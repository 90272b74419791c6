import { Alert, Button, Checkbox, FormField, FormFieldErrorMessage, FormLabel, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../shared/api/api-client';
import { ApiError, pick, type LocalizedText } from '../../shared/api/problem';
import type { ApplicationReceipt } from '../../shared/api/types';
import { fieldTitle, type Answers } from '../../shared/rjsf/form-model';
import { AnswersSummary } from './answers-summary';
import { StepHeader } from './step-header';
import { applicationPath } from './use-application';
import type { WizardState } from './wizard-page';

interface Problem {
  text: string;
  message: LocalizedText | { key: string };
  to?: string;
}

/** Check everything, declare it true, send. A second press while sending does nothing; the server gives the same receipt anyway. */
export function SummaryStep(props: { wizard: WizardState }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { wizard } = props;
  const { form, application } = wizard;
  const [declared, setDeclared] = useState(false);
  const [sending, setSending] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const sendingRef = useRef(false);
  const summary = useRef<HTMLDivElement>(null);
  const stepPath = (step: string) => applicationPath(application.id, `stap/${step}`);

  useEffect(() => {
    if (focusKey > 0) summary.current?.focus();
  }, [focusKey]);

  const show = (list: Problem[]) => {
    setProblems(list);
    setFocusKey((n) => n + 1);
  };

  const submit = async () => {
    if (sendingRef.current) return;
    if (!declared) return show([{ text: t('summary.declarationName'), message: { key: 'summary.declarationMissing' }, to: '#verklaring' }]);
    sendingRef.current = true;
    setSending(true);
    try {
      await wizard.saver.flush();
      const receipt = await api.post<ApplicationReceipt>(`/api/loket/applications/${application.id}/submit`, { declaration: true, lang: i18n.language.startsWith('en') ? 'en' : 'nl' });
      navigate(applicationPath(application.id, 'bevestiging'), { state: { receipt } });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      sendingRef.current = false;
      setSending(false);
      const params = error.problem.invalidParams ?? [];
      if (!params.length) return show([{ text: '', message: error.problem.messages }]);
      show(
        params.map((p) => {
          const [page = '', field = ''] = p.name.split('.');
          if (page === 'evidence') return { text: form.evidence.find((e) => e.id === field)?.title ?? field, message: p.messages, to: stepPath('bewijsstukken') };
          if (page === 'declaration') return { text: t('summary.declarationName'), message: p.messages, to: '#verklaring' };
          const title = form.pages.some((pg) => pg.id === page) ? fieldTitle(form, page, (wizard.data[page] ?? {}) as Answers, field) : p.name;
          return { text: title, message: p.messages, to: stepPath(page) };
        }),
      );
    }
  };

  const resolve = (m: Problem['message']) => ('key' in m ? t(m.key) : pick(m, i18n.language));
  const declarationError = problems.find((p) => p.to === '#verklaring');

  return (
    <>
      <StepHeader wizard={wizard} title={t('summary.title')} />
      <Paragraph appearance="lead">{t('summary.intro')}</Paragraph>
      <div ref={summary} tabIndex={-1} role="alert" aria-labelledby={problems.length ? 'verzend-fouten' : undefined} className={problems.length ? 'eenloket-error-summary' : 'eenloket-error-summary--empty'}>
        {problems.length > 0 && (
          <>
            <Heading2 id="verzend-fouten" className="eenloket-error-summary__title">
              {t('summary.problemsTitle')}
            </Heading2>
            <UnorderedList>
              {problems.map((p, i) => (
                <UnorderedListItem key={i}>
                  {p.to?.startsWith('#') ? (
                    <a className="utrecht-link utrecht-link--html-a" href={p.to} onClick={(e) => { e.preventDefault(); document.getElementById('verklaring')?.focus(); }}>
                      {p.text}: {resolve(p.message)}
                    </a>
                  ) : p.to ? (
                    <Link className="utrecht-link utrecht-link--html-a" to={p.to}>
                      {p.text}: {resolve(p.message)}
                    </Link>
                  ) : (
                    resolve(p.message)
                  )}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        )}
      </div>
      <AnswersSummary form={form} data={wizard.data} documents={wizard.documents} applicationId={application.id} editPath={stepPath} />
      <section className="eenloket-section" aria-labelledby="versturen">
        <Heading2 id="versturen">{t('summary.sendHeading')}</Heading2>
        {form.cosign === 'partner' && (
          <Alert type="info">
            <Paragraph>{t('summary.cosignNotice')}</Paragraph>
          </Alert>
        )}
        <FormField type="checkbox" invalid={Boolean(declarationError)}>
          {declarationError && (
            <FormFieldErrorMessage id="verklaring-fout" className="utrecht-form-field__error-message">
              {resolve(declarationError.message)}
            </FormFieldErrorMessage>
          )}
          <div className="utrecht-form-field__input">
            <Checkbox id="verklaring" checked={declared} invalid={Boolean(declarationError)} aria-describedby={declarationError ? 'verklaring-fout' : undefined} onChange={(e) => setDeclared(e.target.checked)} />
          </div>
          <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
            <FormLabel htmlFor="verklaring" type="checkbox" checked={declared}>
              {t('summary.declarationLabel')}
            </FormLabel>
          </div>
        </FormField>
        <div className="eenloket-actions">
          <Button type="button" appearance="secondary-action-button" onClick={() => wizard.goTo(wizard.steps[wizard.stepIndex - 1]!)}>
            {t('wizard.previous')}
          </Button>
          <Button type="button" appearance="primary-action-button" busy={sending} disabled={sending} onClick={() => void submit()}>
            {sending ? t('summary.sending') : t('summary.send')}
          </Button>
        </div>
      </section>
    </>
  );
}
