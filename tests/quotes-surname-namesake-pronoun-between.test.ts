import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: two unrelated people share a surname; the second is named in full as a
// subject, the next sentence goes on with "he" or "she", and the paragraph after credits a quote to the bare
// surname. The text is still on the one just named, not on the namesake who spoke earlier.
describe('a bare surname after a namesake named two sentences back and carried by a pronoun', () => {
  const paras = [
    'Councillor Tova Lindgren, who sits on the harbour board, said she would raise the matter. "The port must not become a back door," Ms Lindgren said.',
    'At a brokerage near the docks, metals trader Piet Lindgren, 33, said clients had been calling all morning. Nobody wanted to buy aluminium, he said, "not this week, maybe not this month."',
    '"My desk head told me to call him before any client," Lindgren said.',
  ];
  it('`NAME2, 33, said ... . ..., he said, "...". ¶ "...," SURNAME said.` is NAME2\'s', () => {
    expect(speakerOf(paras, 'desk head')).toBe('Piet Lindgren');
  });
  it('keeps the first namesake\'s own credit', () => {
    expect(speakerOf(paras, 'back door')).toBe('Tova Lindgren');
  });
  it('leaves the earlier namesake when the pronoun between is of her gender, not his', () => {
    const other = [
      'Councillor Tova Lindgren said she would raise the matter. "The port must not become a back door," Ms Lindgren said.',
      'Her cousin Piet Lindgren, a trader, said clients had called all morning. She said later that she had not spoken to him.',
      '"I will write to the board tonight," Lindgren said.',
    ];
    expect(speakerOf(other, 'board tonight')).not.toBe('Piet Lindgren');
  });
});
