import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Articles written for these tests, with invented people.
function speakerOf(paragraphs: string[], words: string): string | null {
  const quotes = extractQuotes(passagesOf(doc('t', '2024-03-11', paragraphs))).quotes;
  const q = quotes.find((x) => x.quote.includes(words));
  if (!q) throw new Error(`no quote holding "${words}"`);
  return q.speaker ?? null;
}

describe('a Filipino surname with the particle "dela" or "delos"', () => {
  const para = [
    'Harbour Secretary Arnel dela Rosa, speaking at a ceremony in Iloilo, struck a harder tone. "Every ferry will be inspected twice," dela Rosa said. Dela Rosa added that the coast guard had found nothing unusual. "Nothing at all," he said.',
  ];
  it('keeps the particle inside the name, lower case or opening a sentence', () => {
    expect(speakerOf(para, 'inspected twice')).toBe('Arnel dela Rosa');
  });
  it('lets "he" after a sentence opened by the capitalised particle go to that person', () => {
    expect(speakerOf(para, 'Nothing at all')).toBe('Arnel dela Rosa');
  });
  it('reads "delos" as a particle too', () => {
    expect(speakerOf(['Councillor Mirasol delos Reyes opened the hearing. "We will vote tonight," delos Reyes said.'], 'vote tonight')).toBe('Mirasol delos Reyes');
  });
});

describe('"the spokeswoman" for one the text named as a spokesperson', () => {
  it('is the one woman given the neutral form of the role', () => {
    const para = ['The water board was more measured. Its spokesperson, Teresa Lindqvist, said Tarlow was "watching the reservoir closely". Asked whether rationing would begin, the spokeswoman said there were "no plans this month."'];
    expect(speakerOf(para, 'no plans this month')).toBe('Teresa Lindqvist');
  });
  it('is not a man given the neutral form', () => {
    const para = ['The water board was more measured. Its spokesperson, Howard Lindqvist, said Tarlow was "watching the reservoir closely". Asked whether rationing would begin, the spokeswoman said there were "no plans this month."'];
    expect(speakerOf(para, 'no plans this month')).not.toBe('Howard Lindqvist');
  });
  it('is not tied when another spokeswoman was brought in', () => {
    const para = ['The water board was more measured. Its spokesperson, Teresa Lindqvist, said Tarlow was "watching the reservoir closely". A spokeswoman for the fire service said crews were "ready". Asked whether rationing would begin, the spokeswoman said there were "no plans this month."'];
    expect(speakerOf(para, 'no plans this month')).not.toBe('Teresa Lindqvist');
  });
});

describe('an age epithet for the one person named before it', () => {
  it('is not kept from that person by a proper adjective after "the" ("the Soviet Energia programme")', () => {
    const para = ['Her father, Boris Lanskoy, worked on the Soviet Energia programme and still lives near Orsk. Reached by telephone, he was unimpressed. "In my day we needed a welder, not a summit," the 84-year-old said.'];
    expect(speakerOf(para, 'needed a welder')).toBe('Boris Lanskoy');
  });
});

describe('a transcript turn labelled by a surname the turn itself gives a namesake', () => {
  const transcript = [
    'Below is an edited transcript. The host is Maren Holt. The guests: Taras Dovzhenko, an economist in Lviv, and Ada Quill, a former diplomat.',
    'HOLT: Taras Dovzhenko, what did you hear?',
    'DOVZHENKO: I heard a shopping list. We have been warning about this for months.',
    'QUILL: I would be more careful. I sat at those tables for years.',
    'HOLT: Thirty seconds each. What should we do?',
    'DOVZHENKO: Build factories. My colleague Olena Dovzhenko, no relation, people always ask, has counted the promises. She wrote last month that "promises do not fire."',
  ];
  it('gives the turn to the person of that surname named before it, not the namesake the turn names', () => {
    expect(speakerOf(transcript, 'Build factories')).toBe('Taras Dovzhenko');
  });
  it("lets the namesake's own quoted words inside the turn be hers", () => {
    expect(speakerOf(transcript, 'promises do not fire')).toBe('Olena Dovzhenko');
  });
});

describe('a host reading words out: "This is from NAME, ROLE, yesterday:"', () => {
  it('credits the words after the colon to the one named', () => {
    expect(speakerOf(['Let me read you something. This is from Ivo Brandt, the harbour master, yesterday: "The quay stays closed until the divers are done."'], 'quay stays closed')).toBe('Ivo Brandt');
  });
  it('credits no one when what is read out is from a body the reading does not take as a name', () => {
    expect(speakerOf(['This is from the harbour office: "The quay stays closed until the divers are done."'], 'quay stays closed')).toBe(null);
  });
});
