import { describe, expect, it } from 'vitest';
import { isPublication, parseContact, publicationProblems, settingsSummary, siteSettings } from './site-settings';

const complete = {
  SITE_URL: 'https://atlas.exemple.fr',
  PUBLISHER_NAME: 'Association Exemple',
  PUBLISHER_CONTACT: 'atlas@exemple.fr',
  REPOSITORY_URL: 'https://github.com/exemple/atlas',
};

describe('parseContact', () => {
  it('takes an e-mail address, with or without mailto:, or an https:// page', () => {
    expect(parseContact('atlas@exemple.fr')).toEqual({ text: 'atlas@exemple.fr', href: 'mailto:atlas@exemple.fr' });
    expect(parseContact(' mailto:atlas@exemple.fr ')).toEqual({ text: 'atlas@exemple.fr', href: 'mailto:atlas@exemple.fr' });
    expect(parseContact('https://exemple.fr/contact')).toEqual({ text: 'https://exemple.fr/contact', href: 'https://exemple.fr/contact' });
  });

  it('refuses anything else', () => {
    expect(parseContact('Jeanne Martin')).toBeUndefined();
    expect(parseContact('http://exemple.fr/contact')).toBeUndefined();
  });
});

describe('siteSettings', () => {
  it('reads every setting from the environment', () => {
    expect(siteSettings({ ...complete, HOST_DETAILS: 'Hébergeur SAS, 1 rue de l’Exemple, 75000 Paris, 01 23 45 67 89' })).toEqual({
      settings: {
        site: 'https://atlas.exemple.fr',
        siteGiven: true,
        publisher: 'Association Exemple',
        contact: { text: 'atlas@exemple.fr', href: 'mailto:atlas@exemple.fr' },
        host: 'Hébergeur SAS, 1 rue de l’Exemple, 75000 Paris, 01 23 45 67 89',
        repository: { url: 'https://github.com/exemple/atlas', forge: 'github' },
      },
      problems: [],
    });
  });

  it('falls back to the local address, and names nobody, when nothing is set', () => {
    expect(siteSettings({})).toEqual({ settings: { site: 'http://localhost:4321', siteGiven: false }, problems: [] });
  });

  it('says which value is unusable and what was expected', () => {
    expect(siteSettings({ PUBLISHER_CONTACT: 'Jeanne', REPOSITORY_URL: 'exemple/atlas' }).problems).toEqual([
      'PUBLISHER_CONTACT « Jeanne » : attendu une adresse électronique (atlas@exemple.fr) ou une adresse https:// (un formulaire de contact).',
      'REPOSITORY_URL « exemple/atlas » : attendu l’adresse https:// du dépôt, par exemple https://github.com/exemple/atlas.',
    ]);
  });
});

describe('isPublication', () => {
  it('is a publication in CI, unless PUBLICATION says otherwise, and when PUBLICATION says so', () => {
    expect(isPublication({})).toBe(false);
    expect(isPublication({ CI: 'true' })).toBe(true);
    expect(isPublication({ CI: 'true', PUBLICATION: '0' })).toBe(false);
    expect(isPublication({ PUBLICATION: 'oui' })).toBe(true);
    expect(isPublication({ CI: 'false' })).toBe(false);
  });
});

describe('publicationProblems', () => {
  it('has nothing to say of a complete deployment, GitHub Actions giving the repository', () => {
    expect(publicationProblems(complete)).toEqual([]);
    const { REPOSITORY_URL: _, ...withoutRepository } = complete;
    expect(
      publicationProblems({ ...withoutRepository, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'exemple/atlas' }),
    ).toEqual([]);
  });

  it('names each missing setting by its variable', () => {
    expect(publicationProblems({})).toEqual([
      'SITE_URL : l’adresse publique du site (ex. https://atlas.exemple.fr).',
      'PUBLISHER_NAME : le nom de la personne ou de l’organisation qui publie le site (mentions légales).',
      'PUBLISHER_CONTACT : une adresse électronique ou la page de contact de l’éditeur.',
      'REPOSITORY_URL : l’adresse du dépôt du projet (les liens « Proposez-le » y ouvrent un ticket ; GitHub Actions et GitLab CI la donnent d’eux-mêmes).',
    ]);
  });

  it('names an unusable value once, as unusable rather than missing', () => {
    expect(publicationProblems({ ...complete, PUBLISHER_CONTACT: 'Jeanne' })).toEqual([
      'PUBLISHER_CONTACT « Jeanne » : attendu une adresse électronique (atlas@exemple.fr) ou une adresse https:// (un formulaire de contact).',
    ]);
  });
});

describe('settingsSummary', () => {
  it('says what a local build bakes in', () => {
    expect(settingsSummary(siteSettings({}).settings, '/')).toEqual([
      'adresse publique : http://localhost:4321/ (SITE_URL absent : adresse locale)',
      'éditeur : (non renseigné)',
      'contact : (non renseigné)',
      'hébergeur : (non renseigné)',
      'dépôt : (non renseigné) : les liens « Proposez-le » mènent à /contribuer/',
    ]);
  });
});
