import { expect, it } from 'vitest';
import { isQuestion, replyTo } from '../src/search/asked-in-text.ts';
import type { Passage } from '../src/types.ts';

/** A passage of document `doc` with the given sentences (only what replyTo reads). */
function passage(doc: string, paragraph: number, sentences: string[]): Passage {
  return { id: `${doc}#p${paragraph}`, doc, paragraph, text: sentences.join(' '), sentences: sentences.map((text) => ({ text })) } as unknown as Passage;
}

it('reads a sentence ending with a question mark as a question, before closing quotes', () => {
  expect(isQuestion('HOST: Where does the ferry go from here?')).toBe(true);
  expect(isQuestion('"Who pays for the bridge?"')).toBe(true);
  expect(isQuestion('The mayor asked who pays for the bridge.')).toBe(false);
});

it('answers a question the source asks itself with the paragraph after it', () => {
  const asked = passage('radio', 4, ['HOST: Thank you, Ines.', 'So who pays for the new bridge?']);
  const reply = passage('radio', 5, ['INES: The county, mostly.', 'The state adds a fifth.']);
  // Prose after a question is no reply: the question's own paragraph answers, or nothing does.
  expect(replyTo(asked, 'So who pays for the new bridge?', passage('radio', 5, ['The county pays, mostly.']))).toBeNull();
  expect(replyTo(asked, 'So who pays for the new bridge?', reply)).toBe(reply);
  // The matched sentence is not the question closing the passage: the passage answers for itself.
  expect(replyTo(asked, 'HOST: Thank you, Ines.', reply)).toBeNull();
  // Nothing follows in the same document, or what follows is only another question.
  expect(replyTo(asked, 'So who pays for the new bridge?', passage('other', 1, ['The county pays.']))).toBeNull();
  expect(replyTo(asked, 'So who pays for the new bridge?', passage('radio', 5, ['INES: Who do you think?']))).toBeNull();
  expect(replyTo(asked, 'So who pays for the new bridge?', undefined)).toBeNull();
});

it('answers a section heading with the first paragraph under it', () => {
  const heading = passage('paper', 7, ['**Harbour fees**']);
  const under = passage('paper', 8, ['The port raised its fees by a tenth on Monday.']);
  expect(replyTo(heading, '**Harbour fees**', under)).toBe(under);
  expect(replyTo(passage('paper', 7, ['## Harbour fees']), '## Harbour fees', under)).toBe(under);
  // A bold sentence is no heading, nor is a heading followed by another heading.
  expect(replyTo(passage('paper', 7, ['**The port raised its fees.**']), '**The port raised its fees.**', under)).toBeNull();
  expect(replyTo(heading, '**Harbour fees**', passage('paper', 8, ['**Rail fares**']))).toBeNull();
});
