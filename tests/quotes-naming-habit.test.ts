import { expect, it } from 'vitest';
import { speakerOf, speakersByOpening } from './helpers/quotes.ts';

it('gives no one a name a person "still calls" a place by', () => {
  const paragraphs = [
    'Mara Olsen rowed for the national team until 2011. She now trains schoolchildren in Tromsvik and still calls the old boathouse "the Cathedral".',
  ];
  expect(speakerOf(paragraphs, 'the Cathedral')).toBeNull();
});

it('gives no one a name given "by its old name"', () => {
  const paragraphs = ['Some fishermen still call the harbour by its old naval name, "Base-7". The quay was rebuilt last year.'];
  expect(speakerOf(paragraphs, 'Base-7')).toBeNull();
});

it('gives no one a term a group "has started calling" something', () => {
  const paragraphs = ['What brokers have started calling a "Nordby surcharge" showed up in freight rates as well.'];
  expect(speakerOf(paragraphs, 'Nordby surcharge')).toBeNull();
});

it('gives no one a scare quote inside the object of "calls ... <judgement>"', () => {
  const paragraphs = [
    'Tove Lindqvist, a former navy officer who now runs a study centre in Bergen, calls the talk of a new "bloc" overblown. "A bloc needs a purpose," she says.',
  ];
  const found = speakersByOpening(paragraphs);
  expect(found.get('bloc')).toBeNull();
  // The one the sentence names is still the one "she says" means.
  expect(found.get('A bloc needs')).toBe('Tove Lindqvist');
});

it('still credits the opening words of a paragraph whose later sentence names their speaker by her naming habit', () => {
  const paragraphs = [
    'Ivo Brandt, the club\'s chairman, said the season had been long. "We are tired," he said.',
    '"When I was small, the trainers told us the sea was our teacher." Mara Olsen smiles as she says it. She now trains schoolchildren in Tromsvik and still calls the old boathouse "the Cathedral".',
  ];
  const found = speakersByOpening(paragraphs);
  expect(found.get('the Cathedral')).toBeNull();
  expect(found.get('When I was')).toBe('Mara Olsen');
});

it('still gives a judgement in quotation marks to the one who calls something so', () => {
  expect(speakerOf(['Tove Lindqvist called the plan "a gift to smugglers".'], 'a gift')).toBe('Tove Lindqvist');
  expect(speakerOf(['Tove Lindqvist called the plan "reckless" on Monday.'], 'reckless')).toBe('Tove Lindqvist');
  expect(speakerOf(['The Bergen Courier calls the pair "Salt Brothers" in its headline.'], 'Salt Brothers')).toBe('the Bergen Courier');
});

it('gives no one a name a group counted by "some" calls a thing by', () => {
  const paragraphs = ['Some critics in Tromsvik have already called it the "regatta of the forgotten". Olsen does not like the phrase.'];
  expect(speakerOf(paragraphs, 'regatta of the forgotten')).toBeNull();
  // A named caller's words stay theirs.
  expect(speakerOf(['Ivo Brandt has already called it the "regatta of the forgotten".'], 'regatta')).toBe('Ivo Brandt');
});
