import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a forum user the writer calls "they" ("who says they work ..."), then a
// quote opening the next sentence credited "they wrote".
describe('a forum handle the text calls "they" is credited by "they wrote"', () => {
  it('`u/handle, who says they work in ... "...," they wrote.`', () => {
    const paras = ['The thread on the ferry strike ran to 900 comments.', 'The most liked reply came from u/harbor_cat, who says they work on the night shift in Tromsø. “Nobody asked the crews. Ask the crews and you will hear a different story,” they wrote.'];
    expect(speakerOf(paras, 'Nobody asked the crews')).toBe('harbor_cat');
  });
  it('`Another user, dock_ghost_7, who says they drive a forklift, was blunter. "...," they wrote.`', () => {
    const paras = ['The thread on the ferry strike ran to 900 comments.', 'Another user, dock_ghost_7, who says they drive a forklift, was blunter. “The bosses lost this one,” they wrote.'];
    expect(speakerOf(paras, 'The bosses lost this one')).toBe('dock_ghost_7');
  });
  it('a plural "they" with no such handle stays with the group', () => {
    const paras = ['The ferry union members met on Friday, after u/harbor_cat posted the rota. “We will not back down,” they said.'];
    expect(speakerOf(paras, 'We will not back down')).not.toBe('harbor_cat');
  });
  it('not when the sentence joins a second user or other people to the one called "they"', () => {
    const two = ['The ferry thread grew heated.', 'u/harbor_cat, who says they work on the night shift, and u/tide_lamp argued for an hour. “You know nothing about boats,” they wrote.'];
    expect(speakerOf(two, 'You know nothing about boats')).toBeNull();
    const others = ['The ferry thread grew heated.', 'u/harbor_cat, who says they and the other deckhands were never paid, posted the rota. “We want our wages,” they wrote.'];
    expect(speakerOf(others, 'We want our wages')).not.toBe('harbor_cat');
  });
});
