import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { pick, type ApiError } from './api/problem';
import { Loading } from './components/status';
import { setupI18n } from './i18n/setup-i18n';
import { AreaContext, type Area } from './layout/area';
import { SessionProvider } from './session/session-context';

/** Starts one web area: translations, session, router under /<area>, then the area's routes. */
export function mountApp(options: { area: Area; resources: { nl: Record<string, unknown>; en: Record<string, unknown> }; routes: ReactNode }): void {
  const i18n = setupI18n(options.resources);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing in index.html');
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AreaContext.Provider value={options.area}>
          <SessionProvider loading={<StartupFrame><Loading /></StartupFrame>} failed={(error, retry) => <StartupFailed error={error} retry={retry} />}>
            <BrowserRouter basename={`/${options.area.id}`}>{options.routes}</BrowserRouter>
          </SessionProvider>
        </AreaContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}

/** Before the configuration is known there is no header yet; content still sits in a main landmark. */
function StartupFrame(props: { children: ReactNode }) {
  return (
    <main id="inhoud" className="eenloket-main">
      {props.children}
    </main>
  );
}

function StartupFailed(props: { error: ApiError; retry: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <StartupFrame>
      <Heading1>{t('common.errorTitle')}</Heading1>
      <Paragraph role="alert">{pick(props.error.problem.messages, i18n.language)}</Paragraph>
      <Button appearance="primary-action-button" onClick={props.retry}>
        {t('common.retry')}
      </Button>
    </StartupFrame>
  );
}
