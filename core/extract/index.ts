export { extractArticle } from './extract';
export { toBlockText } from './block-text';
export type { Article, ArticleMeta, ExtractFailureReason, ExtractOptions, ExtractResult } from './types';
