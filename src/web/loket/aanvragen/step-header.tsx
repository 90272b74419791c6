import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../shared/api/problem';
import { PageHeading } from '../../shared/layout/page-heading';
import { formatTime } from '../../shared/format/format-text';
import type { SaveState } from './use-draft-saver';
import type { WizardState } from './wizard-page';

/** "Stap 2 van 7" above the step's heading; the document title names the step and the regeling. */
export function StepHeader(props: { wizard: WizardState; title: string }) {
  const { t, i18n } = useTranslation();
  const { wizard } = props;
  const step = t('wizard.stepOf', { current: wizard.stepIndex + 1, total: wizard.steps.length });
  const regeling = pick(wizard.application.regeling.name, i18n.language);
  return (
    <>
      <Paragraph className="eenloket-step-indicator">
        <span className="eenloket-step-indicator__regeling">{regeling}</span>
        <span className="eenloket-step-indicator__step">{step}</span>
      </Paragraph>
      <PageHeading title={`${props.title} – ${step} – ${regeling}`}>{props.title}</PageHeading>
      {wizard.application.extendsApplicationId && <Paragraph className="eenloket-notice">{t('wizard.extensionNotice')}</Paragraph>}
    </>
  );
}

/**
 * "Opgeslagen om 14:32": a polite live region, so a screen reader hears that the answers are safe
 * without being interrupted. "Bezig met opslaan" is not announced (it would chatter while typing).
 */
export function SaveStatus(props: { state: SaveState }) {
  const { t } = useTranslation();
  const { state } = props;
  return (
    <div className="eenloket-save-status">
      <p role="status" className="utrecht-paragraph">
        {state.kind === 'saved' && t('wizard.savedAt', { time: formatTime(state.at) })}
        {state.kind === 'failed' && t(state.error.status === 0 ? 'wizard.saveOffline' : 'wizard.saveFailed')}
      </p>
    </div>
  );
}
