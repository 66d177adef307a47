import { expect, it } from 'vitest';
import { parseArticle } from '../src/corpus/load.ts';
import { buildPassages } from '../src/text/passages.ts';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';

it('composes accents written as combining marks, so a name with them is read and shown as typed', () => {
  const decomposed = 'Jose\u0301 Pen\u0303a';
  const source = `---\ntitle: "Test"\noutlet: Test Outlet\npublished: 2024-02-01\n---\n\n"The harbour will reopen in May," said ${decomposed}, the port director.\n`;
  const { document, problems } = parseArticle('accents.md', source);
  expect(problems).toEqual([]);
  expect(document!.paragraphs[0]).toContain('José Peña');
  const { quotes } = extractQuotes(buildPassages([document!]));
  expect(quotes[0]!.speaker).toBe('José Peña');
});
