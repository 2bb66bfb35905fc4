import { Field, ObjectType } from 'type-graphql';
import type { County } from './county.entity.js';
import type { Township } from './township.entity.js';
import type { Village } from './village.entity.js';

/**
 * A village as the API shows it. Other modules add fields with `@Resolver(() => VillageType)` field
 * resolvers (scheme, roster, settlements); the entity is kept in `entity` for them.
 */
@ObjectType('Village', { description: 'An administrative village (行政村): the unit that sets a collective subsidy standard' })
export class VillageType {
  @Field(() => String, { description: '12-digit village code (村代码); provisional codes are corrected by the region administrator' })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 通桥村' })
  name!: string;

  @Field(() => Boolean, { description: '代码为按规则拟定的临时代码，待自治区管理员更正' })
  provisional!: boolean;

  @Field(() => [String], { description: '曾用代码（更正前的临时代码），仍可用于查询' })
  formerCodes!: string[];

  entity!: Village;

  static from(village: Village): VillageType {
    return Object.assign(new VillageType(), {
      code: village.code,
      name: village.name,
      provisional: village.provisional,
      formerCodes: village.aliases.isInitialized() ? village.aliases.getItems().map((a) => a.code) : [],
      entity: village,
    });
  }
}

@ObjectType('Township', { description: 'A township or town (乡镇)' })
export class TownshipType {
  @Field(() => String, { description: '9-digit township code' })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 望远镇' })
  name!: string;

  @Field(() => Boolean, { description: '代码为暂定代码（新增乡镇时正式代码未知），待自治区管理员核实' })
  provisional!: boolean;

  @Field(() => [VillageType], { description: 'Its villages (行政村) in code order' })
  villages!: VillageType[];

  static from(township: Township): TownshipType {
    const villages = [...township.villages.getItems()].sort((a, b) => a.code.localeCompare(b.code));
    return Object.assign(new TownshipType(), {
      code: township.code,
      name: township.name,
      provisional: township.provisional,
      villages: villages.map(VillageType.from),
    });
  }
}

@ObjectType('County', { description: 'A county, city or district (县、市、区) of Ningxia with its pilot townships' })
export class CountyType {
  @Field(() => String, { description: '6-digit division code (行政区划代码)' })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 永宁县' })
  name!: string;

  @Field(() => String, { description: '所属地级市' })
  city!: string;

  @Field(() => [TownshipType], { description: 'Its townships (乡镇) in code order' })
  townships!: TownshipType[];

  static from(county: County): CountyType {
    const townships = [...county.townships.getItems()].sort((a, b) => a.code.localeCompare(b.code));
    return Object.assign(new CountyType(), {
      code: county.code,
      name: county.name,
      city: county.city,
      townships: townships.map(TownshipType.from),
    });
  }
}
