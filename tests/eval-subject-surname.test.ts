import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readSplit } from '../eval/polnear.ts';
import { writeBratAttributions } from './helpers/brat-attributions.ts';

/**
 * An invented one-article split with brat attributions (each [source words, quoted words] pair is one attribution,
 * its source after its quote) and a CoreNLP file of the article's sentences: every word is tagged by `tags` (a
 * word's POS and NER), a word ending in "ed" or "s" after a name is a past or present verb, anything else a noun.
 */
function split(sentences: string[], pairs: [string, string][], tags: Record<string, [string, string]>): string {
  const text = sentences.join(' ') + '\n';
  const root = mkdtempSync(join(tmpdir(), 'polnear-'));
  for (const d of ['text', 'attributions', 'corenlp']) mkdirSync(join(root, 'dev', d), { recursive: true });
  writeFileSync(join(root, 'dev', 'text', 'a.txt'), text);
  writeBratAttributions(root, text, pairs);
  let xml = '<root><document><sentences>';
  let at = 0;
  let open = false;
  sentences.forEach((sentence, n) => {
    const start = text.indexOf(sentence, at);
    at = start + sentence.length;
    xml += `<sentence id="${n + 1}"><tokens>`;
    for (const m of sentence.matchAll(/[\p{L}'-]+|[^\s\p{L}]/gu)) {
      const begin = start + m.index;
      let word = m[0];
      let pos: string;
      let ner = 'O';
      if (word === '"') {
        word = open ? "''" : '``';
        pos = word;
        open = !open;
      } else if (tags[word]) [pos, ner] = tags[word]!;
      else if (/^[.,:]$/u.test(word)) pos = word;
      else if (/ed$/u.test(word) || word === 'said') pos = 'VBD';
      else pos = 'NN';
      xml += `<token><word>${word}</word><CharacterOffsetBegin>${begin}</CharacterOffsetBegin><CharacterOffsetEnd>${begin + m[0].length}</CharacterOffsetEnd><POS>${pos}</POS><NER>${ner}</NER></token>`;
    }
    xml += '</tokens></sentence>';
  });
  writeFileSync(join(root, 'dev', 'corenlp', 'a.txt.xml'), xml + '</sentences></document></root>');
  return root;
}

const PEOPLE: Record<string, [string, string]> = {
  Peter: ['NNP', 'PERSON'],
  Oskar: ['NNP', 'PERSON'],
  Lindqvist: ['NNP', 'PERSON'],
  Brandt: ['NNP', 'PERSON'],
  Asked: ['VBN', 'O'],
  whether: ['IN', 'O'],
  would: ['MD', 'O'],
};

it('reads a lone surname the tagger missed, opening a sentence, as the person named in full before', () => {
  const sentences = [
    'Peter Lindqvist opened the hearing.',
    '"We start now," Lindqvist said.',
    'Oskar Brandt objected.',
    '"This is irregular," Brandt said.',
    'Lindqvist waved him off.',
    '"Sit down," he said.',
  ];
  const pairs: [string, string][] = [['Lindqvist', 'We start now,'], ['Brandt', 'This is irregular,'], ['he', 'Sit down,']];
  // The tagger calls the fifth sentence's "Lindqvist" a firm: still the man named in full in the first.
  const tagged = split(sentences, pairs, { ...PEOPLE });
  const xmlPath = join(tagged, 'dev', 'corenlp', 'a.txt.xml');
  const at = sentences.slice(0, 4).join(' ').length + 1;
  writeFileSync(xmlPath, readFileSync(xmlPath, 'utf8').replace(`<CharacterOffsetBegin>${at}</CharacterOffsetBegin><CharacterOffsetEnd>${at + 9}</CharacterOffsetEnd><POS>NNP</POS><NER>PERSON</NER>`, `<CharacterOffsetBegin>${at}</CharacterOffsetBegin><CharacterOffsetEnd>${at + 9}</CharacterOffsetEnd><POS>NNP</POS><NER>ORGANIZATION</NER>`));
  const [a] = readSplit(tagged, 'dev');
  expect(a!.gold.find((g) => g.source === 'he')!.read).toEqual({ name: 'Lindqvist' });
});

it('passes over a fronted clause to the person named after its comma', () => {
  const sentences = [
    'Peter Lindqvist opened the hearing.',
    'Oskar Brandt objected.',
    '"This is irregular," Brandt said.',
    'Asked whether the vote would wait, Lindqvist demurred.',
    '"Not today," he said.',
  ];
  const [a] = readSplit(split(sentences, [['Brandt', 'This is irregular,'], ['he', 'Not today,']], PEOPLE), 'dev');
  expect(a!.gold.find((g) => g.source === 'he')!.read).toEqual({ name: 'Lindqvist' });
});

it('takes no place name for a person, though a run the tagger read as a name ends in it', () => {
  const sentences = [
    'Peter Lindqvist Wins Norland.',
    'Oskar Brandt objected.',
    '"This is irregular," Brandt said.',
    'Norland voted.',
    '"Not today," he said.',
  ];
  const tags: Record<string, [string, string]> = { ...PEOPLE, Wins: ['NNP', 'PERSON'], Norland: ['NNP', 'PERSON'] };
  const root = split(sentences, [['Brandt', 'This is irregular,'], ['he', 'Not today,']], tags);
  const xmlPath = join(root, 'dev', 'corenlp', 'a.txt.xml');
  const at = sentences.slice(0, 3).join(' ').length + 1;
  writeFileSync(xmlPath, readFileSync(xmlPath, 'utf8').replace(`<CharacterOffsetBegin>${at}</CharacterOffsetBegin><CharacterOffsetEnd>${at + 7}</CharacterOffsetEnd><POS>NNP</POS><NER>PERSON</NER>`, `<CharacterOffsetBegin>${at}</CharacterOffsetBegin><CharacterOffsetEnd>${at + 7}</CharacterOffsetEnd><POS>NNP</POS><NER>LOCATION</NER>`));
  const [a] = readSplit(root, 'dev');
  expect(a!.gold.find((g) => g.source === 'he')!.read).toEqual({ name: 'Brandt' });
});
