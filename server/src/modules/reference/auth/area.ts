/** Whether a user's area (API.md's role table) covers a village. */
import type { Village } from '../division/village.entity.js';
import type { User } from '../user/user.entity.js';

/** The village's codes at each level: [county, township, village]. */
export function villageLevels(village: Village): { county: string; township: string; village: string } {
  const township = village.township;
  return { county: township.county.code, township: township.code, village: village.code };
}

export function coversVillage(user: User, village: Village): boolean {
  const levels = villageLevels(village);
  switch (user.role) {
    case 'REGION_ADMIN':
      return true;
    case 'AGENCY':
      return user.areaCode === null || user.areaCode === levels.county;
    case 'COUNTY_HRSS':
    case 'COUNTY_AGRICULTURE':
      return user.areaCode === levels.county;
    case 'TOWNSHIP_OFFICER':
      return user.areaCode === levels.township;
    case 'VILLAGE_CADRE':
      return user.areaCode === levels.village;
    case 'CIVIL_AFFAIRS':
      // 县民政 reads only donations, through the donation module's own checks (donation.access.ts).
      return false;
  }
}
