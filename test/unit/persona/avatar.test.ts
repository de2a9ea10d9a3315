/** The card's avatar: the same persona always draws the same face, and the face follows what the data says. */
import { describe, expect, it } from 'vitest';
import { avatarDescription, avatarOptions, avatarUri, OLDER_AGE } from '../../../src/ui/persona/avatar';

const persona = (gender: 'female' | 'male' | null, age?: number) => ({
  name: 'Asha Rao',
  colour: '#4E79A7',
  profile: { gender, parent: false, noun: 'Customer', ...(age === undefined ? {} : { age }) },
});

describe('avatar', () => {
  it('is deterministic and drawn locally as an SVG data: URI', () => {
    const uri = avatarUri(persona('female', 29));
    expect(uri).toMatch(/^data:image\/svg\+xml;utf8,/);
    expect(decodeURIComponent(uri)).toContain('<svg');
    // Nothing to fetch: no linked image, stylesheet or font (the URLs it holds are its licence metadata).
    expect(decodeURIComponent(uri)).not.toMatch(/(href|src)\s*=\s*["']?https?:|url\(\s*["']?https?:|@import/);
    expect(avatarUri(persona('female', 29))).toBe(uri);
    expect(avatarUri({ ...persona('female', 29), name: 'Meera Iyer' })).not.toBe(uri);
  });

  it('follows the majority gender and the age band, and assumes neither when the data has none', () => {
    const woman = avatarOptions(persona('female', 30));
    const man = avatarOptions(persona('male', 30));
    const anyone = avatarOptions(persona(null));
    expect(woman.beardProbability).toBe(0);
    expect(man.earringsProbability).toBe(0);
    expect(new Set([...woman.hair!, ...man.hair!]).size).toBe(woman.hair!.length + man.hair!.length);
    expect(new Set(anyone.hair)).toEqual(new Set([...woman.hair!, ...man.hair!]));
    expect(avatarOptions(persona('female', OLDER_AGE)).hairColor).not.toEqual(woman.hairColor);
    expect(avatarOptions(persona('female', OLDER_AGE - 1)).hairColor).toEqual(woman.hairColor);
    expect(woman.backgroundColor).toEqual(['4e79a7']);
  });

  it('says what it shows', () => {
    expect(avatarDescription(persona('female', 29.4))).toBe('Illustration of a woman, about 29');
    expect(avatarDescription(persona(null))).toBe('Illustration of a person');
  });
});
