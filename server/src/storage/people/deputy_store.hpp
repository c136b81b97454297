// Rows of the deputies registry: persons (sensitive values sealed by the caller) and
// mandates. The list is mandate-centred: one row per mandate with the person's fields,
// so filtering by level, term, delegation or status reads naturally.
#pragma once

#include "domain/people/deputy.hpp"
#include "storage/db.hpp"
#include "storage/list_page.hpp"

namespace daibiao::storage {

// What storage keeps of the sensitive fields.
struct SealedPersonFields {
  std::string name_sort;
  std::string phone_sealed, phone_masked;
  std::string id_sealed, id_hash, id_masked;
};

Result<people::Person> insert_person(Connection& c, const people::Person& p,
                                     const SealedPersonFields& sealed, std::int64_t now);
Result<people::Person> find_person(Connection& c, std::int64_t id);  // with mandates
// The person other than `except` registered under any of `hashes` (one ID number's lookup
// hash under each key version, so a half-done key rotation still finds duplicates).
Result<std::optional<std::int64_t>> find_person_by_id_hashes(Connection& c,
                                                             const std::vector<std::string>& hashes,
                                                             std::int64_t except = 0);
// Updates the plain fields; `sealed` replaces the sensitive ones when given.
Result<people::Person> update_person(Connection& c, const people::Person& p,
                                     const std::optional<SealedPersonFields>& sealed,
                                     std::int64_t now);
// The sealed ID number and phone, for the audited reveal.
Result<std::pair<std::string, std::string>> sealed_values(Connection& c, std::int64_t person_id);

Result<people::Mandate> insert_mandate(Connection& c, const people::Mandate& m, std::int64_t now);
Result<people::Mandate> find_mandate(Connection& c, std::int64_t id);
Result<people::Mandate> end_mandate(Connection& c, const people::Mandate& m, std::int64_t now);

// The registry list: a row per mandate joined with its person. Scope goes on the
// mandate's congress path (`mn.path`).
const ListSpec& deputy_list_spec();
extern const char* const kDeputyRowColumns;
struct DeputyRow {
  people::Person person;  // without mandates
  people::Mandate mandate;
};
DeputyRow deputy_row_from(const Row& r);
// The registry list as `req` asks, of the mandates whose congress lies under one of
// `scope_paths` (none: an empty page).
Result<ListPage<DeputyRow>> list_deputy_rows(Connection& c, const ListRequest& req,
                                             const std::vector<std::string>& scope_paths);

}  // namespace daibiao::storage
