import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { classifyProperName } from '../src/quotes/names.ts';
import { doc, passagesOf } from './helpers/docs.ts';

it('reads a name ending on a research house\'s word of trade as a firm', () => {
  expect(classifyProperName('Larkspur Economics')).toBe('organisation');
  expect(classifyProperName('Tamsin Research')).toBe('organisation');
  expect(classifyProperName('Orrin Advisory')).toBe('organisation');
  expect(classifyProperName('Corvid Intelligence')).toBe('organisation');
  expect(classifyProperName('Nadia Orrin')).toBe('person');
});

it('credits a quote under a roundup heading naming a research house to the firm, not to a person', () => {
  const { quotes, speakers } = extractQuotes(
    passagesOf(
      doc('p', '2024-03-02', [
        'Oil prices rose after the talks in Oslo collapsed. Following are comments from analysts:',
        'GRETA HALVORSEN, SENIOR ECONOMIST, FJORD BANK, BERGEN:',
        '"The market had hoped for a deal. It will now look for one in the spring."',
        'TAMSIN RESEARCH, IN A NOTE TO INVESTORS:',
        '"We raise our price forecast for the second quarter, though only a little."',
      ]),
    ),
  );
  const kindOf = (start: string): string | undefined => {
    const q = quotes.find((x) => x.quote.startsWith(start));
    return speakers.find((s) => s.id === q?.speakerId)?.kind;
  };
  expect(quotes.find((x) => x.quote.startsWith('The market had'))?.speaker).toBe('Greta Halvorsen');
  expect(quotes.find((x) => x.quote.startsWith('We raise'))?.speaker).toBe('Tamsin Research');
  expect(kindOf('We raise')).toBe('organisation');
});
