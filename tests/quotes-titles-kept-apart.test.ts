import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

function ids(paras: string[]): { get(start: string): string | null | undefined } {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2024-02-01', paras)));
  return { get: (start) => quotes.find((q) => q.quote.startsWith(start))?.speakerId };
}

it('keeps "Dr. Marr" and "Ms. Marr, who runs the pharmacy opposite," apart, and gives a bare "Marr" to the one named last', () => {
  const got = ids([
    'Dr. Marr runs the health centre on Quay Street.',
    'Ms. Marr, who runs the pharmacy opposite, disagreed. "The buses are the real problem," Ms. Marr said.',
    '"We need two more doctors," Dr. Marr said.',
    '"Nobody in the council reads our letters," Marr said.',
  ]);
  const doctor = got.get('We need two more doctors');
  const chemist = got.get('The buses are the real problem');
  expect(doctor).toBeTruthy();
  expect(chemist).toBeTruthy();
  expect(doctor).not.toBe(chemist);
  expect(got.get('Nobody in the council')).toBe(doctor);
});

it('keeps one person called "Dr." and then "Ms." with no description of her own', () => {
  const got = ids(['Dr. Ilse Marr, a surgeon, runs the health centre.', '"We need two more doctors," Dr. Marr said.', '"The council does not listen," Ms. Marr said.']);
  expect(got.get('The council does not listen')).toBe(got.get('We need two more doctors'));
});
