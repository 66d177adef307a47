import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { boldLabel, fullLabelBefore, type BoldLabel } from '../src/quotes/bold-label.ts';
import { transcriptTurns } from '../src/quotes/transcript.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented excerpts of a hearing printed under bold speaker labels: a full first label with a title, a party tag
// and a role, then short labels by title and surname; a chair named Roe and a namesake the text mentions.
const hearing = [
  'A council committee in Velmark on Tuesday heard two witnesses on the harbour deal. Below are excerpts, lightly edited.',
  '**Cllr. Greta Holm (L-Velmark), chair:** The committee will come to order. I want to know what this deal will cost us.',
  '**Dr. Ivo Brandt, harbour economist:** Thank you, Madam Chair. I was in the room when the buyers told us, "We are in no hurry." They meant it.',
  '**Cllr. Holm:** Dr. Brandt, you wrote last year that the harbour was "a town\'s last asset." Is that still your view?',
  '**Dr. Brandt:** It is. I would not sell it for less than its worth.',
  '**Cllr. Tomas Ruud (C-Osterby):** I yield myself five minutes. I have no questions for now.',
  'After the hearing, Holm told reporters the testimony had been "sobering."',
];

function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2025-05-01', paras, { outlet: 'Velmark Ledger' })));
  return new Map(quotes.map((q) => [q.quote, q.speaker]));
}

describe('bold speaker labels', () => {
  it('reads the name out of a full label, past its title, party tag and role', () => {
    expect(boldLabel(hearing[1]!)).toMatchObject({ name: 'Greta Holm', title: 'Cllr.' });
    expect(boldLabel(hearing[2]!)).toMatchObject({ name: 'Ivo Brandt', title: 'Dr.' });
    expect(boldLabel('**Key events**')).toBeNull();
    expect(boldLabel('**WINNER: Tomas Ruud**')).toBeNull();
    expect(boldLabel('**Q:** What next?')).toBeNull();
  });

  it('reads a short label as the one earlier full label of that surname and title, else no one', () => {
    const before = [hearing[1]!, hearing[2]!].map((p) => boldLabel(p)!) as BoldLabel[];
    expect(fullLabelBefore(boldLabel(hearing[3]!)!, before)).toBe('Greta Holm');
    expect(fullLabelBefore(boldLabel('**Holm:** Yes.')!, [...before, boldLabel('**Mr. Per Holm, witness:** Yes.')!])).toBeNull();
  });

  it('gives a turn\'s words to the labelled speaker and a vocative "you wrote" quote to the one addressed', () => {
    const got = speakers(hearing);
    expect(got.get('It is. I would not sell it for less than its worth.')).toBe('Ivo Brandt');
    expect(got.get('a town\'s last asset.')).toBe('Ivo Brandt');
    expect(got.get('We are in no hurry.')).not.toBe('Ivo Brandt');
  });

  it('reads a one-word bold label as a turn only for a surname one person named in full before bears', () => {
    const paras = [...hearing.slice(0, 5), '**Update:** We will post the full record later. You can write to us.', '**Ruud:** I have no questions.'];
    const turns = transcriptTurns(paras, () => false, paras, 'Velmark Ledger');
    // (Neither is a label: at most the turn before going on.)
    expect(turns[5]?.speaker).not.toBe('Update');
    expect(turns[5]?.continued ?? true).toBe(true);
    expect(turns[4]).toMatchObject({ speaker: 'Ivo Brandt' });
    // ("Ruud" is named in full nowhere before.)
    expect(turns[6]?.speaker).not.toBe('Ruud');
    expect(turns[6]?.continued ?? true).toBe(true);
  });

  it('reads "**Moderator:**" as a questioner\'s turn whose vocative "Ms. SURNAME, you wrote" goes to the guest answering next', () => {
    const panel = [
      'The port panel met in Velm on Friday. Excerpts follow.',
      '**Moderator:** Welcome. Our guests are Ana Roe and Per Lind.',
      '**Ana Roe, economist:** Thank you. I am glad to be here.',
      '**Per Lind, engineer:** Thank you. We have a lot to cover.',
      '**Moderator:** Ms. Roe, you wrote that the port was "a lost cause." Why?',
      '**Roe:** Because I have seen the books.',
      '**Moderator:** Mr. Lind, you called it "a sound bet." Do you agree?',
    ];
    const got = speakers(panel);
    expect(got.get('a lost cause.')).toBe('Ana Roe');
    expect(got.get('Because I have seen the books.')).toBe('Ana Roe');
    // (The guest named is not the one answering next: no one.)
    expect(got.get('a sound bet.')).toBeNull();
  });
});
