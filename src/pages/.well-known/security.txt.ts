// /.well-known/security.txt (RFC 9116), valid for less than a year from the build day.
import type { APIContext } from 'astro';
import { referenceDate } from '../../lib/content/reference-date';
import { repositoryFromEnv } from '../../lib/content/result-proposal';
import { securityContact, securityExpires, securityTxt } from '../../lib/site-files/security-txt';
import { paths, withBase } from '../../lib/urls';

export function GET(context: APIContext) {
  const absolute = (path: string) => new URL(withBase(path), context.site).href;
  const text = securityTxt({
    contact: securityContact(process.env, repositoryFromEnv(process.env), absolute(paths.page('mentions-legales'))),
    expires: securityExpires(referenceDate()),
    canonical: absolute('/.well-known/security.txt'),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
