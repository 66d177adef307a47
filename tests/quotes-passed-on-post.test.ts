import { expect, it } from 'vitest';
import { passedOnPost } from '../src/quotes/passed-on-post.ts';
import { speakerOf } from './helpers/quotes.ts';

// Session 55 (h5): words of another's post, message, video or statement that the subject only shared, reposted,
// retweeted or quoted are not the subject's.

it('credits no one but the author with words another only passed on', () => {
  expect(speakerOf(['The painter Oswin Thackery retweeted a post from the curator Lavinia Brule: "The show opens in May, and it is glorious."'], 'The show opens in May')).not.toBe('Oswin Thackery');
  expect(speakerOf(['The goalkeeper Brann Ellory reposted a statement by his club, Harbour Athletic: "Brann has our full backing."'], 'Brann has our full backing')).not.toBe('Brann Ellory');
  expect(speakerOf(['The senator Merit Voskuil shared a video of the governor, Aldo Brancato, saying in 2015 that fares would "never go up".'], 'never go up')).not.toBe('Merit Voskuil');
  expect(speakerOf(['The analyst Fenna Roodhart quoted a post by the treasurer, Jory Castellan, that promised "a surplus every year" and wrote: "From where?"'], 'a surplus every year')).not.toBe('Fenna Roodhart');
  expect(speakerOf(['The singer Tove Amberly shared a fan’s message, "Best voice in the north", with a heart.'], 'Best voice in the north')).not.toBe('Tove Amberly');
});

it('keeps the subject’s own words after the shared post, and posts of their own', () => {
  expect(speakerOf(['The analyst Fenna Roodhart quoted a post by the treasurer, Jory Castellan, that promised "a surplus every year" and wrote: "From where?"'], 'From where?')).toBe('Fenna Roodhart');
  expect(speakerOf(['The mayor Ilse Vandermeer shared a video on Friday: "We are ready for the storm."'], 'We are ready for the storm')).toBe('Ilse Vandermeer');
  expect(passedOnPost('The mayor Ilse Vandermeer shared her message to residents: ')).toBe(false);
  expect(passedOnPost('The mayor Ilse Vandermeer shared a post by the fire chief: ')).toBe(true);
  // (A relative clause whose own subject speaks is read by other readers.)
  expect(passedOnPost('Mayor Pell Orrin shared the message of a nurse, Ada Brisk, who wrote that her ward was ')).toBe(false);
});

it('takes no time after "from" for the owner of a shared post', () => {
  expect(passedOnPost('The striker Ragno Vell shared his own message from 2019: ')).toBe(false);
  expect(passedOnPost('The striker Ragno Vell reposted a message from his old coach: ')).toBe(true);
});

it('keeps the owner read inside the object, and words the subject put with the post', () => {
  expect(speakerOf(['The boxer Tiago Vellas shared a post by his sister, Marta Vellas: "Proud of you, little brother."'], 'Proud of you')).toBe('Marta Vellas');
  expect(speakerOf(['The actor Brenn Halloway reposted a clip of the senator, Ada Quist, with the comment: "This is what we face."'], 'This is what we face')).toBe('Brenn Halloway');
});
