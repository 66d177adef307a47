import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "NAME put down his cup. '...,' the old carpenter said." (an epithet of age
// right after a sentence whose subject is one named person), and cases where someone else may be meant.
describe('"the old carpenter" right after a sentence whose subject is one named person is that person', () => {
  it('after a fronted clause: `When ..., NAME put down his cup. "...," the old carpenter said.`', () => {
    const paras = ['Arvid Lindqvist, 74, spent forty years building boats in the yard. He still comes in every morning.', 'When the radio announced the closure, Lindqvist put down his cup. “They have closed it three times already,” the old carpenter said.'];
    expect(speakerOf(paras, 'three times already')).toBe('Arvid Lindqvist');
  });
  it('another person named in that sentence leaves it to nobody', () => {
    const paras = ['Arvid Lindqvist, 74, spent forty years building boats in the yard, alongside Henrik Dahl.', 'Lindqvist looked at Dahl. “They have closed it three times already,” the old carpenter said.'];
    expect(speakerOf(paras, 'three times already')).not.toMatch(/Lindqvist|Dahl/u);
  });
  it('another person named earlier in the paragraph leaves it to nobody', () => {
    const paras = ['Arvid Lindqvist, 74, builds boats.', 'Maria Ekholm runs the cafe by the quay. Lindqvist laughed. “She makes the best coffee,” the old woman said.'];
    expect(speakerOf(paras, 'best coffee')).not.toMatch(/Lindqvist|Ekholm/u);
  });
  it('a title with no epithet ("the mayor") is not the subject before', () => {
    const paras = ['Arvid Lindqvist, 74, builds boats.', 'Lindqvist put down his cup. “Nobody asked us,” the mayor said.'];
    expect(speakerOf(paras, 'Nobody asked us')).not.toBe('Arvid Lindqvist');
  });
});
