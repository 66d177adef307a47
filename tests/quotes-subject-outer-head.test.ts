import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// "The producer of commentator NAME's show on the regional channel X said": the place the preposition hangs on a
// noun with no determiner of its own ("commentator NAME's show") hangs in turn on "of" after "The producer", who
// heads the subject; the channel named last right before the verb is not the speaker (`grammar-phrases.ts`).

it('does not credit the channel that closes "The producer of NAME\'s show on the channel X said"', () => {
  const s = speakerOf(['The producer of commentator Jonas Wirt\'s show on the regional channel Kanal7 Ost said: "We took thirty thousand calls."'], 'We took thirty thousand');
  expect(s).not.toBe('Kanal7 Ost');
  expect(s === null || /^the producer\b/iu.test(s)).toBe(true);
});

it('still reads "A commentator on the channel X said" as the commentator', () => {
  const s = speakerOf(['A commentator on the regional channel Kanal7 Ost said: "We took thirty thousand calls."'], 'We took thirty thousand');
  expect(s === null || /^a commentator\b/iu.test(s)).toBe(true);
});
