import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../api/problem';
import type { Message } from './form-errors';

/** Resolves a Message (translation key or server text in both languages) in the current language. */
export function useMessage(): (message: Message | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
  return useCallback(
    (message) => {
      if (!message) return undefined;
      return 'key' in message ? t(message.key, message.values) : pick(message, i18n.language);
    },
    [t, i18n.language],
  );
}
