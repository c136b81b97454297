// Invented people for demo and benchmark data: Chinese names, ethnicities, parties, fields
// of work, and checksum-valid (GB 11643) but fictitious ID numbers. Used by `daibiao demo`
// and `daibiao bench-data --scale`.
#pragma once

#include <array>
#include <cstdio>
#include <random>
#include <string>

namespace daibiao::seed {

// Deputies: invented people with checksum-valid (but fictitious) ID numbers.
inline constexpr std::array<const char*, 60> kSurnames{
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
    "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
    "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏",
    "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "廖"};
inline constexpr std::array<const char*, 48> kGivenMale{
    "建国", "志强", "伟",   "军",   "勇",   "明",   "杰",   "涛",   "斌",   "海波", "国平", "振东",
    "红兵", "永刚", "德华", "文斌", "卫东", "小龙", "鹏",   "昊",   "浩然", "宇航", "子豪", "俊杰",
    "家明", "立新", "晓东", "春生", "建华", "志刚", "学军", "定国", "光明", "长江", "新民", "树林",
    "庆丰", "长青", "金山", "跃进", "胜利", "宏伟", "爱民", "正阳", "松柏", "福生", "铁军", "运来"};
inline constexpr std::array<const char*, 40> kGivenFemale{
    "秀英", "桂兰", "丽",   "敏",   "静",   "艳",   "娟",   "霞",   "芳",   "燕",
    "玲",   "丽萍", "晓燕", "红梅", "海燕", "雪梅", "春花", "美玲", "慧",   "婷",
    "倩",   "佳怡", "雨涵", "欣怡", "梦瑶", "淑珍", "玉兰", "凤英", "翠华", "桂芝",
    "冬梅", "晓红", "亚男", "爱华", "素芬", "金凤", "彩霞", "丹",   "琳",   "颖"};
inline constexpr std::array<const char*, 8> kEthnicities{"汉族", "汉族",   "汉族", "汉族",
                                                         "汉族", "土家族", "苗族", "侗族"};
inline constexpr std::array<const char*, 10> kParties{
    "中共党员", "中共党员", "中共党员", "中共党员",     "群众",
    "群众",     "民盟盟员", "民进会员", "九三学社社员", "农工党党员"};
inline constexpr std::array<const char*, 6> kEducation{"研究生",   "大学本科", "大学本科",
                                                       "大学专科", "高中",     "初中"};
struct FieldPlan {
  const char* field;
  const char* occupation;
  const char* employer;
  const char* post;
};
inline constexpr std::array<FieldPlan, 10> kFields{{
    {"教育", "教师", "第一中学", "校长"},
    {"医疗卫生", "医生", "人民医院", "副院长"},
    {"农业", "农民", "种植专业合作社", "理事长"},
    {"法律", "律师", "律师事务所", "主任"},
    {"经济", "企业管理人员", "实业有限公司", "董事长"},
    {"基层社区", "村干部", "村民委员会", "党支部书记"},
    {"基层社区", "社区工作者", "街道社区居委会", "主任"},
    {"科技", "工程师", "智能制造有限公司", "总工程师"},
    {"文化旅游", "文艺工作者", "花鼓戏剧院", "演员"},
    {"生态环境", "公务员", "生态环境局", "局长"},
}};

// The ID number for a 17-digit body, with its GB 11643 check digit.
inline std::string with_check_digit(const std::string& body17) {
  static constexpr int kWeights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (body17[i] - '0') * kWeights[i];
  return body17 + "10X98765432"[sum % 11];
}

// An ID number with a valid check digit: `region` (6 digits), a random day of `year`, a
// random sequence; odd 17th digit for men.
inline std::string id_number(std::mt19937& rng, const std::string& region, int year, bool male) {
  std::uniform_int_distribution<int> month(1, 12), day(1, 28), seq(0, 99), odd(0, 4);
  char body[18];
  std::snprintf(body, sizeof body, "%s%04d%02d%02d%02d%d", region.c_str(), year, month(rng),
                day(rng), seq(rng), odd(rng) * 2 + (male ? 1 : 0));
  return with_check_digit(std::string(body, 17));
}

}  // namespace daibiao::seed
