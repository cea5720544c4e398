// The settings of a deployment, in one place: who publishes the site and how to reach them (the
// legal notice, the data's metadata), the repository (contribution links, security.txt), the public
// address (astro.config.mjs). All come from the environment, so that a fork or a CI job sets them
// without editing code; docs/deploiement.md (« Réglages du site ») lists them.
// A build for publishing must know them all: without them, localhost would be baked into every
// absolute address and the legal notice would name nobody. A local build may lack them, and says
// what it bakes in instead.
import { repositoryFromEnv, type Repository } from './content/result-proposal';

/** The address written into a build that is given none (astro.config.mjs). */
export const LOCAL_SITE = 'http://localhost:4321';

export type Env = Record<string, string | undefined>;

/** How to reach the publisher: an e-mail address or a web page (a contact form). */
export interface Contact {
  /** As the reader sees it: `atlas@exemple.fr`, `https://exemple.fr/contact`. */
  text: string;
  /** The link: `mailto:atlas@exemple.fr` or the web address. */
  href: string;
}

export interface SiteSettings {
  /** The public origin (SITE_URL), or LOCAL_SITE when unset. */
  site: string;
  /** Whether SITE_URL was given. */
  siteGiven: boolean;
  /** The person or organisation who publishes the site (PUBLISHER_NAME). */
  publisher?: string;
  /** How to reach them (PUBLISHER_CONTACT). */
  contact?: Contact;
  /** Who hosts the files: name, address, telephone (HOST_DETAILS), as the legal notice must say. */
  host?: string;
  /** Where the project's sources and issues live (REPOSITORY_URL, or what GitHub/GitLab CI say). */
  repository?: Repository;
}

/** The variables of the settings, for messages and the documentation. */
export const SETTING_VARIABLES = {
  site: 'SITE_URL',
  publisher: 'PUBLISHER_NAME',
  contact: 'PUBLISHER_CONTACT',
  host: 'HOST_DETAILS',
  repository: 'REPOSITORY_URL',
  publication: 'PUBLICATION',
} as const;

const EMAIL = /^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/;

/** A contact as given: an e-mail address (with or without mailto:) or an https:// address. */
export function parseContact(raw: string): Contact | undefined {
  const text = raw.trim().replace(/^mailto:/, '');
  if (EMAIL.test(text)) return { text, href: `mailto:${text}` };
  if (/^https:\/\/[^\s/]+\.[^\s]+$/.test(text) && URL.canParse(text)) return { text, href: text };
  return undefined;
}

/** The settings from the environment, with a French sentence for each value given but unusable. */
export function siteSettings(env: Env): { settings: SiteSettings; problems: string[] } {
  const problems: string[] = [];
  const value = (name: string) => env[name]?.trim() || undefined;
  const rawContact = value(SETTING_VARIABLES.contact);
  const contact = rawContact === undefined ? undefined : parseContact(rawContact);
  if (rawContact !== undefined && !contact)
    problems.push(
      `${SETTING_VARIABLES.contact} « ${rawContact} » : attendu une adresse électronique (atlas@exemple.fr) ou une adresse https:// (un formulaire de contact).`,
    );
  const rawRepository = value(SETTING_VARIABLES.repository);
  const repository = repositoryFromEnv(env);
  if (rawRepository !== undefined && !repository)
    problems.push(
      `${SETTING_VARIABLES.repository} « ${rawRepository} » : attendu l’adresse https:// du dépôt, par exemple https://github.com/exemple/atlas.`,
    );
  const site = value(SETTING_VARIABLES.site);
  return {
    settings: {
      site: site ?? LOCAL_SITE,
      siteGiven: site !== undefined,
      ...(value(SETTING_VARIABLES.publisher) && { publisher: value(SETTING_VARIABLES.publisher) }),
      ...(contact && { contact }),
      ...(value(SETTING_VARIABLES.host) && { host: value(SETTING_VARIABLES.host) }),
      ...(repository && { repository }),
    },
    problems,
  };
}

/**
 * Whether a build is meant for publishing: PUBLICATION=1 (or oui/true) says so, PUBLICATION=0 (or
 * non/false) says not; unset, a build in CI (CI=true, as GitHub Actions and GitLab CI set it) is one.
 */
export function isPublication(env: Env): boolean {
  const explicit = env[SETTING_VARIABLES.publication]?.trim().toLowerCase();
  if (explicit) return ['1', 'oui', 'true', 'yes'].includes(explicit);
  return ['1', 'true'].includes(env.CI?.trim().toLowerCase() ?? '');
}

/** What a build for publishing lacks: one sentence per missing or unusable setting, naming its variable. */
export function publicationProblems(env: Env): string[] {
  const { settings, problems } = siteSettings(env);
  const missing: string[] = [];
  if (!settings.siteGiven) missing.push(`${SETTING_VARIABLES.site} : l’adresse publique du site (ex. https://atlas.exemple.fr).`);
  if (!settings.publisher)
    missing.push(`${SETTING_VARIABLES.publisher} : le nom de la personne ou de l’organisation qui publie le site (mentions légales).`);
  if (!settings.contact && !env[SETTING_VARIABLES.contact]?.trim())
    missing.push(`${SETTING_VARIABLES.contact} : une adresse électronique ou la page de contact de l’éditeur.`);
  if (!settings.repository && !env[SETTING_VARIABLES.repository]?.trim())
    missing.push(
      `${SETTING_VARIABLES.repository} : l’adresse du dépôt du projet (les liens « Proposez-le » y ouvrent un ticket ; GitHub Actions et GitLab CI la donnent d’eux-mêmes).`,
    );
  return [...missing, ...problems];
}

/** What a build bakes in, one line per setting, for the build's output. */
export function settingsSummary(settings: SiteSettings, base: string): string[] {
  const unset = '(non renseigné)';
  return [
    `adresse publique : ${settings.site}${base}${settings.siteGiven ? '' : ` (${SETTING_VARIABLES.site} absent : adresse locale)`}`,
    `éditeur : ${settings.publisher ?? unset}`,
    `contact : ${settings.contact?.text ?? unset}`,
    `hébergeur : ${settings.host ?? unset}`,
    `dépôt : ${settings.repository?.url ?? `${unset} : les liens « Proposez-le » mènent à /contribuer/`}`,
  ];
}
