import { Alert, Button, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../shared/api/problem';
import type { RegelingSummary } from '../../shared/api/types';
import { RadioGroup } from '../../shared/forms/fields';

/**
 * "Kom ik in aanmerking?": yes/no questions. An answer other than expected shows why the resident
 * probably does not qualify. It advises, never blocks: applying stays possible whatever the outcome.
 */
export function Precheck(props: { regeling: RegelingSummary }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { questions, intro } = props.regeling.precheck;
  const [answers, setAnswers] = useState<Record<string, 'ja' | 'nee'>>({});
  const [result, setResult] = useState<{ mismatches: string[]; unanswered: number } | undefined>();
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const check = (event: FormEvent) => {
    event.preventDefault();
    const mismatches = questions.filter((q) => answers[q.id] && (answers[q.id] === 'ja') !== q.expected).map((q) => pick(q.otherwise, lang));
    setResult({ mismatches, unanswered: questions.filter((q) => !answers[q.id]).length });
    // The outcome is new content below the button: move there, so it is read out and seen.
    requestAnimationFrame(() => resultHeading.current?.focus());
  };

  return (
    <section className="eenloket-section" aria-labelledby="precheck">
      <Heading2 id="precheck">{t('precheck.heading')}</Heading2>
      {intro && <Paragraph>{pick(intro, lang)}</Paragraph>}
      <form className="eenloket-form" noValidate onSubmit={check} aria-labelledby="precheck">
        {questions.map((q) => (
          <RadioGroup
            key={q.id}
            id={`precheck-${q.id}`}
            name={`precheck-${q.id}`}
            legend={pick(q.question, lang)}
            description={q.help ? pick(q.help, lang) : undefined}
            options={[
              { value: 'ja', label: t('common.yes') },
              { value: 'nee', label: t('common.no') },
            ]}
            value={answers[q.id] ?? ''}
            onChange={(value) => setAnswers((a) => ({ ...a, [q.id]: value as 'ja' | 'nee' }))}
          />
        ))}
        <Button type="submit" appearance="secondary-action-button">
          {t('precheck.check')}
        </Button>
      </form>
      {result && (
        <div className="eenloket-precheck-result">
          <Heading3 ref={resultHeading} tabIndex={-1} className="eenloket-page-heading">
            {t('precheck.resultHeading')}
          </Heading3>
          {result.mismatches.length === 0 ? (
            <Alert type="ok">
              <Paragraph>{result.unanswered ? t('precheck.likelyPartial', { count: result.unanswered }) : t('precheck.likely')}</Paragraph>
            </Alert>
          ) : (
            <Alert type="warning">
              <Paragraph>{t('precheck.unlikely')}</Paragraph>
              <UnorderedList>
                {result.mismatches.map((text) => (
                  <UnorderedListItem key={text}>{text}</UnorderedListItem>
                ))}
              </UnorderedList>
            </Alert>
          )}
          <Paragraph>{t('precheck.advice')}</Paragraph>
        </div>
      )}
    </section>
  );
}
