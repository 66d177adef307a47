import { describe, expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';
import { subjectPastFrontedPhrase } from '../src/quotes/fronted-phrase-subject.ts';

// Passages written for these tests (invented names and places).
const opening = 'In 2019, when Karl Lutz first met Rolf Beck in Graz, the talks were brief. Timo Rask, then the consul, later recalled a quiet Lutz. "He listened much more than he spoke," Rask said in an interview.';
const speakers = (second: string) => speakersByStart([opening, `${second} Standing beside Beck at the mill, he called the visit an honour and praised the "great achievements" of its workers.`]);

describe('the subject of the sentence before, past a fronted phrase with no comma', () => {
  it('is read past "At the plant", "In 2023" and "During the tour", never past a preposition taking it', () => {
    expect(subjectPastFrontedPhrase('At the plant Lutz talked.')).toBe('Lutz');
    expect(subjectPastFrontedPhrase('In 2023 Lutz spoke at length.')).toBe('Lutz');
    expect(subjectPastFrontedPhrase('During the tour Lutz was at ease.')).toBe('Lutz');
    expect(subjectPastFrontedPhrase('In talks with Lutz nothing changed.')).toBeNull();
    expect(subjectPastFrontedPhrase('Lutz talked at the plant.')).toBeNull();
  });
  it('keeps a "he" from leaping back past that subject to the consul quoted before', () => {
    expect(speakers('At the plant Lutz talked.').get('He listened')).toBe('Timo Rask');
    expect(speakers('At the plant Lutz talked.').get('great achievements')).toBeNull();
    expect(speakers('In 2023 Lutz talked.').get('great achievements')).toBeNull();
  });
  it('reads no day or month as the given name of the subject after it ("On Monday Lutz")', () => {
    expect(speakers('On Monday Lutz talked.').get('great achievements')).toBe('Karl Lutz');
    expect(speakers('In March 2023 Lutz talked.').get('great achievements')).toBe('Karl Lutz');
  });
});
