/** The role enum, registered with type-graphql under API.md's name. */
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../../graphql/enums.js';
import { ROLES, type Role } from './user.entity.js';

export const RoleEnum = enumObject<Role>(ROLES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description: '角色（API.md 角色表）',
  valuesConfig: {
    REGION_ADMIN: { description: 'Region administrator (自治区管理员): everything, any area' },
    COUNTY_HRSS: { description: 'County human resources and social security bureau (县人社)' },
    COUNTY_AGRICULTURE: { description: 'County agriculture and rural affairs bureau (县农业农村)' },
    TOWNSHIP_OFFICER: { description: 'Township officer (乡镇)' },
    VILLAGE_CADRE: { description: 'Village cadre (村干部)' },
    AGENCY: { description: 'Social insurance agency (经办机构)' },
    CIVIL_AFFAIRS: { description: 'County civil affairs bureau (县民政): records donors, gifts and pools' },
  },
});
