import { describe, expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

describe('a hyphenated given name alone before a verb of speech', () => {
  it('keeps a second syllable that is an English word inside the name', () => {
    const m = speakersByOpening(['Ji-won Seo teaches at the harbour school.', '"She said, \'Now they have a friend at last,\'" Ji-won recalled.']);
    expect(m.get('She said, \'Now')).toBe('Ji-won Seo');
    const n = speakersByOpening(['Min-woo Lee runs the ferry.', '"She said, \'The boat is late again,\'" Min-woo recalled.']);
    expect(n.get('She said, \'The')).toBe('Min-woo Lee');
  });

  it('leaves a compound adjective before its noun alone', () => {
    const m = speakersByOpening(['"We will sail at noon," a Oslo-led crew said.']);
    expect(m.get('We will sail')).not.toBe('Oslo-led');
  });
});
