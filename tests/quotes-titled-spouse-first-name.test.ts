import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (a probe court report, session 35): "Mrs Dunmore" after "Mr Dunmore's wife,
// Lorna," is Lorna, not the Mr Dunmore the text named in full, and not a new bare "Dunmore".
describe('a titled surname for a spouse named by first name alone', () => {
  it('"Mr X\'s wife, Lorna, said ..." then "Mrs X said ... "...," she said."', () => {
    const paras = [
      'Prosecuting, Helen Marsh said the worker, Colin Dunmore, 58, broke both legs.',
      'Mr Dunmore\'s wife, Lorna, said the family had lost its income.',
      'His son, Peter Dunmore, said outside court that the fine was too small. "It is an insult," he said.',
      'Mrs Dunmore said she hoped no one else would be hurt. "Check your ladders," she said.',
    ];
    expect(speakerOf(paras, 'Check your ladders')).toBe('Lorna');
  });
  it('"Mr X" after "Mrs X\'s husband, Tom," is Tom', () => {
    const paras = [
      'The nurse, Abigail Fenwright, was struck by a bus on her way home.',
      'Mrs Fenwright\'s husband, Tobias, sat in the public gallery.',
      'Mr Fenwright said he had not slept since. "I want answers," he said.',
    ];
    expect(speakerOf(paras, 'I want answers')).toBe('Tobias');
  });
  it('two spouses of that surname named by first name: no one', () => {
    const paras = [
      'The brothers, Colin Dunmore and Keith Dunmore, ran the yard together.',
      'Colin Dunmore\'s wife, Lorna, and Keith Dunmore\'s wife, Marion, were in court.',
      'Mrs Dunmore said the family had struggled. "We could not pay the rent," she said.',
    ];
    expect(speakerOf(paras, 'could not pay the rent')).toBeNull();
  });
  it('a woman of that surname of another first name named in full as well: no one', () => {
    const paras = [
      'The worker, Colin Dunmore, broke both legs. Mr Dunmore\'s wife, Lorna, was not in court.',
      'His sister, Gwen Dunmore, said the firm had ignored warnings.',
      'Mrs Dunmore said the family had struggled. "We could not pay the rent," she said.',
    ];
    expect(speakerOf(paras, 'could not pay the rent')).toBeNull();
  });
  it('the spouse named in full later is the one', () => {
    const paras = [
      'The worker, Colin Dunmore, broke both legs. Mr Dunmore\'s wife, Lorna, was not in court.',
      'Lorna Dunmore later told the inquiry that the ladder had been broken for months.',
      'Mrs Dunmore said the family had struggled. "We could not pay the rent," she said.',
    ];
    expect(speakerOf(paras, 'could not pay the rent')).toBe('Lorna Dunmore');
  });
  it('"His wife, Carol," right after a man of that surname named in full', () => {
    const paras = [
      'Residents fled with minutes to spare. Doug Pellew, 72, said he had grabbed his pills. "The ridge was orange," he said.',
      'His wife, Carol, said they had lived there for 31 years.',
      'A sheriff\'s deputy, Ana Ruiz, said roads were closed.',
      'Mrs Pellew said the couple would stay with their son. "We are the lucky ones," she said.',
    ];
    expect(speakerOf(paras, 'the lucky ones')).toBe('Carol');
  });
  it('"Ms X" beside a daughter named in full and a widow named by first name: the daughter, as before', () => {
    const paras = [
      'Arthur Pellew, 84, died in hospital.',
      'Mr Pellew\'s daughter, Susan Pellew, said he had lived in the village all his life.',
      'Mr Pellew\'s widow, Margaret, was too upset to speak.',
      'Ms Pellew said her mother was with relatives. "Mum keeps asking for him," she said.',
    ];
    expect(speakerOf(paras, 'Mum keeps asking')).toBe('Susan Pellew');
  });
});
