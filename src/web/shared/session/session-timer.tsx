import { AlertDialog, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endsAbsolutely, sessionEndsAt, warningAt } from './idle-clock';
import { useSession } from './session-context';

interface Warning {
  endsAt: number;
  remainingMs: number;
  absolute: boolean;
}

/**
 * Watches the session's end: shows a warning before it (with a way to stay logged in) and sends
 * the person to the login page when it has passed.
 */
export function SessionTimer() {
  const { clock, expire, keepAlive, logout } = useSession();
  const [warning, setWarning] = useState<Warning | undefined>();
  const [dismissedFor, setDismissedFor] = useState<number | undefined>();

  useEffect(() => {
    if (!clock) return;
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const now = Date.now();
      const end = sessionEndsAt(clock);
      if (now >= end) {
        setWarning(undefined);
        expire();
        return;
      }
      const warnAt = warningAt(clock);
      if (now >= warnAt) {
        setWarning((current) => current ?? { endsAt: end, remainingMs: end - now, absolute: endsAbsolutely(clock) });
        timer = setTimeout(check, end - now);
      } else {
        setWarning(undefined);
        timer = setTimeout(check, warnAt - now);
      }
    };
    // A timer, not a direct call: a laptop waking from sleep fires it late, and check() then sees the real time.
    timer = setTimeout(check, 0);
    return () => clearTimeout(timer);
  }, [clock, expire]);

  if (!warning || dismissedFor === warning.endsAt) return null;
  return (
    <IdleWarningDialog
      warning={warning}
      onStay={() => {
        setWarning(undefined);
        void keepAlive().catch(() => undefined);
      }}
      onDismiss={() => setDismissedFor(warning.endsAt)}
      onLogout={() => void logout()}
    />
  );
}

function IdleWarningDialog(props: { warning: Warning; onStay: () => void; onDismiss: () => void; onLogout: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  const { remainingMs, absolute } = props.warning;
  const time = remainingMs >= 60_000 ? t('session.minutes', { count: Math.ceil(remainingMs / 60_000) }) : t('session.seconds', { count: Math.ceil(remainingMs / 1000) });

  useEffect(() => {
    const dialog = ref.current;
    // showModal makes the rest of the page inert and moves focus into the dialog.
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <AlertDialog
      ref={ref}
      type="warning"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(event) => {
        // Escape is an answer too: the person is there, so they stay logged in.
        event.preventDefault();
        if (absolute) props.onDismiss();
        else props.onStay();
      }}
    >
      <Heading2 id={titleId}>{t('session.warningTitle')}</Heading2>
      <Paragraph id={textId}>{t(absolute ? 'session.warningTextAbsolute' : 'session.warningText', { time })}</Paragraph>
      <ButtonGroup>
        {absolute ? (
          <Button appearance="primary-action-button" onClick={props.onDismiss}>
            {t('session.understood')}
          </Button>
        ) : (
          <Button appearance="primary-action-button" onClick={props.onStay}>
            {t('session.stayLoggedIn')}
          </Button>
        )}
        <Button appearance="secondary-action-button" onClick={props.onLogout}>
          {t('layout.logout')}
        </Button>
      </ButtonGroup>
    </AlertDialog>
  );
}
