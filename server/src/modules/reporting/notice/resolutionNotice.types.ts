import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecisionStepType } from '../../lifecycle/decision/decision.types.js';

/** One part of the standard in plain words (rules' describeRuleSet). */
@ObjectType('NoticeSection', { description: 'A section of a notice' })
export class NoticeSectionType {
  @Field(() => String, { description: 'Stable key of the section' }) key!: string;
  @Field(() => String, { description: 'Heading' }) label!: string;
  @Field(() => String, { description: '符合多条时如何计算；各条互不重叠时为空' })
  how!: string;
  @Field(() => [String], { description: 'Lines of text in order' }) lines!: string[];
}

/** 决议公开: a version of the standard in plain Chinese, with the village and the decision's dates and votes. */
@ObjectType('ResolutionNotice', {
  description: 'The notice that discloses a scheme’s resolution (决议公开): the standard in plain words, the dates and votes',
})
export class ResolutionNoticeType {
  @Field(() => ID, { description: 'Scheme id' }) schemeId!: string;
  @Field(() => Int, { description: '所公开的版本号' }) version!: number;
  @Field(() => Boolean, { description: '该版本是否通过校验' }) valid!: boolean;
  @Field(() => Boolean, { description: '该版本是否为已备案、正在执行的版本' }) filed!: boolean;
  @Field(() => String, { description: '12-digit village code' }) villageCode!: string;
  @Field(() => String, { description: 'Village name' }) villageName!: string;
  @Field(() => String, { description: 'Township name' }) townshipName!: string;
  @Field(() => String, { description: 'County name' }) countyName!: string;
  @Field(() => Int, { description: 'First scheme year' }) year!: number;
  @Field(() => Int, { description: 'Last year the version covers' }) lastYear!: number;
  @Field(() => String, { description: 'Title of the notice' }) title!: string;
  @Field(() => String, { description: '如“2025年度”' }) years!: string;
  @Field(() => [String], { description: '补助对象与条件' }) eligibility!: string[];
  @Field(() => [NoticeSectionType], { description: '各项补助：谁得多少' }) sections!: NoticeSectionType[];
  @Field(() => [String], { description: '每人上限、自治区上限、预算及超预算处理' }) limits!: string[];
  @Field(() => [String], { description: '年龄计算日、资金来源等' }) notes!: string[];
  @Field(() => [DecisionStepType], { description: '该版本已记录的四议两公开步骤（日期、出席、表决）' })
  decisionSteps!: DecisionStepType[];
  @Field(() => Boolean, { description: '村民会议（代表会议）是否已决议通过' }) resolved!: boolean;
}
