import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('reads "the economist NAME, whose ..., said" as the subject, after a fronted phrase of place too', () => {
  const plain = ['The economist Maria Fenwick, whose team polls buyers every month, said few people cared. "For most of our clients the rates are a distant worry," she said.'];
  expect(speakerOf(plain, 'a distant worry')).toBe('Maria Fenwick');
  const fronted = ['In St Albans, the economist Maria Fenwick, whose team polls buyers every month, said few people cared. "For most of our clients the rates are a distant worry," she said.'];
  expect(speakerOf(fronted, 'a distant worry')).toBe('Maria Fenwick');
  const who = ['In St Albans, the economist Maria Fenwick, who polls buyers every month, said few people cared. "For most of our clients the rates are a distant worry," she said.'];
  expect(speakerOf(who, 'a distant worry')).toBe('Maria Fenwick');
});

it('credits a colon quote to the name a description gives, past a relative clause after the name', () => {
  const paragraphs = [
    'The economist Maria Fenwick said few buyers cared.',
    'Her colleague at the institute, Peter Fenwick, who is also her husband, disagreed: "The older buyers remember the crash. For them it is normal."',
  ];
  expect(speakerOf(paragraphs, 'older buyers')).toBe('Peter Fenwick');
});

it('reads "NAME of the opposition X Party asked ..." as the subject a later "she asked" means', () => {
  const paragraphs = ['Councillor Anne Bright of the opposition Green Party asked Mayor John Dale whether the roads had been gritted. "Did you know about the snow before the forecasters did?" she asked.'];
  expect(speakerOf(paragraphs, 'about the snow')).toBe('Anne Bright');
});

it('ties both surnames to a name of two surnames whose given name only the name lists know', () => {
  const paragraphs = ['The banker Santiago Pérez Lara, who advises grain traders in Rosario, saw no effect on prices. "Nobody in Lima will notice," Pérez Lara said. "But they should," he added, pointing to the harvest.'];
  expect(speakerOf(paragraphs, 'Nobody in Lima')).toBe('Santiago Pérez Lara');
  expect(speakerOf(paragraphs, 'But they should')).toBe('Santiago Pérez Lara');
});

it('reads "a banker posted (based) in CITY, who ..., described ... as" as the banker, not the city', () => {
  const posted = ['A European banker posted in Lima, who spoke on condition of anonymity, described the mood among traders as "somewhere between calm and panic."'];
  expect(speakerOf(posted, 'calm and panic')).toBe('a European banker posted in Lima');
  const based = ['A European banker based in Lima, who spoke on condition of anonymity, described the mood among traders as "somewhere between calm and panic."'];
  expect(speakerOf(based, 'calm and panic')).toBe('a European banker based in Lima');
});

it('credits a colon quote to a body named after "Another ... channel," as the description gives it', () => {
  const paragraphs = [
    'Pro-war bloggers cheered the visit.',
    'Another popular channel, Red Kite, was more cautious: "Shells are good. But old shells are a lottery."',
  ];
  expect(speakerOf(paragraphs, 'old shells')).toBe('Red Kite');
});

it('credits "a driver who asked not to be named because he ... said ..." to the driver, after a fronted phrase too', () => {
  const fronted = ['At the depot, a bus driver who asked not to be named because he was not authorized to speak to reporters said traffic on the coast road had been "almost nothing" for months.'];
  expect(speakerOf(fronted, 'almost nothing')).toBe('a bus driver');
  const plain = ['A bus driver who asked not to be named because he was not authorized to speak to reporters said traffic had been "almost nothing" for months.'];
  expect(speakerOf(plain, 'almost nothing')).toBe('a bus driver');
});

it('does not read "Per" opening a credit as the given name of a name of two surnames', () => {
  expect(speakerOf(['Per Ivo Marsh: “The port is shut again.” Ivo Marsh said later it would open “by Friday.”'], 'by Friday')).not.toBe('Per Ivo Marsh');
});
