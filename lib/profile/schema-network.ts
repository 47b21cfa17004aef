/**
 * What a constituency is made of on the network, when the team's document
 * says it: domains, AS numbers and address ranges, with the team's words.
 * Spread into the constituency schema (lib/profile/schema.ts).
 */
import 'server-only';
import { z } from 'zod';
import { isRange } from '@/lib/search/network';
import { asWritten, list } from './schema-fields';

const domain = z
  .string()
  .regex(/^(\*\.)?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'expected a domain in lower case, such as example.fr or *.example.fr');

export const networkFields = {
  domains: list(domain, 500).default([]).describe('Domains of the constituency, as the document lists them (*.example.fr for a domain and its subdomains).'),
  asns: list(z.number().int().min(1).max(4_294_967_295), 500).default([]).describe('AS numbers of the constituency, as the document lists them.'),
  ipranges: list(z.string().refine(isRange, 'expected an address range in CIDR notation, such as 192.0.2.0/24 or 2001:db8::/32'), 500)
    .default([])
    .describe('Address ranges of the constituency (CIDR), as the document lists them.'),
  network_as_written: asWritten('The sentences that give the domains, AS numbers or address ranges').optional(),
};
