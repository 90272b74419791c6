import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { Message } from '../shared/forms/form-errors';
import { useMessage } from '../shared/forms/use-message';

/** A notice passed to the next page in history state: a translation key, so it follows a language switch. */
export function noticeFrom(state: unknown): Message | undefined {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice && typeof notice === 'object' && typeof (notice as { key?: unknown }).key === 'string' ? (notice as Message) : undefined;
}

/** "It worked" after an action, in a status region so screen readers hear it. */
export function Notice(props: { message: Message | undefined }) {
  const resolve = useMessage();
  return (
    <div role="status">
      {props.message && (
        <Alert type="ok">
          <Paragraph>{resolve(props.message)}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
