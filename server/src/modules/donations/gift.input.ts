import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { TextField } from '../../graphql/caps.js';

@InputType('GiftInput', { description: '定向资助：给某村某年度花名册上的一名成员' })
export class GiftInput {
  @Field(() => ID, { description: 'Donor id' })
  donorId!: string;

  @Field(() => ID, { nullable: true, description: '经由的慈善组织（类别为 CHARITY 的捐赠方）；捐赠方本身是慈善组织时不填' })
  charityId?: string | null;

  @TextField(20, '村代码')
  villageCode!: string;

  @Field(() => Int, { description: 'Scheme year' })
  year!: number;

  @TextField(32, '身份证号', { description: '受助成员的身份证号（须在该村该年度花名册上）' })
  idNumber!: string;

  @Field(() => Float, { description: '金额（元），至多两位小数' })
  amount!: number;

  @TextField(20, '到账日期', { nullable: true, description: '到账日期 YYYY-MM-DD' })
  receivedOn?: string | null;

  @TextField(500, '备注', { nullable: true })
  note?: string | null;
}
