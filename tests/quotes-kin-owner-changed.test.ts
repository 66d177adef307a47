import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "his wife" said of two different men in one report.
describe('"His wife" after another man came in is not the wife brought in for the first', () => {
  const opening = [
    'The Rev. Anton Voss, who has led the chapel since 2004, said the older members were anxious. "They remember the floods," Voss said.',
    'His wife, Mira Voss, who teaches at the chapel school, said the children asked about the river. "They want to know if it will rise again," she said.',
  ];
  it('`His wife disagreed. "...," she said.` after the baker spoke is the baker\'s unnamed wife', () => {
    const paras = [...opening, 'Across the square, the baker, Mr. Orrin, said trade had been slow. "Nobody skips bread because of rain," Orrin said.', 'His wife disagreed, mildly. "Maybe one or two," she said.'];
    expect(speakerOf(paras, 'Maybe one or two')).not.toBe('Mira Voss');
  });
  it('still the wife brought in when the first man is at hand again', () => {
    const paras = [...opening, 'Across the square, the baker, Mr. Orrin, said trade had been slow. "Nobody skips bread because of rain," Orrin said.', 'Back at the chapel, Anton Voss was locking up. His wife, he said, had told him that morning: "Leave the lights on for the choir."'];
    expect(speakerOf(paras, 'Leave the lights on')).toBe('Mira Voss');
  });
  it('still the wife brought in when no other man has spoken since', () => {
    const paras = [...opening, 'His wife smiled at that. "We will see," she said.'];
    expect(speakerOf(paras, 'We will see')).toBe('Mira Voss');
  });
});

describe('a bare surname after "Back to NAME, who ... He ..." is that namesake', () => {
  it('goes to the one just named in full, not the namesake who spoke last', () => {
    const paras = [
      'Port analyst Rolf Garde, of the Northern Shipping Institute, says the venue was the story of the day. "They met at the docks," Garde says.',
      'The opposition spokeswoman, Senator Ilse Garde, has issued a statement. "This meeting shames us," Senator Garde says.',
      'Back to Rolf Garde, who has been watching the footage. He notes that the mayor walked the guests through the yard himself.',
      '"Mayors do not give tours," Garde says.',
    ];
    expect(speakerOf(paras, 'Mayors do not give tours')).toBe('Rolf Garde');
  });
});
