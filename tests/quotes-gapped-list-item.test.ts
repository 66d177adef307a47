import { expect, it } from 'vitest';
import { gappedItem } from '../src/quotes/gapped-list-item.ts';
import { speakerOf } from './helpers/quotes.ts';

// Session 57 (h6): one verb of saying shared by a list of speakers, said once ("NAME called it "x", NAME2 "y" and
// NAME3 "z""): each later quote is the one named right before it, never the first speaker's again.

it('gives each later quote of a gapped list to the one named before it', () => {
  const paras = ['Critics at the Marlby festival were split. Ondine Salvesen called the opera "a marvel", Tycho Brenning "a chore" and Lumi Aaltonen "too loud."'];
  expect(speakerOf(paras, 'a marvel')).toBe('Ondine Salvesen');
  expect(speakerOf(paras, 'a chore')).toBe('Tycho Brenning');
  expect(speakerOf(paras, 'too loud')).toBe('Lumi Aaltonen');
});

it('reads a description set off before the name, semicolons and "as"', () => {
  const paras = ['One juror, Bertil Saarinen, called the cake "bold"; the other, Mira Kovac, "dry."', 'Witnesses at Cobb Lane described the crash as "deafening", her neighbour, Ansgar Tolle, as "over in a second."'];
  expect(speakerOf(paras, 'bold')).toBe('Bertil Saarinen');
  expect(speakerOf(paras, 'dry.')).toBe('Mira Kovac');
  expect(speakerOf(paras, 'over in a second')).toBe('Ansgar Tolle');
});

it('keeps the speaker when the words between name no one else', () => {
  expect(speakerOf(['Ondrej Halas called the plan "a start" and "long overdue."'], 'long overdue')).toBe('Ondrej Halas');
  expect(speakerOf(['Ondrej Halas called the plan "a start", Halas "a long road."'], 'a long road')).toBe('Ondrej Halas');
});

it('reads only a joining word, a description and a name between the quotes', () => {
  expect(gappedItem('", Tycho Brenning ')).toEqual({ name: 'Tycho Brenning', role: null });
  expect(gappedItem('"; the other, Mira Kovac, "')).toEqual({ name: 'Mira Kovac', role: 'the other' });
  expect(gappedItem('", and his rival Ilse Brandt "')).toEqual({ name: 'Ilse Brandt', role: 'his rival' });
  expect(gappedItem('", said Tycho Brenning, adding that Mira Kovac ')).toBeNull();
  expect(gappedItem('" and the word ')).toBeNull();
});

it('reads no list where no verb of saying or calling stands before the first quote', () => {
  const paras = ['According to the Velka Gazette, Irena Sokol invited Tomas Hrabal to visit Brno "at a good time", and Hrabal "accepted the invitation warmly".'];
  expect(speakerOf(paras, 'accepted the invitation')).toBe('the Velka Gazette');
});

it('reads a sentence split around its own subject as no gapped list', () => {
  const paras = [
    'Tomas Vell, a spokesman for the harbour board, said, "Instead of calming the town after the flood," Ida Brenner "chose to score points."',
  ];
  expect(speakerOf(paras, 'chose to score points')).toBe('Tomas Vell');
});
