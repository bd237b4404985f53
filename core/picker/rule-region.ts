import { isWholePage } from '../extract/whole-page';
import { findBySelectors } from './robust-selector';

/**
 * The region a site's rule finds on `doc`, or `missing` when it finds nothing, the whole page (a rule from
 * an edited backup, or a site whose article is now its only block) or one of Lectern's own elements: the
 * reader then shows the automatic extraction and says the rule no longer fits.
 */
export function regionByRule(doc: Document, selectors: readonly string[]): Element | 'missing' {
  const found = findBySelectors(doc, selectors);
  if (!found || isWholePage(found) || found.tagName.startsWith('LECTERN-')) return 'missing';
  return found;
}
