#include "storage/people/deputy_store.hpp"

#include "storage/versioned.hpp"

namespace daibiao::storage {
namespace {

constexpr const char* kPersonColumns =
    "p.id, p.org_node_id, p.name, p.gender, p.ethnicity, p.birth_date, p.party, p.education, "
    "p.occupation, p.field, p.employer, p.post, p.phone_masked, p.id_masked, p.version, "
    "p.created_at, p.updated_at";
constexpr int kPersonColumnCount = 17;

constexpr const char* kMandateColumns =
    "m.id, m.person_id, m.org_node_id, m.term_id, m.delegation, m.status, m.started_on, "
    "m.ended_on, m.end_reason, m.version, m.created_at, m.updated_at, mn.name, mn.level, t.number";

constexpr const char* kMandateFrom =
    "mandates m JOIN org_nodes mn ON mn.id = m.org_node_id JOIN terms t ON t.id = m.term_id";

people::Person person_from(const Row& r, int o = 0) {
  people::Person p;
  p.id = r.i64(o + 0);
  p.org_node_id = r.i64(o + 1);
  p.name = r.text(o + 2);
  p.gender = parse<people::Gender>(r.text(o + 3)).value_or(people::Gender::male);  // CHECKed
  p.ethnicity = r.text(o + 4);
  p.birth_date = r.text(o + 5);
  p.party = r.text(o + 6);
  p.education = r.text(o + 7);
  p.occupation = r.text(o + 8);
  p.field = r.text(o + 9);
  p.employer = r.text(o + 10);
  p.post = r.text(o + 11);
  // Masked again on the way out: rows stored under the older, wider mask ("430102****…")
  // are narrowed to the last 4 characters (masking is idempotent).
  p.phone_masked = people::mask_phone(r.text(o + 12));
  p.id_masked = people::mask_id_number(r.text(o + 13));
  p.version = r.i64(o + 14);
  p.created_at = r.i64(o + 15);
  p.updated_at = r.i64(o + 16);
  return p;
}

people::Mandate mandate_from(const Row& r, int o = 0) {
  people::Mandate m;
  m.id = r.i64(o + 0);
  m.person_id = r.i64(o + 1);
  m.org_node_id = r.i64(o + 2);
  m.term_id = r.i64(o + 3);
  m.delegation = r.text(o + 4);
  m.status = people::parse_mandate_status(r.text(o + 5)).value_or(people::MandateStatus::serving);
  m.started_on = r.text(o + 6);
  m.ended_on = r.opt_text(o + 7);
  m.end_reason = r.text(o + 8);
  m.version = r.i64(o + 9);
  m.created_at = r.i64(o + 10);
  m.updated_at = r.i64(o + 11);
  m.org_name = r.text(o + 12);
  m.level = parse<org::Level>(r.text(o + 13)).value_or(org::Level::province);  // CHECKed
  m.term_number = static_cast<int>(r.i64(o + 14));
  return m;
}

std::vector<Value> plain_values(const people::Person& p) {
  return {p.name,       std::string(name_of(p.gender)),
          p.ethnicity,  p.birth_date,
          p.party,      p.education,
          p.occupation, p.field,
          p.employer,   p.post};
}

// Says nothing about where the number is registered: the app replaces it with "已登记" only
// when the existing person lies in the caller's scope (app::duplicate_id_problem).
Error duplicate_id(const Error& e) {
  return Error{ErrorCode::conflict,
               std::string(people::kCannotRegisterHere),
               {{"id_number", std::string(people::kCannotRegisterHere)}},
               e.log_detail};
}

}  // namespace

const char* const kDeputyRowColumns =
    "p.id, p.org_node_id, p.name, p.gender, p.ethnicity, p.birth_date, p.party, p.education, "
    "p.occupation, p.field, p.employer, p.post, p.phone_masked, p.id_masked, p.version, "
    "p.created_at, p.updated_at, "
    "m.id, m.person_id, m.org_node_id, m.term_id, m.delegation, m.status, m.started_on, "
    "m.ended_on, m.end_reason, m.version, m.created_at, m.updated_at, mn.name, mn.level, t.number";

DeputyRow deputy_row_from(const Row& r) {
  return DeputyRow{person_from(r, 0), mandate_from(r, kPersonColumnCount)};
}

Result<people::Person> insert_person(Connection& c, const people::Person& p,
                                     const SealedPersonFields& s, std::int64_t now) {
  std::vector<Value> params{p.org_node_id};
  for (auto& v : plain_values(p)) params.push_back(std::move(v));
  for (const std::string* v :
       {&s.name_sort, &s.phone_sealed, &s.phone_masked, &s.id_sealed, &s.id_hash, &s.id_masked})
    params.emplace_back(*v);
  params.emplace_back(now);
  params.emplace_back(now);
  auto id = c.query_one(
      "INSERT INTO persons (org_node_id, name, gender, ethnicity, birth_date, party, education, "
      "occupation, field, employer, post, name_sort, phone_sealed, phone_masked, id_sealed, "
      "id_hash, id_masked, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      params);
  if (!id) {
    if (id.error().code == ErrorCode::conflict) return std::unexpected(duplicate_id(id.error()));
    return std::unexpected(id.error());
  }
  return find_person(c, id->i64(0));
}

Result<people::Person> find_person(Connection& c, std::int64_t id) {
  auto row =
      c.query_one(std::string("SELECT ") + kPersonColumns + " FROM persons p WHERE p.id = ?", {id});
  if (!row) return std::unexpected(row.error());
  people::Person p = person_from(*row);
  DAIBIAO_TRY(auto mandates,
              c.query(std::string("SELECT ") + kMandateColumns + " FROM " + kMandateFrom +
                          " WHERE m.person_id = ? ORDER BY m.started_on DESC, m.id",
                      {id}));
  for (const Row& r : mandates) p.mandates.push_back(mandate_from(r));
  return p;
}

Result<std::optional<std::int64_t>> find_person_by_id_hashes(Connection& c,
                                                             const std::vector<std::string>& hashes,
                                                             std::int64_t except) {
  if (hashes.empty()) return std::optional<std::int64_t>{};
  std::string sql = "SELECT id FROM persons WHERE id <> ? AND id_hash IN (?";
  std::vector<Value> params{except, hashes.front()};
  for (std::size_t i = 1; i < hashes.size(); ++i) {
    sql += ", ?";
    params.emplace_back(hashes[i]);
  }
  auto rows = c.query(sql + ") ORDER BY id LIMIT 1", params);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<std::int64_t>{};
  return std::optional(rows->front().i64(0));
}

Result<people::Person> update_person(Connection& c, const people::Person& p,
                                     const std::optional<SealedPersonFields>& sealed,
                                     std::int64_t now) {
  std::string set =
      "name = ?, gender = ?, ethnicity = ?, birth_date = ?, party = ?, education = ?, "
      "occupation = ?, field = ?, employer = ?, post = ?";
  std::vector<Value> params = plain_values(p);
  if (sealed) {
    set +=
        ", name_sort = ?, phone_sealed = ?, phone_masked = ?, id_sealed = ?, id_hash = ?, "
        "id_masked = ?";
    for (const std::string* v : {&sealed->name_sort, &sealed->phone_sealed, &sealed->phone_masked,
                                 &sealed->id_sealed, &sealed->id_hash, &sealed->id_masked})
      params.emplace_back(*v);
  }
  auto v = update_versioned(c, "persons", p.id, p.version, set, std::move(params), now);
  if (!v) {
    if (v.error().code == ErrorCode::conflict &&
        v.error().log_detail.find("id_hash") != std::string::npos)
      return std::unexpected(duplicate_id(v.error()));
    return std::unexpected(v.error());
  }
  return find_person(c, p.id);
}

Result<std::pair<std::string, std::string>> sealed_values(Connection& c, std::int64_t person_id) {
  DAIBIAO_TRY(auto row,
              c.query_one("SELECT id_sealed, phone_sealed FROM persons WHERE id = ?", {person_id}));
  return std::pair(row.text(0), row.text(1));
}

Result<people::Mandate> insert_mandate(Connection& c, const people::Mandate& m, std::int64_t now) {
  auto id = c.query_one(
      "INSERT INTO mandates (person_id, org_node_id, term_id, delegation, status, started_on, "
      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {m.person_id, m.org_node_id, m.term_id, m.delegation,
       std::string(people::mandate_status_name(m.status)), m.started_on, now, now});
  if (!id) {
    if (id.error().code == ErrorCode::conflict)
      return std::unexpected(Error{ErrorCode::conflict,
                                   "该代表在这一届已有代表资格",
                                   {{"term_id", "该代表在这一届已有代表资格"}},
                                   id.error().log_detail});
    return std::unexpected(id.error());
  }
  return find_mandate(c, id->i64(0));
}

Result<people::Mandate> find_mandate(Connection& c, std::int64_t id) {
  DAIBIAO_TRY(auto row, c.query_one(std::string("SELECT ") + kMandateColumns + " FROM " +
                                        kMandateFrom + " WHERE m.id = ?",
                                    {id}));
  return mandate_from(row);
}

Result<people::Mandate> end_mandate(Connection& c, const people::Mandate& m, std::int64_t now) {
  auto v =
      update_versioned(c, "mandates", m.id, m.version, "status = ?, ended_on = ?, end_reason = ?",
                       {std::string(people::mandate_status_name(m.status)),
                        m.ended_on ? Value(*m.ended_on) : Value(nullptr), m.end_reason},
                       now);
  if (!v) return std::unexpected(v.error());
  return find_mandate(c, m.id);
}

const ListSpec& deputy_list_spec() {
  static const ListSpec spec{
      .from =
          "mandates m JOIN persons p ON p.id = m.person_id JOIN org_nodes mn ON mn.id = "
          "m.org_node_id JOIN terms t ON t.id = m.term_id",
      .sortable = {{"name", "p.name_sort"},
                   {"birth_date", "p.birth_date"},
                   {"delegation", "m.delegation"},
                   {"started_on", "m.started_on"},
                   {"created_at", "p.created_at"}},
      .filterable = {{"level", {"mn.level", FilterKind::text}},
                     {"org_node_id", {"m.org_node_id", FilterKind::integer}},
                     {"term_id", {"m.term_id", FilterKind::integer}},
                     {"delegation", {"m.delegation", FilterKind::text}},
                     {"field", {"p.field", FilterKind::text}},
                     {"status", {"m.status", FilterKind::text}},
                     {"gender", {"p.gender", FilterKind::text}},
                     {"party", {"p.party", FilterKind::text}},
                     {"person_id", {"m.person_id", FilterKind::integer}}},
      .text_columns = {"p.name"},
      .default_order = "p.name_sort",
      .tie_breaker = "m.id"};
  return spec;
}

Result<ListPage<DeputyRow>> list_deputy_rows(Connection& c, const ListRequest& req,
                                             const std::vector<std::string>& scope_paths) {
  std::vector<Value> params;
  const std::string scope = scope_clause("mn.path", scope_paths, params);
  return list_rows<DeputyRow>(c, deputy_list_spec(), req, scope, params, kDeputyRowColumns,
                              deputy_row_from);
}

}  // namespace daibiao::storage
