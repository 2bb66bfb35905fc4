import { Field, InputType } from 'type-graphql';
import { TextField } from '../../graphql/caps.js';
import type { DonorKind } from './donor.entity.js';
import { DonorKindEnum } from './donation.enums.js';

@InputType('DonorInput', { description: '捐赠方：企业和慈善组织须填统一社会信用代码，个人不填' })
export class DonorInput {
  @Field(() => DonorKindEnum, { description: 'Enterprise, charity or individual' })
  kind!: DonorKind;

  @TextField(100, '名称', { description: '名称或姓名' })
  name!: string;

  @TextField(200, '联系方式', { nullable: true, description: '联系人、电话等' })
  contact?: string | null;

  @TextField(32, '统一社会信用代码', { nullable: true, description: '统一社会信用代码（18位，GB 32100-2015 校验）' })
  creditCode?: string | null;

  @TextField(20, '登记区域代码', {
    nullable: true,
    description: '登记区域：县（6位）或村（12位）代码。县民政缺省为本县，村干部缺省为本村；自治区管理员留空为全区',
  })
  areaCode?: string | null;
}
