import { Field, ObjectType } from 'type-graphql';
import type { County } from './county.entity.js';
import type { Township } from './township.entity.js';
import type { Village } from './village.entity.js';

/**
 * A village as the API shows it. Other modules add fields with `@Resolver(() => VillageType)` field
 * resolvers (scheme, roster, settlements); the entity is kept in `entity` for them.
 */
@ObjectType('Village')
export class VillageType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
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

@ObjectType('Township')
export class TownshipType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: '代码为暂定代码（新增乡镇时正式代码未知），待自治区管理员核实' })
  provisional!: boolean;

  @Field(() => [VillageType])
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

@ObjectType('County')
export class CountyType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: '所属地级市' })
  city!: string;

  @Field(() => [TownshipType])
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
