import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests, with invented names.

it('gives words "according to" a document by a named body to the body ("according to a 2021 estimate by X")', () => {
  expect(speakerOf(['The cost of dredging the channel - "at least $60 million in works and surveys," according to a 2021 estimate by the Coastal Works Agency - has never been met.'], 'at least $60 million')).toBe('the Coastal Works Agency');
  expect(speakerOf(['The bill was "at least $70 million in works," according to a report by the Harbour Board.'], 'at least $70 million')).toBe('the Harbour Board');
  // (A capitalised word the tagger reads as an adverb stays in the body's name.)
  expect(speakerOf(['The board met.', 'The cost of the link - "at least $80 million in track," according to a 2020 estimate by the Far North Harbour Trust - has never been met.'], 'at least $80 million')).toBe('the Far North Harbour Trust');
});

it('not when the document is by no one named ("according to an estimate by analysts")', () => {
  expect(speakerOf(['The bill was "at least $70 million in works," according to an estimate by analysts.'], 'at least $70 million')).not.toBe('analysts');
});

it('gives words someone "remembered" someone "as" to the one who remembers, as "recalled ... as" does', () => {
  const paragraphs = [
    'Anna Brisk, a retired clerk, spoke of the port with affection. "It was a hard life," she said.',
    'She remembered the harbour clerks of the old days as "the kindest and quietest women I ever knew".',
  ];
  expect(speakerOf(paragraphs, 'the kindest and quietest')).toBe('Anna Brisk');
});

it('not a name she remembered with no "as" before it', () => {
  const paragraphs = [
    'Anna Brisk, a retired clerk, spoke of the port with affection.',
    'She remembered the "Blue Room" where the clerks ate lunch.',
  ];
  expect(speakerOf(paragraphs, 'Blue Room')).toBeNull();
});

it('takes "the club" for a body that speaks, as "the company" is ("In a statement, the club said it "..."")', () => {
  const paragraphs = [
    'Lowton Rovers were fined on Monday after a safety inspection of the east stand.',
    'In a statement, the club said it "accepts the findings in full" and would pay the fine.',
  ];
  expect(speakerOf(paragraphs, 'accepts the findings')).toBe('the club');
});

it('leaves a capitalised dateline set off by a spaced hyphen out of the body named after it', () => {
  const paragraphs = [
    'LOWTON - Brandel Steel Company was fined on Monday after a safety inspection of its plant.',
    'In a statement, the company said: "We accept the findings."',
  ];
  expect(speakerOf(paragraphs, 'We accept the findings')).toBe('Brandel Steel Company');
});

it('reads "its leader, NAME," as the subject after a fronted "When ..." clause with a verb of its own', () => {
  const paragraphs = [
    'The east stand at Lowton was closed on Monday.',
    'When the council announced the closure of the east stand, its leader, Hilary Brandt, called the findings "deeply worrying".',
  ];
  expect(speakerOf(paragraphs, 'deeply worrying')).toBe('Hilary Brandt');
});

it('gives words after "NAME, who said:" to the name, and after "..., which wrote:" to an account or body so named', () => {
  expect(speakerOf(['The mayor met Tom Poe, who said: "The stand is fine."'], 'The stand is fine')).toBe('Tom Poe');
  expect(speakerOf(['The row spilled online, where it was taken up by an account called Rovers Forever, which wrote: "The stand is safe and always has been."'], 'The stand is safe')).toBe('Rovers Forever');
  expect(speakerOf(['The row reached the Lowton Supporters Trust, which said: "The stand is sound."'], 'The stand is sound')).toBe('the Lowton Supporters Trust');
});

it('not a document named so ("the Harbour Report, which said:")', () => {
  expect(speakerOf(['The council published the Harbour Report, which said: "The quay is unsafe."'], 'The quay is unsafe')).toBeNull();
});

it('reads the name after a fronted "For the prosecution," as the subject a later "he said" goes back to', () => {
  const paragraphs = [
    'The club appeared in court on Monday.',
    'For the prosecution, Adrian Pole KC said the club had ignored warnings. He told the court the stand had been cracked. "They knew," he said.',
  ];
  expect(speakerOf(paragraphs, 'They knew')).toBe('Adrian Pole');
});
