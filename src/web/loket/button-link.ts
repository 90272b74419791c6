/**
 * Classes of the Utrecht ButtonLink, for a react-router <Link>: it looks like a button, but it is
 * a link (it goes somewhere) and navigates without reloading the page.
 */
export function buttonLinkClass(appearance: 'primary' | 'secondary'): string {
  return `utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${appearance}-action`;
}
