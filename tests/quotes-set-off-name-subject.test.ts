import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people).
it('"The programme\'s presenter, NAME, asked ..." sets up the presenter for the "she asked" after it', () => {
  const paras = [
    'Speaking on Thursday, Sir Alan Brook told the morning programme that the deal was "the biggest change in years."',
    'The programme\'s presenter, Martha Keane, asked whether that was overstating a single visit. "Isn\'t this mostly theatre?" she asked.',
  ];
  expect(speakerOf(paras, "Isn't this mostly theatre")).toBe('Martha Keane');
});

it('the aside ", no relation," after a second person of a surname leaves that person the subject', () => {
  const paras = [
    'Wu Hong, a researcher in Dalian, was blunt. "It is diplomacy," Wu said.',
    'Wu Jianguo of the Harbin Academy, no relation, was more guarded. "Beijing does not want blocs," he said.',
  ];
  expect(speakerOf(paras, 'Beijing does not want blocs')).toBe('Wu Jianguo');
});
