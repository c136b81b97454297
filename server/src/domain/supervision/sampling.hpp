// Random sampling review (随机抽样点评, DOMAIN.md "Supervision"): at a standing-committee
// meeting, N of a session's suggestions are drawn at random and each is reported on,
// commented on and scored. The draw must be fair and checkable, so it is a pure function of
// data published before it:
//
//   1. Announce: the population is fixed from the session's suggestions and the filters, and
//      written down as a snapshot — one line "<suggestion id>\t<stratum>\n" per item in
//      ascending id order (population_text). Its SHA-256 (hex) is the population hash.
//   2. The seed: a number the committee announces, or a public value that is not yet known
//      (a lottery result on a named future date). It is recorded once and never changed.
//   3. Draw: each item's key is SHA-256 hex of "<seed>\n<population hash>\n<id>". N is split
//      over the strata in proportion to their size (largest remainder, ties by stratum
//      name); within a stratum the items with the smallest keys are drawn.
//
// Anyone with the snapshot and the seed can recompute the result (docs/supervision.md shows
// it in a few lines of Python); `daibiao sample verify` does it against the database.
// SHA-256 is passed in (a pure domain uses no library): `platform::sha256_hex`.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/enum_table.hpp"
#include "base/result.hpp"
#include "domain/suggestions/workflow.hpp"
#include "domain/supervision/review.hpp"

namespace daibiao::supervision {

using Sha256Hex = std::function<std::string(std::string_view)>;

// What the items are grouped by before N is shared out.
enum class Strata { none, lead_unit, category, answer_class };
inline constexpr auto kStrata = std::to_array<EnumEntry<Strata>>({
    {Strata::none, "none", "不分层"},
    {Strata::lead_unit, "lead_unit", "按主办单位分层"},
    {Strata::category, "category", "按建议类别分层"},
    {Strata::answer_class, "answer_class", "按答复类别分层"},
});
static_assert(enum_table_ok(kStrata));
constexpr const auto& enum_table(Strata) { return kStrata; }

// Which of the session's items are in the population.
enum class Stage { assigned, answered };
inline constexpr auto kStages = std::to_array<EnumEntry<Stage>>({
    {Stage::assigned, "assigned", "已交办的建议"},
    {Stage::answered, "answered", "已答复的建议"},
});
static_assert(enum_table_ok(kStages));
constexpr const auto& enum_table(Stage) { return kStages; }

// The states an item of the stage is in: assigned = handed to a unit and not withdrawn
// (assigned … closed); answered = an answer was signed off (answered, rehandling, follow-up,
// closed).
std::span<const suggestions::State> stage_states(Stage s);

// Where a draw is. announced: population fixed, seed perhaps still to come; drawn: items
// chosen for good, being reviewed (report, comments, scores); published: the results are
// final and told to the parties.
enum class DrawStatus { announced, drawn, published };
inline constexpr auto kDrawStatuses = std::to_array<EnumEntry<DrawStatus>>({
    {DrawStatus::announced, "announced", "已公告"},
    {DrawStatus::drawn, "drawn", "已抽取"},
    {DrawStatus::published, "published", "已公布"},
});
static_assert(enum_table_ok(kDrawStatuses));
constexpr const auto& enum_table(DrawStatus) { return kDrawStatuses; }

inline constexpr int kMaxSampleSize = 200;
inline constexpr std::size_t kMaxSeedLength = 200;

struct PopulationMember {
  std::int64_t suggestion_id = 0;
  std::string stratum;  // "" when not stratified; else the unit id, category or class
};

struct DrawnItem {
  std::int64_t suggestion_id = 0;
  std::string stratum;
  std::string key;  // SHA-256 hex of seed, population hash and id
  int rank = 0;     // 1… in the order drawn: by stratum name, then key
};

// A member's stratum under `strata`: "" for none; the lead unit's id in decimal; the
// category; the answer class ("A"/"B"/"C"). An item without one (no unit, not yet answered)
// has "" and forms a stratum of its own.
std::string stratum_value(Strata strata, std::optional<std::int64_t> lead_unit_id,
                          const std::string& category, const std::string& answer_class);

// A draw as stored (sampling_draws), with names for display.
struct Draw {
  std::int64_t id = 0;
  std::int64_t org_node_id = 0;
  std::string org_path, org_name;
  std::string title;
  std::int64_t session_id = 0;
  std::string session_title;
  Stage stage = Stage::assigned;
  std::optional<std::int64_t> filter_unit_id;
  std::string filter_unit_name;
  std::string filter_category;  // "" = every category
  std::optional<int> filter_star_level;
  Strata strata = Strata::none;
  int sample_size = 0;
  std::string seed_source;          // where the seed comes from, as announced
  std::optional<std::string> seed;  // recorded once
  DrawStatus status = DrawStatus::announced;
  int population_size = 0;
  std::string population_hash;
  std::int64_t announced_by = 0;
  std::string announced_by_name;
  std::optional<std::int64_t> seeded_at, drawn_at, drawn_by, published_at;
  std::string drawn_by_name;
  int pass_score = kDefaultPassScore;
  std::vector<Criterion> criteria;
  std::int64_t version = 1;
  std::int64_t created_at = 0, updated_at = 0;
};

// The snapshot text of a population (sorted by id; duplicates are a caller's bug and kept).
std::string population_text(std::vector<PopulationMember> members);

// Shares `n` over strata of the given sizes (name → size, in name order) in proportion,
// by largest remainder; ties go to the stratum whose name sorts first. Sums to
// min(n, total); no stratum gets more than its size.
std::vector<int> allocate(std::span<const std::pair<std::string, int>> sizes, int n);

// The draw. Fails invalid_argument when n < 1, n exceeds the population, or the seed is
// blank. Deterministic: the same members (in any order), n and seed give the same items.
Result<std::vector<DrawnItem>> draw(const std::vector<PopulationMember>& members, int n,
                                    std::string_view seed, const Sha256Hex& sha256_hex);

// A seed as typed: trimmed; 1 to kMaxSeedLength characters, no line breaks (they would
// make the key text ambiguous). Returns the trimmed seed, or a field error on "seed".
Result<std::string> check_seed(std::string_view seed);

}  // namespace daibiao::supervision
