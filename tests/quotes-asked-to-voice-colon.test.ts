import { describe, it, expect } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { askedToVoiceBefore } from '../src/quotes/asked-to-voice.ts';

// Passages written for these tests (invented people and places): a column under a byline, its writer "I".
const byline = 'By Tobias Renwick';

describe('a colon after "asked him to <do something>"', () => {
  it('does not give the words to the writer who asked', () => {
    const paras = [byline, 'The ferryman took me across at dusk.', 'On the napkin, in his hand, is the last thing he said to me, which I asked him to write down so I would get it right: "The river keeps its own accounts."'];
    expect(speakersByQuote(paras).get('The river keeps its own accounts')).toBeNull();
  });
  it('does not give them to a named asker either', () => {
    const paras = ['The ferryman took Vera Lind across at dusk.', 'Lind asked him to repeat the line: "The river keeps its own accounts."'];
    expect(speakersByQuote(paras).get('The river keeps its own accounts')).toBeNull();
  });
  it('leaves the writer\'s own words after a clause of their own', () => {
    const paras = [byline, 'The ferryman took me across at dusk.', 'I asked him to wait, and then I wrote in my notebook: "The river keeps its own accounts."'];
    expect(speakersByQuote(paras).get('The river keeps its own accounts')).toBe('Tobias Renwick');
  });
});

describe('askedToVoiceBefore', () => {
  it('reads the clause of asking up to the colon', () => {
    expect(askedToVoiceBefore('which I asked him to write down so I would get it right: "')).toBe(true);
  });
  it('leaves a colon after another clause', () => {
    expect(askedToVoiceBefore('I asked him to wait, and then I wrote: "')).toBe(false);
    expect(askedToVoiceBefore('She told reporters: "')).toBe(false);
  });
});
