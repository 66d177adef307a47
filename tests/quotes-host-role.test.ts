import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('a capitalised noun of a person before a name opening on no known first name is a role ("Host Ryu Ha-eun")', () => {
  it('"Host NAME opened the show ... "...," the host said." credits the host by name', () => {
    const paras = ['Host Ryu Ha-eun opened the show with the week\'s news.', 'The first caller, a bus driver, asked about fares.', '"Fares will rise in March," the host said.'];
    expect(speakerOf(paras, 'Fares will rise in March')).toBe('Ryu Ha-eun');
  });
  it('but a common word opening an organisation\'s name is no role: "Human Rights Watch" stays whole', () => {
    const paras = ['Human Rights Watch said in a statement that the trial "mocks every standard of justice".'];
    expect(speakerOf(paras, 'mocks every standard of justice')).toBe('Human Rights Watch');
  });
});

describe('"The host laughed. "...," she said.": a bare "the ROLE" as a sentence\'s subject is the one person the text gave that role', () => {
  it('credits the host by name through the pronoun', () => {
    const paras = ['Host Clara Menz began the show with a question about wages.', 'The first caller, Rob Tannen, 40, a welder, complained about pay. "We are paid the same as in 2015," he said.', 'The host laughed. "Then you should ask for more, Rob," she said.'];
    expect(speakerOf(paras, 'Then you should ask for more')).toBe('Clara Menz');
  });
  it('but not a people\'s word as the subject ("The Norwegian smiled.") when the text named one by that word', () => {
    const paras = ['The Norwegian skier Ola Brekke won the race; his coach, Lise Moen, watched.', 'The Norwegian smiled. "It was cold," she said.'];
    expect(speakerOf(paras, 'It was cold')).not.toBe('Ola Brekke');
  });
});

describe('"the “TITLE” actress" sets another holder of the role apart: a bare "the actress" later is not the one named with it first', () => {
  it('does not credit the first actress named', () => {
    const paras = [
      'Last spring actress Lia Brecht wrote a blog post about her childhood. The actress also said that casting agents ignored her.',
      'Since then, the “Harbour Lights” actress has spoken out on the same subject.',
      'The actress explained why the label was a “backhanded compliment.”',
    ];
    expect(speakerOf(paras, 'backhanded compliment')).not.toBe('Lia Brecht');
  });
});
