#include "domain/supervision/sampling.hpp"

#include <algorithm>
#include <map>

#include "base/text.hpp"

namespace daibiao::supervision {

using suggestions::State;

std::span<const State> stage_states(Stage s) {
  static constexpr std::array kAssigned{
      State::assigned,       State::handling, State::reassignment_requested,
      State::answer_drafted, State::answered, State::rehandling,
      State::follow_up,      State::closed};
  static constexpr std::array kAnswered{State::answered, State::rehandling, State::follow_up,
                                        State::closed};
  return s == Stage::answered ? std::span<const State>(kAnswered)
                              : std::span<const State>(kAssigned);
}

std::string stratum_value(Strata strata, std::optional<std::int64_t> lead_unit_id,
                          const std::string& category, const std::string& answer_class) {
  switch (strata) {
    case Strata::none:
      return "";
    case Strata::lead_unit:
      return lead_unit_id ? std::to_string(*lead_unit_id) : "";
    case Strata::category: {
      // A tab or line break would split the snapshot's line (none is expected).
      std::string out = category;
      for (char& ch : out)
        if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
      return out;
    }
    case Strata::answer_class:
      return answer_class;
  }
  return "";
}

std::string population_text(std::vector<PopulationMember> members) {
  std::stable_sort(members.begin(), members.end(),
                   [](const auto& a, const auto& b) { return a.suggestion_id < b.suggestion_id; });
  std::string out;
  for (const auto& m : members) out += std::to_string(m.suggestion_id) + "\t" + m.stratum + "\n";
  return out;
}

std::vector<int> allocate(std::span<const std::pair<std::string, int>> sizes, int n) {
  std::int64_t total = 0;
  for (const auto& s : sizes) total += s.second;
  std::vector<int> out(sizes.size(), 0);
  if (total == 0 || n <= 0) return out;
  const std::int64_t want = std::min<std::int64_t>(n, total);
  // Whole quotas first, then one more to the largest remainders (name order breaks ties:
  // `sizes` comes in name order and the sort is stable).
  std::vector<std::pair<std::int64_t, std::size_t>> remainders;
  std::int64_t given = 0;
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    const std::int64_t share = want * sizes[i].second;
    out[i] = static_cast<int>(share / total);
    given += out[i];
    remainders.emplace_back(share % total, i);
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < want && k < remainders.size(); ++k) {
    ++out[remainders[k].second];
    ++given;
  }
  return out;
}

Result<std::string> check_seed(std::string_view seed) {
  while (!seed.empty() && (seed.front() == ' ' || seed.front() == '\t')) seed.remove_prefix(1);
  while (!seed.empty() && (seed.back() == ' ' || seed.back() == '\t')) seed.remove_suffix(1);
  if (seed.empty()) return fail_fields({{"seed", "请填写随机种子"}});
  if (!valid_utf8(seed) || seed.find_first_of("\r\n") != std::string_view::npos)
    return fail_fields({{"seed", "随机种子应为一行文字"}});
  if (utf8_length(seed) > kMaxSeedLength)
    return fail_fields({{"seed", "随机种子不能超过 200 个字符"}});
  return std::string(seed);
}

Result<std::vector<DrawnItem>> draw(const std::vector<PopulationMember>& members, int n,
                                    std::string_view seed, const Sha256Hex& sha256_hex) {
  if (n < 1) return fail_fields({{"sample_size", "抽取件数应至少为 1"}});
  if (static_cast<std::size_t>(n) > members.size())
    return fail_fields({{"sample_size", "抽取件数不能超过抽样范围内的建议数（" +
                                            std::to_string(members.size()) + " 件）"}});
  DAIBIAO_TRY(auto clean_seed, check_seed(seed));
  const std::string population_hash = sha256_hex(population_text(members));

  // Every key starts "<seed>\n<population hash>\n"; the id follows.
  std::string prefix = clean_seed;
  prefix += '\n';
  prefix += population_hash;
  prefix += '\n';
  std::map<std::string, std::vector<DrawnItem>> strata;
  for (const auto& m : members)
    strata[m.stratum].push_back(
        {m.suggestion_id, m.stratum, sha256_hex(prefix + std::to_string(m.suggestion_id)), 0});
  std::vector<std::pair<std::string, int>> sizes;
  sizes.reserve(strata.size());
  for (const auto& [name, items] : strata) sizes.emplace_back(name, static_cast<int>(items.size()));
  const auto shares = allocate(sizes, n);

  std::vector<DrawnItem> out;
  std::size_t i = 0;
  for (auto& [name, items] : strata) {
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
      return a.key != b.key ? a.key < b.key : a.suggestion_id < b.suggestion_id;
    });
    for (int k = 0; k < shares[i]; ++k)
      out.push_back(std::move(items[static_cast<std::size_t>(k)]));
    ++i;
  }
  for (std::size_t r = 0; r < out.size(); ++r) out[r].rank = static_cast<int>(r) + 1;
  return out;
}

}  // namespace daibiao::supervision
