import type { ConfigNoticeStrings } from './config-notice.js';

export const configNoticeEn: ConfigNoticeStrings = {
  configNotice: 'This tool is temporarily unavailable.',
};
