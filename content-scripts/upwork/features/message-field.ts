import { findMessageComposer } from '../../../src/sites/upwork/extract.ts';
import { messageComposer } from '../../../src/sites/upwork/selectors.ts';
import { awaitField } from '../../core/await-field.ts';
import type { Feature } from '../../core/feature.ts';

/** The message composer (a ProseMirror editor) in rooms and workrooms. */
export const messageField: Feature = {
  id: 'message-field',
  pageKinds: ['messages'],
  async init(context) {
    await awaitField(
      context,
      'message',
      messageComposer,
      () => findMessageComposer(document),
      (e) => e,
    );
  },
};
