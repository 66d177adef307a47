import { expect, it } from 'vitest';
import { passedOnPost } from '../src/quotes/passed-on-post.ts';
import { speakerOf } from './helpers/quotes.ts';

// Session 57 (h6): one who posts or uploads a video (clip, photo, message) of another speaking only passes the
// words on, as one who shares it: the words are not the poster's.

it('credits no one who posted a video of another saying the words', () => {
  const paras = ['The councillor Edda Rimstad posted a video of the shepherd Halvor Tveit saying "the road washes out every spring." She wrote: "This is why we need the bridge."'];
  expect(speakerOf(paras, 'the road washes out')).toBeNull();
  expect(speakerOf(paras, 'This is why we need the bridge')).toBe('Edda Rimstad');
});

it('keeps the poster when the post is her own words', () => {
  expect(speakerOf(['The councillor Edda Rimstad posted on Sunday: "The bridge vote is on Friday."'], 'The bridge vote')).toBe('Edda Rimstad');
  expect(passedOnPost('Edda Rimstad posted a video of the flood with the caption ')).toBe(false);
  expect(speakerOf(['The diner Edda Rimstad posted a photo of her soup and tagged the chef, Halvor Tveit: "Cold again."'], 'Cold again')).toBe('Edda Rimstad');
  expect(passedOnPost('Edda Rimstad uploaded a clip of Halvor Tveit saying ')).toBe(true);
});
