import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// A bare surname quoted in a report that names no one of it in full joins the one person of that name quoted
// elsewhere only when no other report names a different person of it without quoting them.
const minister = doc('minister', '2024-03-02', [
  'Fisheries Minister Lotta Vinter opened the new quay on Friday. "The harbour is open for business," Vinter said.',
]);
const founder = doc('founder', '2024-03-03', [
  'The town still remembers its founder, the shipwright Nils Vinter, whose statue stands by the quay.',
]);
const bareOnly = doc('bare', '2024-03-04', [
  'The ribbon was cut before noon. Vinter, for her part, promised the fleet "a fair wind" for the season.',
]);

it('leaves a bare surname unjoined when another report names a different person of that surname', () => {
  const { quotes } = extractQuotes(passagesOf(minister, founder, bareOnly));
  const q = quotes.find((x) => x.quote.includes('a fair wind'));
  expect(q?.speaker).toBe('Vinter');
});

it('still joins a bare surname to the one person of that name when no one else bears it', () => {
  const { quotes } = extractQuotes(passagesOf(minister, bareOnly));
  const q = quotes.find((x) => x.quote.includes('a fair wind'));
  expect(q?.speaker).toBe('Lotta Vinter');
});
