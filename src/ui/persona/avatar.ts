/**
 * A persona's face: a DiceBear "Lorelei" avatar (code MIT; design by Lisa Wischofsky, CC0 1.0),
 * drawn locally as an SVG data: URI — no network, and allowed by a strict CSP (`img-src 'self'
 * data:`). Deterministic: the persona's name seeds it, and what the data says of the group picks
 * the features — longer or shorter hair by the majority gender (any when the data has none or no
 * majority), grey hair for a group whose mean age is past `OLDER_AGE`. It is an illustration of
 * the group, not a photo of anyone.
 */
import { createAvatar } from '@dicebear/core';
import * as lorelei from '@dicebear/lorelei';
import type { Persona } from '../../pipeline/persona/types';

type Hair = NonNullable<lorelei.Options['hair']>[number];
const variants = (numbers: number[]): Hair[] =>
  numbers.map((n) => `variant${String(n).padStart(2, '0')}` as Hair);

/** Lorelei's hair styles sorted by eye into longer and shorter ones (the style's own list has no such tags). */
const LONGER = variants([
  13, 14, 15, 16, 17, 18, 19, 21, 23, 24, 26, 29, 30, 31, 32, 33, 35, 37, 38, 40, 41, 42, 45, 46,
]);
const SHORTER = variants([1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 20, 22, 25, 27, 28, 39, 43, 44, 47]);

/** From this mean age on, the group's avatar has grey hair (the usual "55+" band of market research). */
export const OLDER_AGE = 55;
const HAIR = ['2c1b18', '4a312c', '724133', 'a55728', 'b58143', '0e0e0e'];
const GREY = ['b8b8b8', 'd6d6d6', '9e9e9e'];
const SKIN = ['f9d9c4', 'f2c7a5', 'e0ac69', 'c68642', '8d5524', 'ffe0bd'];

/** The DiceBear options for a persona: what the avatar draws from the data, and its seed. */
export function avatarOptions(persona: Pick<Persona, 'name' | 'profile' | 'colour'>): lorelei.Options & {
  seed: string;
  backgroundColor: string[];
} {
  const { gender, age } = persona.profile;
  const older = age !== undefined && age >= OLDER_AGE;
  return {
    seed: persona.name,
    hair: gender === 'female' ? LONGER : gender === 'male' ? SHORTER : [...SHORTER, ...LONGER],
    beardProbability: gender === 'male' ? 35 : 0,
    earringsProbability: gender === 'female' ? 40 : 0,
    hairColor: older ? GREY : HAIR,
    glassesProbability: older ? 60 : 15,
    frecklesProbability: 10,
    skinColor: SKIN,
    backgroundColor: [persona.colour.replace('#', '').toLowerCase()],
  };
}

/** The avatar as an SVG data: URI, for an <img> (the same persona always gives the same image). */
export function avatarUri(persona: Pick<Persona, 'name' | 'profile' | 'colour'>): string {
  return createAvatar(lorelei, avatarOptions(persona)).toDataUri();
}

/** What the avatar shows, for its alt text ("illustration: woman, about 29"). */
export function avatarDescription(persona: Pick<Persona, 'profile'>): string {
  const { gender, age } = persona.profile;
  const who = gender === 'female' ? 'a woman' : gender === 'male' ? 'a man' : 'a person';
  return `Illustration of ${who}${age !== undefined ? `, about ${Math.round(age)}` : ''}`;
}
