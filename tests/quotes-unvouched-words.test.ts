import { expect, it } from 'vitest';
import { deniedWords } from '../src/quotes/denied-words.ts';
import { speakerOf } from './helpers/quotes.ts';

// Session 57 (h6): words a sentence reports through a source that does not vouch for them (a rumour, a retracted report, a clip in which someone "appears to say"), or says were never said, are not shown
// as said by the one named: nobody is told.

it('credits no one with words rumoured or retracted', () => {
  expect(speakerOf(['A rumour that the mayor, Idun Falkvik, had promised "a new pool by spring" went round the market.'], 'a new pool')).toBeNull();
  expect(speakerOf(['The Harnby Post retracted a report that the abbot, Clement Thorsby, had called the sale "theft."'], 'theft')).toBeNull();
});

it('credits no one with words a fake clip shows someone appearing to say, or never said', () => {
  expect(speakerOf(['A doctored video in which the candidate Rasmus Elvestad appears to say "the count is fixed" spread on Sunday.'], 'the count is fixed')).toBeNull();
  expect(speakerOf(['The treasurer, Signe Mork, never told the members "the fund is empty," the minutes show.'], 'the fund is empty')).toBeNull();
});

it('credits no one with words inside an opening clause of doubt', () => {
  expect(speakerOf(['Whether the warden, Ketil Aasen, told hikers "the pass is closed" is still disputed.'], 'the pass is closed')).toBeNull();
  expect(speakerOf(['The warden, Ketil Aasen, told hikers "the pass is closed" on Monday.'], 'the pass is closed')).toBe('Ketil Aasen');
  // (A relative clause's verb inside the doubt is its own subject's: the doubt is about what follows.)
  expect(speakerOf(['Ketil Aasen spoke in Lom.', 'Whether Vagaholm, which Ketil Aasen called "the best trail in the north", will reopen is unclear.'], 'the best trail')).toBe('Ketil Aasen');
});

it('still credits one who says the words, and reads only the stretch before the quote', () => {
  expect(speakerOf(['The foreman, Osvald Brekke, said: "Lock the gates at nine."'], 'Lock the gates')).toBe('Osvald Brekke');
  expect(deniedWords('Signe Mork said the claims were "')).toBe(false);
  expect(deniedWords('Signe Mork, who never tires of the subject, said ')).toBe(false);
  expect(deniedWords('Signe Mork, who never said much at meetings, told the members ')).toBe(false);
  expect(speakerOf(['Signe Mork, who never said much at meetings, told the members: "The fund is safe."'], 'The fund is safe')).toBe('Signe Mork');
  expect(deniedWords('A rumour that the foreman had said ')).toBe(true);
});
