import { Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RegelingForm, StaffApplication } from '../../shared/api/types';
import { ApplicationAnswers } from './application-answers';
import { evidenceSlots, PaperDocuments } from './paper-documents';
import { PaperPageStep } from './paper-page-step';
import { PaperSubmit } from './paper-submit';

const SEND = 'versturen';

/**
 * The steps of a paper application: the form's pages that apply (as the resident has them), then
 * one last step with the scan and evidence, the answers to check, and sending. Documents and the
 * send button share that step, so a "document missing" error links to its upload on the same page.
 * The server says which pages apply after every save, so a changed answer can add or remove a step.
 */
export function PaperWizard(props: { application: StaffApplication; form: RegelingForm; onChange: (next: StaffApplication) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { application, form } = props;
  const pages = form.pages.filter((p) => application.visiblePages.includes(p.id));
  const steps = [...pages.map((p) => ({ id: p.id, title: p.title })), { id: SEND, title: t('applications.paper.finalStep') }];
  const [stepId, setStepId] = useState(() => (pages.some((p) => p.id === application.currentPage) ? application.currentPage! : (steps[0]?.id ?? SEND)));
  const index = Math.max(0, steps.findIndex((s) => s.id === stepId));
  const frame = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  // A new step is like a new page: focus its heading, so screen readers announce it.
  useEffect(() => {
    if (!moved.current) return;
    frame.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [stepId]);

  const go = (to: number) => {
    moved.current = true;
    setStepId(steps[Math.min(Math.max(to, 0), steps.length - 1)]!.id);
  };
  const slots = evidenceSlots(application, form, t);

  return (
    <>
      <nav aria-label={t('applications.paper.stepsLabel')}>
        <Paragraph>{t('applications.paper.stepOf', { step: index + 1, total: steps.length })}</Paragraph>
        <OrderedList className="eenloket-steps">
          {steps.map((s, i) => (
            <OrderedListItem key={s.id} aria-current={i === index ? 'step' : undefined}>
              {i === index ? <strong>{s.title}</strong> : s.title}
            </OrderedListItem>
          ))}
        </OrderedList>
      </nav>
      <div ref={frame} className="eenloket-step">
        {index < pages.length && (
          <PaperPageStep
            key={stepId}
            application={application}
            form={form}
            pageId={stepId}
            nextPageId={pages[index + 1]?.id}
            hasPrevious={index > 0}
            onSaved={(next, moveTo) => {
              props.onChange(next);
              if (moveTo) go(moveTo === 'next' ? index + 1 : index - 1);
            }}
          />
        )}
        {stepId === SEND && (
          <>
            <section className="eenloket-section" aria-labelledby="papier-documenten">
              <Heading2 id="papier-documenten" tabIndex={-1} className="eenloket-page-heading">
                {t('applications.paper.documents')}
              </Heading2>
              <Paragraph>{t('applications.paper.documentsIntro')}</Paragraph>
              <PaperDocuments application={application} slots={slots} onChange={(documents) => props.onChange({ ...application, documents })} />
            </section>
            <ApplicationAnswers application={application} form={form} formLoading={false} />
            <PaperSubmit
              applicationId={application.id}
              form={form}
              slots={slots}
              onBack={() => go(index - 1)}
              onSent={(receipt) => navigate(`/aanvragen/${application.id}`, { state: { notice: { key: 'applications.paper.sent', values: { reference: receipt.reference } } } })}
            />
          </>
        )}
      </div>
    </>
  );
}
