import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

const words = 'This is a dark day for the farmers of the north';

// A description with proper words no role holds ("the West Australian senator") right after the paragraph named
// the one senator of the whole text by the bare title.
it('gives a description with proper words to the one person of its title the paragraph names', () => {
  for (const role of ['West Australian', 'Labor']) {
    const got = speakersByQuote([`Senator Mark Donnel — no relation to Clara, as both will say — has pressed the point in committee for weeks. "${words}," the ${role} senator told reporters. "And it will get darker."`]);
    expect(got.get(words), role).toBe('Mark Donnel');
    expect(got.get('And it will get darker'), role).toBe('Mark Donnel');
  }
});

it('leaves it a description when the person holds a proper word of his own, or two hold the title', () => {
  const russian = speakersByQuote(['Russian President Ivan Sorokin met Paul Vance on Monday.', `President Ivan Sorokin arrived late. "${words}," the French president told reporters.`]);
  expect(russian.get(words)).toBe('the French president');
  const two = speakersByQuote([`Senator Mark Donnel arrived late. "${words}," the Labor senator told reporters.`, 'Senator Anne Vale said the same.']);
  expect(two.get(words)).toBe('the Labor senator');
});
