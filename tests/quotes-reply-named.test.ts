import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: words the text itself calls a reply do not go on from the one who spoke before.
const opening = 'Olaf Lind, the harbour master, met the skipper Anna Berg at the quay on Monday.';
describe('a reply named as one is not the one before going on', () => {
  it('`"...," he told her. "...," came the reply.` is not his', () => {
    const paras = [opening, '"You are late again," he told her. "The tide was against us," came the reply.'];
    expect(speakerOf(paras, 'The tide was against us')).not.toBe('Olaf Lind');
  });
  it('`"...," came the curt reply.` in a paragraph of its own is not his either', () => {
    const paras = [opening, '"You are late again," he told her.', '"The tide was against us," came the curt reply.'];
    expect(speakerOf(paras, 'The tide was against us')).not.toBe('Olaf Lind');
  });
  it('`"..." That was her answer.` is not his', () => {
    const paras = [opening, '"You are late again," he told her.', '"The tide was against us." That was her only answer.'];
    expect(speakerOf(paras, 'The tide was against us')).not.toBe('Olaf Lind');
  });
  it('a bare sentence that is no reply still goes on from him', () => {
    const paras = [opening, '"You are late again," he told her. "The tide was with you all week."'];
    expect(speakerOf(paras, 'The tide was with you')).toBe('Olaf Lind');
  });
});
