import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests: a report of a spokesperson's press briefing followed by its
// excerpts as bare "Q:" and "A:" lines; the answers are the spokesperson's when the line leading into them says
// they are the briefing's, never when the excerpts are an interview with someone else.

const EXCERPTS = [
  'Q: Some papers say the ferry port will close. What is your comment?',
  'A: I would not comment on rumours. We hope all sides will keep calm.',
  'Q: Will the minister travel to the coast next week?',
  'A: I have nothing to share at the moment.',
];

describe('bare answers of a press briefing\'s excerpts', () => {
  it('"said ... spokesperson NAME at a regular press briefing" then "excerpts from the briefing:": hers', () => {
    const text = [
      '"We have seen the reports," said Harbour Ministry spokesperson Mara Olsen at a regular press briefing.',
      'The following are excerpts from the briefing:',
      ...EXCERPTS,
    ];
    const by = speakersByOpening(text);
    expect(by.get('I would not')).toBe('Mara Olsen');
    expect(by.get('I have nothing')).toBe('Mara Olsen');
  });

  it('"NAME, the ministry\'s spokesman, told a news conference": his', () => {
    const text = [
      'Tomas Brekke, the ministry\'s spokesman, told a news conference on Monday that talks would "go on."',
      'Excerpts from the news conference:',
      ...EXCERPTS,
    ];
    expect(speakersByOpening(text).get('I would not')).toBe('Tomas Brekke');
  });

  it('an interview brought on by a pronoun after a briefing is no one\'s the briefing names', () => {
    const text = [
      '"We have seen the reports," spokesperson Mara Olsen told the weekly briefing.',
      'Ivo Senn, 70, a former harbour master, knows the port well. He spoke to the Courier by phone. Edited excerpts:',
      ...EXCERPTS,
    ];
    const by = speakersByOpening(text);
    expect(by.get('I would not') ?? null).not.toBe('Mara Olsen');
  });

  it('two spokespeople at the briefing: the answers are no one\'s', () => {
    const text = [
      'Spokesperson Mara Olsen and spokesman Tomas Brekke took questions at a joint press briefing.',
      'The following are excerpts from the briefing:',
      ...EXCERPTS,
    ];
    const by = speakersByOpening(text);
    expect(by.get('I would not') ?? null).toBeNull();
  });
});
