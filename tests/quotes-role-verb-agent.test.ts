import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// "the host", "the moderator", "the witness" credited for a quote: the one person named in full whom the text has
// host, moderate or give evidence (or be cross-examined), when no one else does and the noun is used for no one.
describe('an agent noun for the one who did the verb', () => {
  it('ties "the host" to the one who hosted, by name or as "she" in a paragraph naming only her', () => {
    const paragraphs = [
      'Lotte Amsel covered the port for a decade. On Friday she hosted a reader forum about the strike.',
      'Her cousin, Jonas Amsel, joined the forum from Kiel. "Nobody here is celebrating," he wrote.',
      '"He has claimed that since we were at school," the host replied.',
    ];
    expect(speakerOf(paragraphs, 'since we were at school')).toBe('Lotte Amsel');
  });

  it('ties "the witness" to the one cross-examined', () => {
    const paragraphs = [
      'Dr Mira Okafor, an engineer at a Delft laboratory, was called by the defence to explain the tests.',
      'Cross-examined by Paul Dent KC, for the port authority, Dr Okafor accepted that she had not seen the crane.',
      '"It is a fair inference," the witness replied.',
    ];
    expect(speakerOf(paragraphs, 'fair inference')).toBe('Mira Okafor');
  });

  it('leaves a description when two did it, or the noun was used before for someone', () => {
    const two = [
      'Lotte Amsel hosted the morning session and Jonas Brill hosted the evening one.',
      '"He has claimed that since we were at school," the host replied.',
    ];
    expect(speakerOf(two, 'since we were at school')).toBe('the host');
    const used = [
      'Lotte Amsel hosted the morning session. A radio host from Kiel sat in the front row.',
      '"He has claimed that since we were at school," the host replied.',
    ];
    expect(speakerOf(used, 'since we were at school')).not.toBe('Lotte Amsel');
  });
});
