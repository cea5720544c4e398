// /.well-known/security.txt (RFC 9116): where to report a vulnerability, in force for less than a
// year from the build, so that a site nobody rebuilds stops claiming a contact nobody reads.
import type { Repository } from '../content/result-proposal';

/** How long the file stays valid after the build day: less than a year, as RFC 9116 advises. */
const VALID_DAYS = 364;

/**
 * The Contact line: SECURITY_CONTACT when the deployment sets it (an address or a URL), else the
 * repository's private channel (GitHub's security advisories, a confidential GitLab issue), else
 * the legal notice page, where whoever publishes the site must give a way to reach them.
 */
export function securityContact(
  env: Record<string, string | undefined>,
  repository: Repository | undefined,
  legalNoticeUrl: string,
): string {
  const explicit = env.SECURITY_CONTACT?.trim();
  if (explicit) {
    if (/^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/.test(explicit)) return `mailto:${explicit}`;
    if (/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+|tel:\+?[\d.-]+)$/.test(explicit)) return explicit;
    throw new Error(
      `SECURITY_CONTACT « ${explicit} » invalide : attendu une adresse électronique (securite@exemple.fr), ` +
        'une adresse https:// ou mailto:, ou retirez la variable pour utiliser le dépôt du projet.',
    );
  }
  if (repository?.forge === 'github') return `${repository.url}/security/advisories/new`;
  if (repository?.forge === 'gitlab') return `${repository.url}/-/issues/new?issue%5Bconfidential%5D=true`;
  return legalNoticeUrl;
}

/** The Expires date: the build day (AAAA-MM-JJ) plus VALID_DAYS, at midnight UTC, as RFC 3339. */
export function securityExpires(buildDay: string): string {
  const [year, month, day] = buildDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + VALID_DAYS)).toISOString();
}

/** The text of security.txt. */
export function securityTxt(fields: { contact: string; expires: string; canonical: string }): string {
  return [
    '# Signaler une vulnérabilité de l’Atlas du label Territoire Numérique Libre (report a vulnerability).',
    `Contact: ${fields.contact}`,
    `Expires: ${fields.expires}`,
    'Preferred-Languages: fr, en',
    `Canonical: ${fields.canonical}`,
    '',
  ].join('\n');
}
