import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { requestOpenOnStart } from '../core/reader/open-on-start';

// Injected just before the reader on a first click: the reader opens as soon as it starts (see
// core/reader/open-on-start.ts).
export default defineUnlistedScript(() => requestOpenOnStart());
