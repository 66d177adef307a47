import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { callingVerbRole } from '../src/quotes/calling-verb-role.ts';

// Sentences and names written for these tests: 'NAME, who has coached the national team since 2019, ... "...," the
// coach said.': the verb of a calling in a "who" clause set off after a full name gives the role its noun names.

describe('the calling a "who" clause gives by its verb', () => {
  it('reads the present perfect and the present, the verb\'s own noun or the one derived from it', () => {
    expect(callingVerbRole(', who has coached the national team since 2019, watched')).toBe('coach');
    expect(callingVerbRole(', who edits the harbour weekly, said')).toBe('editor');
    expect(callingVerbRole(', who has refereed two cup finals,')).toBe('referee');
  });
  it('not a bare past, nor a verb whose noun is no calling', () => {
    expect(callingVerbRole(', who coached the side in 2010, watched')).toBeNull();
    expect(callingVerbRole(', who has visited Tarvik twice,')).toBeNull();
    expect(callingVerbRole(', who has helped the family,')).toBeNull();
    expect(callingVerbRole(', who follows the talks closely,')).toBeNull();
  });
});

describe('"the coach said" after one named as coaching', () => {
  it('the one named, when no one else in reach coaches', () => {
    const text = ['Marta Kellinger, who has coached the national team since 2019, watched the final from the stands in Brevik.', '"We were not good enough today, and we know it," the coach said.'];
    expect(speakerOf(text, 'not good enough')).toBe('Marta Kellinger');
  });
  it('"the editor" after one who edits a paper', () => {
    const text = ['Pavel Strand, who edits the Osten Courier, has covered the port for thirty years.', '"Nobody here believes the figures," the editor said.'];
    expect(speakerOf(text, 'believes the figures')).toBe('Pavel Strand');
  });
  it('no one when another named near the word coaches too', () => {
    const text = ['Marta Kellinger, who has coached the national team since 2019, watched the final with Ivo Sand, who coaches the juniors.', '"We were not good enough today, and we know it," the coach said.'];
    expect(speakerOf(text, 'not good enough')).toBeNull();
  });
  it('no one when another named with the role set off coaches too', () => {
    const text = ['Marta Kellinger, who has coached the national team since 2019, watched the final from the stands in Brevik.', 'Her assistant, Ivo Sand, the goalkeeping coach, was less calm.', '"We were not good enough today, and we know it," the coach said.'];
    expect(speakerOf(text, 'not good enough')).toBeNull();
  });
  it('no one when a sentence opens on another coach', () => {
    const text = ['Marta Kellinger, who has coached the national team since 2019, watched the final from the stands in Brevik.', 'The visiting coach was gloomier after the match.', '"We were not good enough today, and we know it," the coach said.'];
    expect(speakerOf(text, 'not good enough')).toBeNull();
  });
  it('no one for a coach of the past', () => {
    const text = ['Marta Kellinger, who coached the national team until 2019, watched the final from the stands in Brevik.', '"We were not good enough today, and we know it," the coach said.'];
    expect(speakerOf(text, 'not good enough')).toBeNull();
  });
});

describe('the calling told by the predicate of a name opening its sentence', () => {
  it('"NAME has coached ... for thirty years", then "Her father shrugged. "...," the coach said."', () => {
    const text = [
      'OSTEN -- Pavel Harju has coached junior hockey in this port town for thirty years.',
      '"Nothing to discuss," Harju said.',
      'His daughter Mira Harju, 29, sees it differently. "They were all talking about freight," she said.',
      'The coach\'s assistant, Ilmo Vaara, tried to stay out of it. "I only know the ice got cheaper," Vaara said.',
      'Her father shrugged when she repeated it. "Neighbours also need fences," the coach said. "Write that down."',
    ];
    expect(speakerOf(text, 'need fences')).toBe('Pavel Harju');
  });
  it('only the present perfect there, and no clause as the object', () => {
    expect(callingVerbRole(' has coached junior hockey for years', true)).toBe('coach');
    expect(callingVerbRole(' has coached junior hockey for years')).toBeNull();
    expect(callingVerbRole(' coaches junior hockey', true)).toBeNull();
    expect(callingVerbRole(', who teaches that the war is lost,')).toBeNull();
  });
});
