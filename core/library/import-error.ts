/** Why an import file was turned away; the message is `kind` or `kind:article:field`. */
export class ImportError extends Error {
  override name = 'ImportError';
}
