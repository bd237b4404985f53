export { extractArticle } from './extract';
export { extractRegion, pageMeta, type RegionMeta } from './extract-region';
export { isWholePage } from './whole-page';
export { findNextPage, type NextPage } from './next-page';
export { toBlockText } from './block-text';
export type { Confidence, ConfidenceReason } from './confidence';
export type { Article, ArticleMeta, ExtractFailureReason, ExtractOptions, ExtractResult } from './types';
