import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../shared/api/problem';
import type { ApplicationOutcome } from '../../shared/api/assessment-types';
import type { Application } from '../../shared/api/types';
import { formatAmount, formatLongDate } from '../../shared/format/format-text';
import { formatModelValue } from '../../shared/format/model-value';

/**
 * The decision on the resident's application, in plain words, with "Hoe is dit berekend?": the
 * rules that applied and the information used, as the server derived them from the stored trace.
 * Only a decision is shown here; a proposal of the automatic assessment never reaches Mijn loket.
 */
export function DecisionSection(props: { application: Application; outcome: ApplicationOutcome }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { outcome } = props;
  const regeling = pick(props.application.regeling.name, lang);
  const granted = outcome.outcome === 'toegekend';
  const { steps, inputs, modelVersion } = outcome.explanation;

  return (
    <section className="eenloket-section" aria-labelledby="besluit">
      <Heading2 id="besluit">{t('besluit.heading')}</Heading2>
      <Alert type={granted ? 'ok' : 'info'}>
        <Paragraph>
          <strong>{t(granted ? 'besluit.granted' : 'besluit.rejected', { regeling })}</strong>
        </Paragraph>
        {granted && outcome.amount !== null && <Paragraph>{t('besluit.grantedAmount', { amount: formatAmount(outcome.amount) })}</Paragraph>}
        {!granted && <Paragraph>{t('besluit.rejectedWhy')}</Paragraph>}
      </Alert>

      <DataList>
        <DataListItem>
          <DataListKey>{t('besluit.outcome')}</DataListKey>
          <DataListValue>{t(`besluit.outcomes.${outcome.outcome}`)}</DataListValue>
        </DataListItem>
        {outcome.amount !== null && (
          <DataListItem>
            <DataListKey>{t('besluit.amount')}</DataListKey>
            <DataListValue>{formatAmount(outcome.amount)}</DataListValue>
          </DataListItem>
        )}
        {outcome.period && (
          <DataListItem>
            <DataListKey>{t('besluit.period')}</DataListKey>
            <DataListValue>{t('besluit.periodValue', { from: formatLongDate(outcome.period.from, lang), to: formatLongDate(outcome.period.to, lang) })}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('besluit.decidedAt')}</DataListKey>
          <DataListValue>{formatLongDate(outcome.decidedAt, lang)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('besluit.how')}</DataListKey>
          <DataListValue>{t(outcome.automatic ? 'besluit.automatic' : 'besluit.byPerson')}</DataListValue>
        </DataListItem>
      </DataList>

      <section aria-labelledby="hoe-berekend">
        <Heading3 id="hoe-berekend">{t('besluit.explanationHeading')}</Heading3>
        {steps.length ? (
          <>
            <Paragraph>{t('besluit.explanationIntro')}</Paragraph>
            <OrderedList>
              {steps.map((step, i) => (
                <OrderedListItem key={i}>{pick(step, lang)}</OrderedListItem>
              ))}
            </OrderedList>
          </>
        ) : (
          <Paragraph>{t('besluit.noSteps')}</Paragraph>
        )}
        {inputs.length > 0 && (
          <details className="eenloket-details">
            <summary>{t('besluit.inputsShow')}</summary>
            <div className="eenloket-table-wrapper">
              <Table>
                <TableCaption>{t('besluit.inputsCaption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('besluit.inputLabel')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('besluit.inputValue')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {inputs.map((input, i) => (
                    <TableRow key={i}>
                      <TableHeaderCell scope="row">{pick(input.label, lang)}</TableHeaderCell>
                      <TableCell>{formatModelValue(input.value, input.unit, t, lang)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </details>
        )}
        {modelVersion && <Paragraph className="eenloket-legal-basis">{t('besluit.model', { version: modelVersion.version })}</Paragraph>}
      </section>

      <section aria-labelledby="bezwaar">
        <Heading3 id="bezwaar">{t('besluit.objectionHeading')}</Heading3>
        <Paragraph>{t('besluit.objection')}</Paragraph>
      </section>
    </section>
  );
}
