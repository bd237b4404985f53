/**
 * What must never be found in sanitized article HTML: elements that run, load or embed anything, submit data
 * or restyle the reader (MathML formulas may stay, without their switching and embedding elements); event handlers, style and srcdoc attributes; addresses that are not web, mail or
 * in-article ones (raster data: images excepted); ids and names that would clobber document or form
 * properties; comments that hold markup.
 *
 * Self-contained on purpose (no imports, no outer names): tests hand it to page.evaluate and run it in
 * Chromium's extension pages and the page's main world, and call it directly in Node with jsdom.
 */
export function findDangers(root: ParentNode): string[] {
  const forbiddenElements = new Set([
    'script',
    'style',
    'link',
    'meta',
    'base',
    'title',
    'template',
    'noscript',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'param',
    'form',
    'input',
    'button',
    'select',
    'option',
    'textarea',
    'isindex',
    'svg',
    // MathML is shown (formulas), but not the parts of it that switch, embed or carry foreign markup.
    'maction',
    'mglyph',
    'malignmark',
    'semantics',
    'annotation',
    'annotation-xml',
    'foreignobject',
    'animate',
    'set',
    'use',
    'portal',
    'xmp',
    'noembed',
    'noframes',
    'plaintext',
    'marquee',
    'slot',
    'dialog',
  ]);
  const forbiddenAttributes = new Set([
    'style',
    'srcdoc',
    'action',
    'formaction',
    'xlink:href',
    'background',
    'poster',
    'is',
  ]);
  const urlAttributes = new Set([
    'href',
    'src',
    'cite',
    'srcset',
    'data',
    'action',
    'formaction',
    'xlink:href',
  ]);
  const owner = (root as Node).ownerDocument ?? (root as unknown as Document);
  // The prototype's methods: a hostile page may have clobbered document.createElement with <img name>.
  const formProbe = Document.prototype.createElement.call(owner, 'form');
  const clobbers = (value: string) => value in owner || value in formProbe;
  // Browsers strip ASCII whitespace and control characters before reading a URL's scheme.
  // eslint-disable-next-line no-control-regex
  const schemeOf = (value: string) => value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  const rasterImage = /^data:image\/(?:png|gif|jpe?g|webp|avif)[;,]/;
  const found: string[] = [];
  const walker = Document.prototype.createTreeWalker.call(
    owner,
    root as Node,
    0x1 | 0x80 /* elements and comments */,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 8) {
      if (/<[/!?a-z]/i.test((node as Comment).data))
        found.push(`<!--${(node as Comment).data.slice(0, 40)}-->`);
      continue;
    }
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (forbiddenElements.has(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const where = `<${tag} ${name}="${attr.value.slice(0, 60)}">`;
      if (name.startsWith('on') || forbiddenAttributes.has(name)) found.push(where);
      else if ((name === 'id' || name === 'name') && clobbers(attr.value)) found.push(where);
      else if (urlAttributes.has(name)) {
        const candidates = name === 'srcset' ? attr.value.split(',') : [attr.value];
        for (const candidate of candidates) {
          const scheme = schemeOf(candidate);
          const safe =
            /^(?:https?:|mailto:|tel:|#)/.test(scheme) ||
            (tag === 'img' && name === 'src' && rasterImage.test(scheme));
          if (!safe) found.push(where);
        }
      }
    }
  }
  return found;
}
