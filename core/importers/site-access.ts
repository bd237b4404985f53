/**
 * The sites an import's links are on: every http and https site, from the optional host permissions. Asked
 * for once when an import has links to fetch, with the reason in words; declining keeps the links.
 */
export const SITE_ACCESS = { origins: ['http://*/*', 'https://*/*'] };
