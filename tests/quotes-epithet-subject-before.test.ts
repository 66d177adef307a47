import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a feature makes someone a sentence's subject, then credits the quote right
// after to a description it never gave anyone ("the boy", "the old miller"): the same person, in other words.
describe('a description varying the name of the sentence before', () => {
  it('"His nephew, Oskar, 9, had other worries. "...," the boy said." is Oskar', () => {
    const paras = ['Tobias Welk, 64, ran the mill at Dravik for thirty years.', 'His nephew, Oskar, 9, had other worries. "They promised ponies," the boy said. "We never saw one."'];
    expect(speakerOf(paras, 'They promised ponies')).toBe('Oskar');
  });

  it('the main clause\'s subject after a fronted "When" clause', () => {
    const paras = ['Tobias Welk, 64, ran the mill at Dravik for thirty years.', 'When the mayor announced a new road, Welk laughed. "Roads are promised every spring," the old miller said.'];
    expect(speakerOf(paras, 'Roads are promised every spring')).toBe('Tobias Welk');
  });

  it('a head word the text used before (someone it brought in) stays someone new', () => {
    const paras = ['Tobias Welk, 64, ran the mill at Dravik for thirty years. A miller from Osten came too.', 'When the mayor announced a new road, Welk laughed. "Roads are promised every spring," the old miller said.'];
    expect(speakerOf(paras, 'Roads are promised every spring')).not.toBe('Tobias Welk');
  });

  it('a noun of the other sex, or a title of office, stays someone new', () => {
    const girl = ['Tobias Welk, 64, ran the mill at Dravik for thirty years.', 'His nephew, Oskar, 9, had other worries. "They promised ponies," the girl said.'];
    expect(speakerOf(girl, 'They promised ponies')).not.toBe('Oskar');
    const official = ['Tobias Welk, 64, ran the mill at Dravik for thirty years.', 'When the mayor announced a new road, Welk laughed. "Roads are promised every spring," the official said.'];
    expect(speakerOf(official, 'Roads are promised every spring')).not.toBe('Tobias Welk');
  });

  it('someone else named in the sentence before leaves it open', () => {
    const paras = ['Tobias Welk, 64, ran the mill at Dravik for thirty years.', 'When Anna Berg announced a new road, Welk laughed. "Roads are promised every spring," the old miller said.'];
    expect(speakerOf(paras, 'Roads are promised every spring')).not.toBe('Tobias Welk');
  });

  it('a subject asked or acted on in the sentence before brings in someone else the description may be', () => {
    const paras = ['The debate in Dravik ran late.', 'Tobias Welk was asked about the new road. "Will the road reach the mill before winter?" the moderator said.'];
    expect(speakerOf(paras, 'Will the road reach the mill before winter?')).not.toBe('Tobias Welk');
  });
});
