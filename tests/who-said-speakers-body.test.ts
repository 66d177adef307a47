import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests, with invented people and countries: a claim names the body a speaker's
// "we" stands for, as the article does when it introduces the speaker.
const article = doc('tarn-visit', '2024-03-09', [
  "Velmora's prime minister Ostra Kain arrived in Tarn on Monday for two days of talks.",
  'Lio Brecht, the foreign minister of Brisa, met her at the airport.',
  'At the dinner she raised a glass. "We will always stand with Tarn," Kain said.',
  '"Our ports are open to your ships," she added.',
  '"We have no quarrel with anyone," Brecht told reporters.',
]);
const ask = whoSaidOver(article);

describe("who-said: the speaker's country named for their \"we\"", () => {
  it('is close wording when the article gives the speaker as that body\'s', () => {
    expect(ask('kain said velmora will always stand with tarn').matches[0]).toMatchObject({ speaker: 'Ostra Kain', verdict: 'close' });
    expect(ask("kain said velmora's ports are open to your ships").matches[0]).toMatchObject({ speaker: 'Ostra Kain', verdict: 'close' });
    expect(ask('brecht said brisa has no quarrel with anyone').matches[0]).toMatchObject({ speaker: 'Lio Brecht', verdict: 'close' });
  });
  it('is still different for another body', () => {
    const a = ask('kain said brisa will always stand with tarn').matches[0];
    expect(a).toMatchObject({ speaker: 'Ostra Kain', verdict: 'different' });
    expect(a?.differences.map((d) => d.quote)).toEqual(['We']);
    expect(ask('brecht said velmora has no quarrel with anyone').matches[0]).toMatchObject({ verdict: 'different' });
  });
});

describe('namesSpeakersBody reads the document only for a "we" it may name', () => {
  it('does not gather the text before the quote for a word that is no first-person plural', async () => {
    const { namesSpeakersBody } = await import('../src/quotes/speakers-body.ts');
    let read = 0;
    const before = (): string => {
      read++;
      return "Velmora's prime minister Ostra Kain arrived.";
    };
    expect(namesSpeakersBody({ kind: 'word', quote: 'strong', claim: 'weak' } as never, before, 'Ostra Kain')).toBe(false);
    expect(read).toBe(0);
    expect(namesSpeakersBody({ kind: 'word', quote: 'We', claim: 'Velmora' } as never, before, 'Ostra Kain')).toBe(true);
    expect(read).toBe(1);
  });
});
