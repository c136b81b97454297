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

// A drawn item with what a reader needs of its suggestion.
struct DrawnItemRow {
  supervision::DrawnItem item;
  std::string number, title, state, lead_unit_name, lead_name;
};
Result<std::vector<DrawnItemRow>> load_drawn_items(Connection& c, std::int64_t draw_id);

// Lists draws whose congress lies under one of `scope_paths` (none: an empty page).
Result<ListPage<supervision::Draw>> list_draws(Connection& c, const ListRequest& req,
                                               const std::vector<std::string>& scope_paths);

}  // namespace daibiao::storage
