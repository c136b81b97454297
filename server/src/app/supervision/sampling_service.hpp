// Random sampling review (随机抽样点评): announce a draw with its population fixed, publish
// the seed, draw, and check a draw against its record. The draw itself is
// domain/supervision/sampling.hpp; the rows storage/supervision/sampling_store.hpp.
//
// Who: supervision.manage (联工委) over the session's congress announces, seeds and draws;
// suggestion.read there (leaders, committee staff, the committee's own staff) reads. Outside
// the caller's read scope a draw does not exist (not_found).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/listing.hpp"
#include "app/use_case.hpp"
#include "domain/supervision/sampling.hpp"
#include "storage/supervision/sampling_store.hpp"

namespace daibiao::app {

struct DrawInput {
  std::string title;
  std::int64_t session_id = 0;
  std::string stage = "assigned";  // supervision::Stage name
  std::optional<std::int64_t> unit_id;
  std::string category;
  std::optional<int> star_level;
  std::string strata = "none";  // supervision::Strata name
  int sample_size = 0;
  std::string seed_source;
  std::optional<std::string> seed;  // when the committee announces it now
  std::optional<std::vector<supervision::Criterion>> criteria;  // default_criteria() if absent
  std::optional<int> pass_score;                                // 60 if absent
};

struct DrawView {
  supervision::Draw draw;
  std::vector<storage::DrawnItemRow> items;  // empty until drawn
  bool can_manage = false;                   // supervision.manage over the congress
  bool can_score = false;  // may comment and score while drawn (a member, or the committee)
};

// Announces a draw: fixes the population from the session's items today (at least
// sample_size of them), stores it and its hash. Audited (supervision.sample.announce).
Result<DrawView> announce_draw(Env&, const Caller&, const DrawInput&);
// Records the seed of an announced draw that has none (failed_precondition otherwise).
Result<DrawView> publish_seed(Env&, const Caller&, std::int64_t id, std::int64_t version,
                              const std::string& seed);
// Draws: needs the seed (failed_precondition without), checks the stored population against
// its hash (internal when they differ), stores the items. Audited (supervision.sample.draw).
Result<DrawView> run_draw(Env&, const Caller&, std::int64_t id, std::int64_t version);
Result<DrawView> get_draw(Env&, const Caller&, std::int64_t id);
Result<ListResult<supervision::Draw>> list_draws(Env&, const Caller&, const storage::ListRequest&);
// The population snapshot text exactly as hashed (for anyone to check with sha256sum).
Result<std::string> draw_population_text(Env&, const Caller&, std::int64_t id);

// The review of a drawn item while the draw is drawn (failed_precondition before and after):
// the unit's report (汇报, entered by the committee: supervision.manage), members' comments
// (点评) and score sheets (测评). A member (suggestion.read over the congress: leaders,
// committee staff) comments and scores as themselves; the committee may enter a member's
// paper sheet or comment under `member_name`. A member's new sheet replaces their old one.
// Each is audited (supervision.sample.report / .comment / .score). not_found for an item
// not drawn.
Result<DrawView> save_item_report(Env&, const Caller&, std::int64_t id, std::int64_t suggestion_id,
                                  const std::string& body);
Result<DrawView> add_item_comment(Env&, const Caller&, std::int64_t id, std::int64_t suggestion_id,
                                  const std::string& body, const std::string& member_name);
Result<DrawView> save_item_sheet(Env&, const Caller&, std::int64_t id, std::int64_t suggestion_id,
                                 const std::vector<int>& scores, const std::string& member_name);
// Publishes the results (supervision.manage): every drawn item needs a sheet
// (failed_precondition names those without). Each item's score is the mean of its sheets;
// below pass_score the item is sent back for re-handling (督办重办) when it is answered, in
// follow-up or closed; every other item's lead unit and lead deputy are told the score.
// Frozen after. Audited (supervision.sample.publish).
Result<DrawView> publish_results(Env&, const Caller&, std::int64_t id, std::int64_t version);

// What `daibiao sample verify` reports: the draw recomputed from its stored population and
// seed, compared with what was stored.
struct DrawCheck {
  bool ok = false;
  std::vector<std::string> problems;  // zh-CN, one per mismatch
  supervision::Draw draw;
  std::vector<supervision::DrawnItem> recomputed;
};
// No caller: an operator's check run against the database. not_found for no such draw.
Result<DrawCheck> check_draw(storage::Database& db, std::int64_t id);

}  // namespace daibiao::app
