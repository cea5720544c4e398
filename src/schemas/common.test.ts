import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { describeCharacter, nameSchema, textSchema, urlSchema } from './common';

/** The message and the suggestion of each issue, as parseEntry shows them. */
function issues(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({
        message: issue.message,
        suggestion: (issue as { params?: { suggestion?: string } }).params?.suggestion,
      }));
}

describe('urlSchema', () => {
  it('refuses a user name or password in an address, and gives the address without them', () => {
    expect(issues(urlSchema, 'https://jury:motdepasse@example.org/palmares?annee=2024')).toEqual([
      {
        message: 'adresse avec un identifiant ou un mot de passe (« nom:motdepasse@ ») : tout ce qui est écrit ici est publié',
        suggestion: 'retirez-les : https://example.org/palmares?annee=2024',
      },
    ]);
    expect(issues(urlSchema, 'https://jury@example.org/')).toHaveLength(1);
  });

  it('accepts https and http addresses (http is a warning of the content check, not an error)', () => {
    expect(issues(urlSchema, 'https://example.org/a')).toEqual([]);
    expect(issues(urlSchema, 'http://example.org/a')).toEqual([]);
    expect(issues(urlSchema, 'ftp://example.org/a')).toEqual([
      { message: 'attendu : une adresse web complète (https://…)', suggestion: undefined },
    ]);
  });
});

describe('textSchema and nameSchema', () => {
  it('refuses a zero-width space copied with a name, naming it and where it is', () => {
    expect(issues(nameSchema, 'Saint-\u200bJoseph')).toEqual([
      {
        message:
          'caractère invisible U+200B (espace sans largeur) après « Saint- » : il ne se voit pas mais fait d’un nom un autre nom (recherche, doublons, tri)',
        suggestion: 'supprimez-le (effacez et retapez le texte) : « Saint-Joseph »',
      },
    ]);
    expect(issues(textSchema, '\ufeffNiveau 5')[0]?.message).toBe(
      'caractère invisible U+FEFF (indicateur d’ordre des octets) au début du texte : il ne se voit pas mais fait d’un nom un autre nom (recherche, doublons, tri)',
    );
  });

  it('keeps the no-break spaces of French typography', () => {
    expect(nameSchema.parse('« Paris\u00a0» 2\u202f000')).toBe('« Paris\u00a0» 2\u202f000');
  });

  it('normalises a decomposed accent (e + U+0301) to the composed « é » (NFC)', () => {
    const decomposed = 'Bo\u0065\u0301';
    expect(decomposed).not.toBe('Boé');
    expect(nameSchema.parse(decomposed)).toBe('Boé');
    expect(textSchema.parse(`Candidature coup de c\u0153ur, ${decomposed}`)).toBe('Candidature coup de cœur, Boé');
  });

  it('refuses a date or a number where a name is expected', () => {
    expect(issues(nameSchema, '2024-12-04')[0]?.message).toBe('« 2024-12-04 » est une date, pas un nom');
    expect(issues(nameSchema, '38')[0]?.message).toBe('« 38 » est un nombre, pas un nom');
    expect(issues(nameSchema, '1er arrondissement de Lyon')).toEqual([]);
    expect(issues(textSchema, '2024')).toEqual([]);
  });

  it('names control characters by their code', () => {
    expect(describeCharacter('\u0007')).toBe('U+0007 (caractère de contrôle)');
    expect(describeCharacter('\u202e')).toBe('U+202E (caractère de mise en forme)');
  });
});
