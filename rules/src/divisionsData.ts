import data from '../divisions/ningxia.json' with { type: 'json' };

export interface DivisionsData {
  region: { code: string; name: string };
  counties: {
    code: string;
    name: string;
    city: string;
    townships: { code: string; name: string; villages: { code: string; name: string; provisional: boolean }[] }[];
  }[];
}

/** Ningxia's 22 counties with the pilot townships and villages (shared/POLICY.md); seeds the server. */
export const divisions: DivisionsData = data;
