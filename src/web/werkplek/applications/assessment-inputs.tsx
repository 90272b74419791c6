import { Heading3, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem, Paragraph } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { pick } from '../../shared/api/problem';
import type { AssessmentInput, AssessmentParameter, StaffAssessment } from '../../shared/api/assessment-types';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { formatModelValue } from '../../shared/format/model-value';

/**
 * Where an input came from, in the words staff use: the form, a base registry (by the fact's
 * prefix), Eenloket's own record of earlier applications, or a parameter with its source.
 */
function sourceKey(input: AssessmentInput): string {
  if (input.source !== 'fact') return input.source;
  if (input.ref === 'household.earlierApplications') return 'applications';
  const prefix = input.ref.split('.')[0];
  return prefix === 'person' || prefix === 'household' ? 'brp' : prefix === 'business' ? 'kvk' : prefix === 'income' ? 'income' : 'application';
}

function parameterDetail(parameter: AssessmentParameter | undefined, t: TFunction): string {
  if (!parameter || parameter.value === null) return t('assessment.noParameter');
  const validity = parameter.validTo
    ? t('assessment.validityRange', { from: formatDate(parameter.validFrom), to: formatDate(parameter.validTo) })
    : t('assessment.validityFrom', { from: formatDate(parameter.validFrom) });
  const text = t('assessment.parameterSource', { source: parameter.source ?? t('common.unknown'), validity });
  return parameter.confirmed === false ? `${text} ${t('assessment.unconfirmed')}` : text;
}

/** The model's inputs with value and source, and which registries answered when. */
export function AssessmentInputs(props: { assessment: StaffAssessment }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { inputs, parameters, registries } = props.assessment;
  return (
    <>
      {inputs.length > 0 && (
        <>
          <Heading3>{t('assessment.inputsHeading')}</Heading3>
          <div className="eenloket-table-wrapper">
            <Table>
              <TableCaption className="eenloket-visually-hidden">{t('assessment.inputsCaption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('assessment.input')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('assessment.value')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('assessment.source')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {inputs.map((input) => {
                  const key = sourceKey(input);
                  return (
                    <TableRow key={input.name}>
                      <TableHeaderCell scope="row">{pick(input.label, lang)}</TableHeaderCell>
                      <TableCell>{formatModelValue(input.value, input.unit, t, lang)}</TableCell>
                      <TableCell>
                        {t(`assessment.sources.${key}`)}
                        {key === 'parameter' && (
                          <>
                            {' '}
                            <span>{parameterDetail(parameters.find((p) => p.key === input.ref), t)}</span>
                          </>
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
        </>
      )}
      <Heading3>{t('assessment.registriesHeading')}</Heading3>
      {registries.length ? (
        <UnorderedList>
          {registries.map((r) => (
            <UnorderedListItem key={r.registry}>{t('assessment.registryAt', { registry: t(`assessment.registries.${r.registry}`), source: r.source, date: formatDateTime(r.fetchedAt) })}</UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>{t('assessment.noRegistries')}</Paragraph>
      )}
    </>
  );
}
