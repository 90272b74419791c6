import { useTranslation } from 'react-i18next';

/**
 * Switches between Dutch and English. The button is written in the language it switches to
 * (with its own lang attribute), as the NL Design System alternate-language navigation does.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const toEnglish = !i18n.language.startsWith('en');
  return (
    <nav aria-label={t('layout.languageMenu')} className="eenloket-language-switch">
      <button
        type="button"
        className="utrecht-button utrecht-button--subtle eenloket-header__button"
        lang={toEnglish ? 'en' : 'nl'}
        onClick={() => void i18n.changeLanguage(toEnglish ? 'en' : 'nl')}
      >
        {toEnglish ? t('layout.switchToEnglish') : t('layout.switchToDutch')}
      </button>
    </nav>
  );
}
