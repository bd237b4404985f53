/**
 * Formulas typeset by MathJax or KaTeX carry two copies: the MathML (for screen readers) and a rendering in
 * HTML spans or custom elements, which out of its stylesheet reads as a jumble of letters ("mgh=1 2mv2").
 * The reader keeps the MathML, which browsers draw themselves, and drops the rendering and the TeX source.
 */
import { byTag, hasMoreThan } from './dom';

/** The typesetters' wrappers around one formula, by the class names their output always carries. */
const TYPESET_CLASS =
  /(?:^|\s)(?:katex|katex-display|katex-mathml|MathJax|MathJax_Display|MathJax_CHTML|MathJax_SVG|MathJax_MathML|MJX_Assistive_MathML|MJXc-display)(?:\s|$)/;
/** MathJax 2 prints the TeX source beside the formula until it is typeset. */
const PREVIEW_CLASS = /(?:^|\s)MathJax_Preview(?:\s|$)/;

function isTypesetWrapper(el: Element): boolean {
  // MathJax 3's custom elements: mjx-container, mjx-assistive-mml.
  return el.localName.startsWith('mjx-') || TYPESET_CLASS.test(el.getAttribute('class') ?? '');
}

/** The outermost typesetter wrapper holding `math` and nothing but its renderings, or null. */
function typesetContainer(math: Element, root: Element): Element | null {
  let container: Element | null = null;
  for (let up = math.parentElement; up && up !== root && isTypesetWrapper(up); up = up.parentElement) {
    // A wrapper holding a second formula is the article's own block, not one formula's.
    if (hasMoreThan(up, 'math', 1)) break;
    container = up;
  }
  return container;
}

/** Replaces each typeset formula in `root` by its MathML; MathML written by hand is left as it is. */
export function keepMathml(root: Element): void {
  for (const math of byTag(root, 'math')) {
    // TeX annotations would show as stray text once the sanitizer unwraps <semantics>.
    for (const tag of ['annotation', 'annotation-xml']) {
      for (const note of byTag(math, tag)) note.remove();
    }
    const container = typesetContainer(math, root);
    if (!container) continue;
    const preview = container.previousElementSibling;
    if (preview && PREVIEW_CLASS.test(preview.getAttribute('class') ?? '')) preview.remove();
    container.replaceWith(math);
  }
}
