import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Articles written for these tests, with invented people and places.
function speakerOf(paragraphs: string[], words: string): string | null {
  const quotes = extractQuotes(passagesOf(doc('t', '2024-05-02', paragraphs))).quotes;
  const q = quotes.find((x) => x.quote.includes(words));
  if (!q) throw new Error(`no quote holding "${words}"`);
  return q.speaker ?? null;
}

describe('a "who" clause of speaking about a thing after a set-off name', () => {
  const para = [
    'Councillor Petra Holm said the budget was "a mess." She pointed to the roads commissioner, Karen Dube, who had spoken of "consequences" in April.',
  ];
  it('gives the quoted word to the antecedent of "who", not the subject of the main clause', () => {
    expect(speakerOf(para, 'consequences')).toBe('Karen Dube');
  });
  it('reads "talked about" the same way', () => {
    expect(speakerOf(['Oskar Brandt pointed to Lina Marsh, who talked about "a lost decade" last spring.'], 'a lost decade')).toBe('Lina Marsh');
  });
  it('leaves the main clause credit alone when the relative clause does not speak', () => {
    expect(speakerOf(['Oskar Brandt, who had travelled from Tarnhill, said the plan was "late and thin."'], 'late and thin')).toBe('Oskar Brandt');
  });
});

describe('"called" after a quote as a cry, not a naming', () => {
  const intro = 'Her teacher, Lorna Vale, sat in the stalls.';
  it('credits the one who called from a place', () => {
    expect(speakerOf([intro, '"The tempo is wrong," Vale called from the front row.'], 'tempo is wrong')).toBe('Lorna Vale');
  });
  it('credits the one who called at the end of the sentence', () => {
    expect(speakerOf([intro, '"Again, from the top," Vale called.'], 'from the top')).toBe('Lorna Vale');
  });
  it('still credits no one for a naming ("called it")', () => {
    expect(speakerOf([intro, '"A disgrace," Vale called it.'], 'A disgrace')).toBeNull();
  });
});

describe('a bare line after two lines of dialogue by two people', () => {
  const scene = [
    'The rehearsal ran late. I sat in the back row.',
    '"The tempo is wrong," Lorna Vale called from the front row.',
    '"It is the tempo we agreed," Vera Dunn said, not turning round.',
    '"Then we agreed wrong."',
    'Dunn played the passage again.',
  ];
  it('is the first speaker answering, not the second going on', () => {
    expect(speakerOf(scene, 'Then we agreed wrong')).toBe('Lorna Vale');
  });
  it('still goes on with the one speaker when only one line came before', () => {
    const report = ['The port reopened on Monday.', '"We lost a week," harbour master Ivo Renn said.', '"Nobody will get that week back."'];
    expect(speakerOf(report, 'Nobody will get')).toBe('Ivo Renn');
  });
  it('still goes on when the paragraph before holds more than the line', () => {
    const report = [
      '"We lost a week," harbour master Ivo Renn said.',
      '"It was the storm," pilot Mara Esk said. She had been at sea since Friday.',
      '"Nobody will get that week back."',
    ];
    expect(speakerOf(report, 'Nobody will get')).not.toBe('Ivo Renn');
  });
});

describe('"As my colleague NAME put it to me on DAY," before a quote', () => {
  it('credits the named colleague after a possessive role', () => {
    expect(speakerOf(['Tomas Reyes spoke first.', 'As my colleague Dr Ilse Varga put it to me on Friday, "The river decides, not the ministry."'], 'The river decides')).toBe('Ilse Varga');
  });
  it('does not take a possessive role with no name for a speaker', () => {
    expect(speakerOf(['Tomas Reyes spoke first.', 'As her father put it, "The river decides."'], 'The river decides')).not.toBe('Tomas Reyes');
  });
});

describe('"the statement said" after a credit "..., BODY said in a statement"', () => {
  const para = [
    'Norland is "watching the talks closely", the Foreign Office said in a statement on Wednesday.',
    'It added that any arms transfer would be "a grave breach". "Norland will work with its partners," the statement said.',
  ];
  it('is the body that the credit set off after the words says issued it', () => {
    expect(speakerOf(para, 'work with its partners')).toBe('the Foreign Office');
  });
});

describe('"his sister" of a brother the text names by a given name alone', () => {
  const story = [
    'The cellist Mirela Dvorak, 31, opened the festival in Tarnhill on Friday.',
    '"I learned to play in a cold kitchen," Dvorak said.',
    'Her brother Tomasz, who drives the van, was less sentimental. "The van is colder," he said.',
    'Afterwards Tomasz was already loading the cases. "Next stop Orlen," he said.',
    'His sister was still signing programmes. "Tell them I will come back," she said.',
  ];
  it('is the one woman the text had named in full before the brother was brought in', () => {
    expect(speakerOf(story, 'Tell them I will come back')).toBe('Mirela Dvorak');
  });
  it('is left open when two women were named in full before him', () => {
    const two = [story[0]!, 'Her teacher, Hanna Wolff, flew in from Brenn.', ...story.slice(1)];
    expect(speakerOf(two, 'Tell them I will come back')).not.toBe('Hanna Wolff');
  });
});
