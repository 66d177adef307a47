import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): a debate's interruptions, a habit of saying, and a
// phrase after the quote that names the words, not their speaker.
describe('"cut in", "broke in", "chimed in" after a quote', () => {
  it('credit the name set off before the verb, not the speaker of the paragraph before', () => {
    const paragraphs = [
      '"The harbour will be empty by spring," said Tobias Brandvik, a retired captain. "The boats are already leaving —"',
      '"That is guesswork," Mirela Sant, a Porto-based economist, cut in. "Nobody has the figures."',
    ];
    expect(speakerOf(paragraphs, 'That is guesswork')).toBe('Mirela Sant');
    expect(speakerOf(paragraphs, 'Nobody has the figures.')).toBe('Mirela Sant');
  });
  it('reads "broke in" too', () => {
    expect(speakerOf(['"Not again," Delia Farrow broke in.'], 'Not again')).toBe('Delia Farrow');
  });
});

describe('a fondness for saying something', () => {
  it('"she liked to say, according to NAME" is not the source\'s own words', () => {
    const paragraphs = [
      'Ada Velsen joined the navy young. Her crews knew her for her proverbs. "The sea keeps every secret," she liked to say, according to Tomas Brandt, who served under her in the 1990s.',
    ];
    expect(speakerOf(paragraphs, 'The sea keeps every secret')).not.toBe('Tomas Brandt');
  });
  it('"NAME loved to tell visitors" credits the name', () => {
    expect(speakerOf(['"Every stone here has a story," Hedda Lorne loved to tell visitors.'], 'Every stone here has a story')).toBe('Hedda Lorne');
  });
});

describe('"a line", "a phrase" after a quote', () => {
  it('is the words\' label, not their speaker', () => {
    const paragraphs = ['At the summit, Governor Ana Roe told the minister that the harbour was "a danger to everyone on the coast," a line her aide said she had practised twice.'];
    expect(speakerOf(paragraphs, 'a danger to everyone on the coast')).toBe('Ana Roe');
  });
  it('leaves "a line cook" a speaker', () => {
    expect(speakerOf(['"We close at ten," a line cook said.'], 'We close at ten')).toBe('a line cook');
  });
});
