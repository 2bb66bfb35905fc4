/** `help`: what the rule test harness command does, in Chinese and English. */
export const USAGE = `村策规则工具 Cunce rules tool

用法 Usage:
  pnpm rules test <路径 path...>          运行规则集中的测试用例；路径可为规则集文件或文件夹（递归查找 format 为 cunce.ruleset/1 的 *.json）
                                         Run the test cases of rule-set files or of every cunce.ruleset/1 *.json under folders
  pnpm rules validate <规则集 ruleset.json>  以 JSON 输出校验结果 / Print the validation result as JSON
  pnpm rules eval <规则集 ruleset.json> <成员 members.json>
                                         按 simulate 计算成员名单（MemberInput 数组），以 JSON 输出结果
                                         Evaluate an array of MemberInput as simulate does; print the Simulation as JSON
  pnpm rules help                        显示本说明 / Show this help

选项 Options:
  --policy <文件 file>   自治区政策年度（一个 PolicyYear 或其数组），默认使用内置的宁夏数据
                         Region policy years (one PolicyYear or an array); default: the shipped Ningxia figures

路径可以是绝对路径，或相对于运行命令的目录。Paths are absolute or relative to where the command is run.
退出码 Exit codes: 0 全部通过 all good · 1 校验失败、用例失败或成员信息有误 invalid, failing or bad rows ·
                   2 文件缺失、JSON 格式错误或用法错误 missing file, broken JSON or bad usage
`;
