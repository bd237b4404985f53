/** The match pattern for a chosen site: the host itself and its subdomains (`www.`), http and https. */
export function sitePattern(host: string): string {
  return `*://*.${host}/*`;
}
