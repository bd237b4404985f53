import { t, type MessageKey } from '../../core/i18n';
import type { BlockDescription } from '../../core/picker/describe-block';

const KIND_LABELS: Record<BlockDescription['kind'], MessageKey> = {
  heading: 'pickKindHeading',
  paragraph: 'pickKindParagraph',
  list: 'pickKindList',
  picture: 'pickKindPicture',
  table: 'pickKindTable',
  quote: 'pickKindQuote',
  section: 'pickKindSection',
};

/** "Section, 420 words: The harbour lights were…", read out as the outline moves. */
export function announcement(block: BlockDescription): string {
  return t('pickCurrent', [t(KIND_LABELS[block.kind]), String(block.words), block.start]);
}
