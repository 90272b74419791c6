import { useCallback, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import type { Application, ApplicationDocument, RegelingForm } from '../../shared/api/types';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { visiblePagesOf, type FormData } from '../../shared/rjsf/form-model';
import { EvidenceStep } from './evidence-step';
import { FormStep } from './form-step';
import { SummaryStep } from './summary-step';
import { applicationPath, useApplication } from './use-application';
import { useDraftSaver } from './use-draft-saver';

export const EVIDENCE_STEP = 'bewijsstukken';
export const SUMMARY_STEP = 'controleren';

/** /aanvragen/:id/stap/:stap — filling in a draft: the form's pages, then evidence, then the summary. */
export function WizardPage() {
  const { id = '', stap = '' } = useParams();
  const { application, form } = useApplication(id);
  if (application.error) return <ErrorAlert error={application.error} />;
  if (form.error) return <ErrorAlert error={form.error} />;
  if (!application.data || !form.data) return <Loading />;
  if (application.data.role !== 'applicant') return <Navigate to={applicationPath(id)} replace />;
  if (application.data.status !== 'concept') return <Navigate to={applicationPath(id, 'status')} replace />;
  return <Wizard key={id} application={application.data} form={form.data} step={stap} />;
}

export interface WizardState {
  application: Application;
  form: RegelingForm;
  data: FormData;
  documents: ApplicationDocument[];
  steps: string[];
  stepIndex: number;
  saver: ReturnType<typeof useDraftSaver>;
  goTo: (step: string) => void;
  setPage: (pageId: string, answers: Record<string, unknown>) => void;
  setDocuments: (update: (documents: ApplicationDocument[]) => ApplicationDocument[]) => void;
}

function Wizard(props: { application: Application; form: RegelingForm; step: string }) {
  const { application, form } = props;
  const navigate = useNavigate();
  const [data, setData] = useState<FormData>(() => application.data as FormData);
  const [documents, setDocumentsState] = useState(application.documents);
  // Another tab saved: take its answers for the other pages; this page's answers are saved on top.
  const onReloaded = useCallback((fresh: Application) => setData((current) => ({ ...(fresh.data as FormData), ...pickPage(current, props.step) })), [props.step]);
  const saver = useDraftSaver({ applicationId: application.id, revision: application.revision, onReloaded });

  const pages = visiblePagesOf(form, data);
  const steps = [...pages, ...(form.evidence.length ? [EVIDENCE_STEP] : []), SUMMARY_STEP];
  const stepIndex = steps.indexOf(props.step);
  if (stepIndex < 0) return <Navigate to={applicationPath(application.id, `stap/${pages[0] ?? SUMMARY_STEP}`)} replace />;

  const state: WizardState = {
    application,
    form,
    data,
    documents,
    steps,
    stepIndex,
    saver,
    goTo: (step) => navigate(applicationPath(application.id, `stap/${step}`)),
    setPage: (pageId, answers) => setData((current) => ({ ...current, [pageId]: answers })),
    setDocuments: (update) => setDocumentsState(update),
  };
  if (props.step === EVIDENCE_STEP) return <EvidenceStep wizard={state} />;
  if (props.step === SUMMARY_STEP) return <SummaryStep wizard={state} />;
  return <FormStep key={props.step} wizard={state} pageId={props.step} />;
}

function pickPage(data: FormData, pageId: string): FormData {
  return data[pageId] ? { [pageId]: data[pageId] } : {};
}
