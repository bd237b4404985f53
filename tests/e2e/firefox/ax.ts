import type { AxNode } from '../support/ax-tree';
import type { GeckoAxNode } from './chrome-hooks';

/** Documents and text runs, whatever ARIA role Firefox also reports for them. */
const FIXED_ROLES: Record<string, string> = { document: 'RootWebArea', 'text leaf': 'StaticText' };

/**
 * Firefox's role names where they differ from the ARIA / Chromium names the scenarios use. An element's
 * ARIA role (explicit, or a landmark's implicit one), which Firefox reports as `xml-roles`, wins over these.
 */
const ROLES: Record<string, string> = {
  pushbutton: 'button',
  // A button with aria-pressed: Chromium calls it a button, with `pressed` among its states.
  'toggle button': 'button',
  statusbar: 'status',
  entry: 'textbox',
  'check button': 'checkbox',
  radiobutton: 'radio',
};

/** The ARIA states and properties the scenarios read, by the names Firefox gives them. */
function propertiesOf(node: GeckoAxNode): AxNode['properties'] {
  const properties: AxNode['properties'] = {};
  for (const state of ['modal', 'focused', 'pressed', 'expanded', 'checked', 'selected']) {
    if (node.states.includes(state)) properties[state] = true;
  }
  if (node.level !== '') properties.level = Number(node.level);
  return properties;
}

/**
 * Firefox's accessibility tree in the scenarios' shape. Firefox leaves out of its tree what assistive
 * technology must not present (hidden, inert, outside an open modal), so no node is `ignored`: what is
 * here is what a screen reader gets.
 */
export function toAxNode(node: GeckoAxNode): AxNode {
  const ariaRole = node.xmlRoles.split(' ')[0] ?? '';
  return {
    role: FIXED_ROLES[node.role] ?? (ariaRole || ROLES[node.role] || node.role),
    name: node.name,
    ignored: false,
    properties: propertiesOf(node),
    children: node.children.map(toAxNode),
  };
}
