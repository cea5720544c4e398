// The commune lookup's index: keys of the lookup files and which labelled bodies cover what.
import type { APIRoute } from 'astro';
import { getLookupFiles } from '../../../lib/site';

export const GET: APIRoute = async () => Response.json((await getLookupFiles()).index);
