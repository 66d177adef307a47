import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('gives the words under "In the opinion of X," or "In the view of X," to X, as "In the words of X," is', () => {
  expect(speakerOf(['In the opinion of Mara Olsen, a lecturer in maritime law, the scheme "is going ahead whatever the cost."'], 'going ahead')).toBe('Mara Olsen');
  const paragraphs = ['Ivo Brandt, a harbour planner, spoke first.', 'In the view of the planner, the new quay was "far too costly for a town this size."'];
  expect(speakerOf(paragraphs, 'far too costly')).toBe('Ivo Brandt');
});

it('gives the words under "In Roe\'s view," or "In Jane Roe\'s opinion," to the one named', () => {
  const paragraphs = ['Mara Olsen, a lecturer in maritime law, watched the vote.', 'In Olsen\'s view, the council wanted to show that the scheme "is going ahead whatever the cost."'];
  expect(speakerOf(paragraphs, 'going ahead')).toBe('Mara Olsen');
  expect(speakerOf(['In Tove Lindgren\'s opinion, the ferry timetable is "a puzzle nobody can solve."'], 'a puzzle')).toBe('Tove Lindgren');
});

it('reads an opening "In his view" with no comma after it as the owner\'s words', () => {
  const paragraphs = ['Ivo Brandt would have gone further than his colleagues.', 'In his view the council\'s handling was "sloppy from first to last," and he would have voted no.'];
  expect(speakerOf(paragraphs, 'sloppy')).toBe('Ivo Brandt');
});

it('leaves a view that is no credit alone: a possessive before another noun, or a view seen from a place', () => {
  expect(speakerOf(['In Olsen\'s old office, the staff kept a sign reading "back in five minutes."'], 'back in five')).toBeNull();
  expect(speakerOf(['In the view from the bridge, the harbour looked "like a painting."'], 'like a painting')).toBeNull();
});
