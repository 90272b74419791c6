import type { RJSFSchema, UiSchema } from '@rjsf/utils';

/**
 * Widgets that carry their own label: radio and checkbox groups (fieldset + legend) and the single
 * checkbox (label after the box). A boolean with labelled options (oneOf Ja/Nee) is a radio group
 * unless the uiSchema asks for a checkbox.
 */
export function isSelfLabelled(schema: RJSFSchema, uiSchema: UiSchema | undefined): boolean {
  const widget = uiSchema?.['ui:widget'];
  if (widget === 'radio' || widget === 'checkboxes' || widget === 'checkbox') return true;
  if (typeof widget === 'string') return false;
  return schema.type === 'boolean';
}
