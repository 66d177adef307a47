/**
 * A description's head that names a thing, not a person: "the top comment", "the sign", "the banner". WordNet
 * files it under communication or artifact and never under person, so it is no fresh epithet for someone named
 * before ("NAME posted .... The top comment reads: ..." is not NAME's).
 */
import { isKindOf } from '../text/wordnet.ts';
import { remembered } from './names.ts';

/** Whether `head` is a kind of communication or artifact to WordNet and no kind of person. */
export const thingHead = remembered((head: string): boolean => (isKindOf(head, 'communication', 8) || isKindOf(head, 'artifact', 8)) && !isKindOf(head, 'person', 8));
