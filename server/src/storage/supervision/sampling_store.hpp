// Rows of the random sampling review (sampling_draws, sampling_population, sampling_items;
// migration 0012). The rules of the draw are in domain/supervision/sampling.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/supervision/sampling.hpp"
#include "storage/db.hpp"
#include "storage/list_page.hpp"

namespace daibiao::storage {

// Which of a session's suggestions a draw is taken from.
struct PopulationQuery {
  std::int64_t session_id = 0;
  supervision::Stage stage = supervision::Stage::assigned;
  std::optional<std::int64_t> unit_id;  // lead unit
  std::string category;                 // "" = any
  std::optional<int> star_level;
  supervision::Strata strata = supervision::Strata::none;
};
// The suggestions the query selects today, each with its stratum (id order).
Result<std::vector<supervision::PopulationMember>> select_population(Connection& c,
                                                                     const PopulationQuery& q);

// Stores a new draw (status, population size and hash as given) and its population.
// Returns the id.
Result<std::int64_t> insert_draw(Connection& c, const supervision::Draw& d,
                                 const std::vector<supervision::PopulationMember>& population,
                                 std::int64_t now);
// The draw with its names; not_found when absent.
Result<supervision::Draw> find_draw(Connection& c, std::int64_t id);
// The population as stored at announcement.
Result<std::vector<supervision::PopulationMember>> load_population(Connection& c,
                                                                   std::int64_t draw_id);
// Records the seed when the row is still at `version`; conflict otherwise.
Status save_seed(Connection& c, std::int64_t id, std::int64_t version, const std::string& seed,
                 std::int64_t now);
// Records the drawn items and marks the draw drawn, when the row is still at `version`.
Status save_drawn(Connection& c, std::int64_t id, std::int64_t version,
                  const std::vector<supervision::DrawnItem>& items, std::int64_t user_id,
                  std::int64_t now);

struct CommentRow {
  std::int64_t id = 0;
  std::string member_name, body;
  std::int64_t created_at = 0;
};
struct SheetRow {
  std::string member_name;
  std::vector<int> scores;  // in criteria order
  int total_centi = 0;
  std::int64_t updated_at = 0;
};

// A drawn item with what a reader needs of its suggestion, and its review.
struct DrawnItemRow {
  supervision::DrawnItem item;
  std::string number, title, state, lead_unit_name, lead_name;
  std::int64_t lead_unit_id = 0;
  std::string report;  // 汇报
  std::optional<std::int64_t> reported_at;
  std::optional<int> score_centi;  // once published
  std::string outcome;             // "passed" | "below" once published
  bool rehandling = false;         // sent back for re-handling at publication
  std::vector<CommentRow> comments;
  std::vector<SheetRow> sheets;
};
Result<std::vector<DrawnItemRow>> load_drawn_items(Connection& c, std::int64_t draw_id);

// The review of one drawn item (every write checks the item belongs to the draw: not_found).
Status save_report(Connection& c, std::int64_t draw_id, std::int64_t suggestion_id,
                   const std::string& body, std::int64_t user_id, std::int64_t now);
Status insert_comment(Connection& c, std::int64_t draw_id, std::int64_t suggestion_id,
                      const std::string& member_name, const std::string& body, std::int64_t user_id,
                      std::int64_t now);
// Replaces the member's sheet on the item, if any.
Status save_sheet(Connection& c, std::int64_t draw_id, std::int64_t suggestion_id,
                  const std::string& member_name, const std::vector<int>& scores, int total_centi,
                  std::int64_t user_id, std::int64_t now);
// The published result of one item.
Status save_outcome(Connection& c, std::int64_t draw_id, std::int64_t suggestion_id,
                    int score_centi, bool passed, bool rehandling);
// Marks the draw published when it is still at `version`.
Status mark_published(Connection& c, std::int64_t id, std::int64_t version, std::int64_t user_id,
                      std::int64_t now);

// Lists draws whose congress lies under one of `scope_paths` (none: an empty page).
Result<ListPage<supervision::Draw>> list_draws(Connection& c, const ListRequest& req,
                                               const std::vector<std::string>& scope_paths);

}  // namespace daibiao::storage
