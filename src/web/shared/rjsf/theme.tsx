import type { ObjectFieldTemplateProps, Registry, RegistryWidgetsType, TemplatesType, WidgetProps } from '@rjsf/utils';
import { Fieldset, FieldsetLegend, FormFieldDescription, Textbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { describedBy, fieldParts } from './field-parts';
import { FieldTemplate, sourceHint } from './field-template';
import { contextOf, formTexts } from './form-context';
import { CheckboxesWidget, CheckboxWidget, RadioWidget, SelectWidget } from './widgets/choice-widgets';
import { TextareaWidget } from './widgets/textarea-widget';
import { TextWidget } from './widgets/text-widget';

// react-jsonschema-form rendered with NL Design System (Utrecht) components. Labels, texts and
// errors come from FieldTemplate and the widgets; rjsf's own error list, help and error templates
// are switched off because our error summary and FieldTexts show those once, with linked ids.

/**
 * A conditional field is declared as `{}` under `properties` and gets its type in an if/then branch.
 * While its condition does not hold, the resolved schema is still `{}`: the question is not asked.
 */
function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const declared = (props.schema.properties ?? {}) as Record<string, unknown>;
  const asked = props.properties.filter((p) => {
    const schema = declared[p.name];
    return !p.hidden && !(typeof schema === 'object' && schema !== null && Object.keys(schema).length === 0);
  });
  const isReadOnly = (name: string) => (declared[name] as { readOnly?: boolean } | undefined)?.readOnly === true || (props.uiSchema?.[name] as Record<string, unknown> | undefined)?.['ui:readonly'] === true;
  const content = groupReadOnly(asked, isReadOnly, props.registry);
  // The page itself has the page title as its heading; a nested object is a group of its own.
  if (props.fieldPathId.path.length === 0) return <>{content}</>;
  return (
    <Fieldset className="eenloket-field">
      {props.title && <FieldsetLegend>{props.title}</FieldsetLegend>}
      {content}
    </Fieldset>
  );
}

/**
 * Prefilled fields in a row that come from the same register say so once, under the last of them,
 * instead of repeating "Dit komt uit de BRP" at every field.
 */
function groupReadOnly(properties: ObjectFieldTemplateProps['properties'], isReadOnly: (name: string) => boolean, registry: Registry): ReactNode[] {
  const context = contextOf(registry);
  const texts = formTexts(context.lang);
  const result: ReactNode[] = [];
  let run: { hint: string; items: ObjectFieldTemplateProps['properties'] } | undefined;
  const close = () => {
    if (!run) return;
    if (run.items.length === 1) result.push(run.items[0]!.content);
    else {
      result.push(
        <div key={`groep-${run.items[0]!.name}`} className="eenloket-readonly-group">
          {run.items.map((p) => p.content)}
          <FormFieldDescription className="utrecht-form-field__description eenloket-readonly-group__hint">{run.hint}</FormFieldDescription>
        </div>,
      );
    }
    run = undefined;
  };
  for (const p of properties) {
    if (!isReadOnly(p.name)) {
      close();
      result.push(p.content);
      continue;
    }
    const hint = sourceHint(context.sources[p.name], texts);
    if (run && run.hint !== hint) close();
    run ??= { hint, items: [] };
    run.items.push(p);
  }
  close();
  return result;
}

/** For widgets we do not override (password, url, color…): a plain Utrecht textbox. */
function BaseInputTemplate(props: WidgetProps & { type?: string }) {
  const parts = fieldParts(props);
  return (
    <Textbox
      id={props.id}
      name={props.htmlName ?? props.id}
      type={props.type ?? 'text'}
      value={props.value ?? ''}
      required={props.required}
      disabled={props.disabled}
      readOnly={props.readonly}
      invalid={Boolean(parts.error)}
      aria-describedby={describedBy(props.id, parts)}
      onChange={(e) => props.onChange(e.target.value === '' ? props.options.emptyValue : e.target.value)}
      onBlur={(e) => props.onBlur(props.id, e.target.value)}
      onFocus={(e) => props.onFocus(props.id, e.target.value)}
    />
  );
}

const Nothing = () => null;

export const nlDesignTemplates: Partial<TemplatesType> = {
  FieldTemplate,
  ObjectFieldTemplate,
  BaseInputTemplate: BaseInputTemplate as TemplatesType['BaseInputTemplate'],
  FieldErrorTemplate: Nothing,
  FieldHelpTemplate: Nothing,
  DescriptionFieldTemplate: Nothing,
  ErrorListTemplate: Nothing,
};

export const nlDesignWidgets: RegistryWidgetsType = {
  TextWidget,
  EmailWidget: TextWidget,
  DateWidget: TextWidget,
  UpDownWidget: TextWidget,
  TextareaWidget,
  RadioWidget,
  CheckboxesWidget,
  CheckboxWidget,
  SelectWidget,
};
