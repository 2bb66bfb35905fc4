import { evaluateRoster } from '/work/main/rules/src/evaluate.ts';
import { NINGXIA_POLICY_YEARS } from '/work/main/rules/src/policyData.ts';
import { policySource } from '/work/main/rules/src/policy.ts';
import fs from 'node:fs';
const policies = policySource(NINGXIA_POLICY_YEARS);
const tiers=[100,200,200,300,300,500,500,1000,2000,3000];
const files = fs.readdirSync('/work/main/rules/villages').map(f=>JSON.parse(fs.readFileSync('/work/main/rules/villages/'+f,'utf8')));
const N=1000000; const ms:any[]=[];
for(let i=0;i<N;i++){ const y=1940+(i%60); ms.push({ idNumber: 'X'+i, name:null, birthDate:`${y}-0${1+i%9}-1${i%9}`, gender: i%2?'M':'F', isCollectiveMember: i%50!==0, contributionFen: tiers[i%10]*100, paymentType: i%33===0?'BACK_PAY':'CURRENT', proxyPaid:false, hardship: i%10===0?['MINIMUM_LIVING']:[], contributionYears: i%20, householdElderly: i%3, householdChildren: i%2, donationFen: i%40===0?5000:0, priorCreditFen:0, custom: {} }); }
for (let k=0;k<3;k++){ const t=performance.now(); let n=0; const per=Math.floor(N/files.length);
  for (let f=0; f<files.length; f++){ const rs=files[f]; const r=await evaluateRoster(rs, ms.slice(f*per,(f+1)*per), policies,{year: rs.year}); n+=r.outcomes.length; }
  const dt=performance.now()-t; console.log('eval', dt.toFixed(0),'ms', Math.round(n/dt*1000),'/s', Math.round(process.memoryUsage().rss/1e6),'MB');}
