import { expect, it } from 'vitest';
import { deniedWords } from '../src/quotes/denied-words.ts';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits nobody with words the sentence says were denied', () => {
  const got = speakers([
    'Senator Ruth Calder faced questions on Monday about a leaked recording.',
    'Calder denied saying the governor was "a coward".',
    'She also denied ever calling the plan "a scam", and rejected claims that she had described voters as "sheep".',
    'Calder said the recording was "doctored".',
  ]);
  expect(got.get('a coward')).toBeNull();
  expect(got.get('a scam')).toBeNull();
  expect(got.get('sheep')).toBeNull();
  expect(got.get('doctored')).toBe('Ruth Calder');
});

it('reads a denial only before the quote, not a plain saying', () => {
  expect(deniedWords('Calder denied having said that the port was ')).toBe(true);
  expect(deniedWords('He disputed reports that he had told aides the deal was ')).toBe(true);
  expect(deniedWords('Calder said the port was ')).toBe(false);
  expect(deniedWords('Calder denied the report, saying it was ')).toBe(false);
});

it('reads a denied report whose words follow a colon, but not the denier’s own defence after one', () => {
  expect(deniedWords('The navy rejected reports that Admiral Tove Brekk had ordered the crews: ')).toBe(true);
  expect(deniedWords('The club denied claims that its coach, Hamid Sorel, had told the players: ')).toBe(true);
  expect(deniedWords('Sorel denied claims that he had told the players anything: ')).toBe(false);
  const got = speakers(['The navy rejected reports that Admiral Tove Brekk had ordered the crews: "Sink them all."', 'Brekk said: "I never gave such an order."']);
  expect(got.get('Sink them all')).toBeNull();
  expect(got.get('I never gave such an order')).toBe('Tove Brekk');
});
