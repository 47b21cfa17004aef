/**
 * What each seed document says, copied from the documents in shared/seeds
 * (not from our profiles): the e2e tests check the pages against it, and
 * tests/seeds.test.ts checks that every value really occurs in its document.
 */
export type SeedExpectation = {
  slug: string;
  seed: string;
  name: string;
  incidentEmail: string;
  /** The phone as printed, or null when the document does not publish one. */
  phone: string | null;
  fingerprint: string;
  keyId: string;
};

export const SEED_TEAMS: SeedExpectation[] = [
  {
    slug: 'pays-de-la-loire-cyber-assistance',
    seed: '000_66f6a63bde9e259d.txt',
    name: 'CSIRT Pays de la Loire Cyber Assistance',
    incidentEmail: 'cyberassistance@paysdelaloire.fr',
    phone: '0 800 100 200',
    fingerprint: 'ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D',
    keyId: '0x2C3D542D',
  },
  {
    slug: 'cert-metsys',
    seed: '001_09a94c9bdd8eeeee.txt',
    name: 'CERT-METSYS',
    incidentEmail: 'cert@metsys.fr',
    phone: '+33 1 84 19 07 27',
    fingerprint: '8CDC80D4C6A1FE4331835A2C66532197C325800B',
    keyId: '0xC325800B',
  },
  {
    slug: 'cegedim-cloud-csirt',
    seed: '002_2d5be65d1ddacc1d.txt',
    name: 'cegedim.cloud CSIRT',
    incidentEmail: 'incident-csirt-cc@cegedim.com',
    phone: null,
    fingerprint: '885D94F099025163DA55FBE9DE2F24B12CCD89AF',
    keyId: 'DE2F 24B1 2CCD 89AF',
  },
  {
    slug: 'csirt-apixit',
    seed: '003_0b528219fd86ab7b.txt',
    name: 'CSIRT APIXIT',
    incidentEmail: 'csirt@apixit.fr',
    phone: null,
    fingerprint: '817A 1A29 B18B 1D3B DC5B 07B2 0730 B413 1650 D57A',
    keyId: '0730 B413 1650 D57A',
  },
  {
    slug: 'csirt-exodata',
    seed: '004_69d4e878c78f6a4c.txt',
    name: 'CSIRT EXODATA Cyberdefense',
    incidentEmail: 'incidents@exodata-csirt.fr',
    phone: '+33 (0)9 71 05 77 59',
    fingerprint: 'DCCA FC27 9CDB 3D71 9D98 6088 8193 2F45 B59F E677',
    keyId: '0x81932F45B59FE677',
  },
];

/** "ed9c 60a1…" -> "ED9C60A1…" */
export const hex = (s: string) => s.replace(/^0x/i, '').replace(/\s+/g, '').toUpperCase();
