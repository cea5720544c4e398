import { describe, expect, it } from 'vitest';
import { territorySchema } from './territory';

function messages(input: unknown): string[] {
  const result = territorySchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('territorySchema', () => {
  it('accepts a commune identified by its INSEE code only, typed as a number', () => {
    expect(territorySchema.parse({ kind: 'commune', code: 80001 })).toMatchObject({
      kind: 'commune',
      code: '80001',
      members: [],
      formerNames: [],
    });
  });

  it('keeps leading zeros and Corsican codes', () => {
    expect(territorySchema.parse({ kind: 'commune', code: '05074' }).code).toBe('05074');
    expect(territorySchema.parse({ kind: 'commune', code: '2A004' }).code).toBe('2A004');
  });

  it('requires an official code for communes, EPCI, départements and régions', () => {
    expect(messages({ kind: 'epci', name: 'Rennes Métropole' })).toEqual([
      'code: code officiel obligatoire pour « epci » : attendu un SIREN à 9 chiffres (ex. 243500139)',
    ]);
  });

  it('requires a name when no code can give one', () => {
    expect(messages({ kind: 'syndicat', members: ['69259'] })).toEqual([
      'name: nom obligatoire quand aucun code officiel ne permet de le retrouver',
    ]);
  });

  it('rejects a code of the wrong shape for the kind', () => {
    expect(messages({ kind: 'commune', code: '3815' })).toEqual([
      'code: code « 3815 » invalide : attendu un code INSEE de commune à 5 caractères (ex. 38151)',
    ]);
  });

  it('rejects an unknown kind with the list of kinds', () => {
    expect(messages({ kind: 'ville', code: '80001' })[0]).toBe('kind: attendu : commune, epci, departement, region, syndicat, autre');
  });

  it('rejects a member that is not an INSEE code', () => {
    expect(messages({ kind: 'syndicat', name: 'X', members: ['Corbas'] })[0]).toMatch(/^members\.0: attendu : un code INSEE/);
  });
});
