// Use cases of the deputies registry (代表信息库). Visibility: a person is visible to a
// caller with deputy.read over the congress of any of the person's mandates, or over the
// congress that registered them. ID numbers and phones are stored sealed and shown masked
// (last 4 characters only); the birth date is shown as its year. Revealing the full values
// (ID number, phone, birth date) needs deputy.reveal and is audited every time; so does
// exporting the registry, since an export is personal data leaving the system.
#pragma once

#include "app/listing.hpp"
#include "app/use_case.hpp"
#include "base/id.hpp"
#include "domain/people/deputy.hpp"
#include "storage/people/deputy_store.hpp"

namespace daibiao::app {

struct MandateInput {
  std::int64_t org_node_id = 0;
  std::int64_t term_id = 0;
  std::string delegation;
  std::string started_on;
};

struct DeputyInput {
  people::PersonDraft person;
  MandateInput mandate;
};

struct PersonPatch {
  std::int64_t version = 0;
  std::optional<std::string> name, gender, ethnicity, birth_date, party, education, occupation,
      field, employer, post, phone, id_number;
};

struct MandateEnd {
  std::int64_t version = 0;
  std::string status;  // resigned | recalled | terminated | deceased (or 辞职 …)
  std::string ended_on;
  std::string reason;
};

struct Revealed {
  std::string id_number, phone, birth_date;
};

Result<ListResult<storage::DeputyRow>> list_deputies(Env&, const Caller&,
                                                     const storage::ListRequest&);
Result<people::Person> get_person(Env&, const Caller&, PersonId id);
Result<people::Person> create_deputy(Env&, const Caller&, const DeputyInput&);
Result<people::Person> update_person(Env&, const Caller&, PersonId id, const PersonPatch&);
Result<Revealed> reveal_person(Env&, const Caller&, PersonId id);
Result<people::Person> add_mandate(Env&, const Caller&, PersonId person, const MandateInput&);
Result<people::Mandate> end_mandate(Env&, const Caller&, MandateId id, const MandateEnd&);

// The rows of a registry export (导出): every page of `req` (at most `max_rows`), within the
// caller's deputy.reveal scope. An export is personal data leaving the system, so it needs
// deputy.reveal as well as deputy.read (403 "导出代表个人信息需要查看敏感信息权限"
// otherwise) and is audited like a reveal: action "deputy.export", outcome success or
// denied, with the filters (`filters`, the raw query), the number of rows and
// `personal_data` = "true". The export itself still carries masked values only.
Result<std::vector<storage::DeputyRow>> export_deputies(Env&, const Caller&,
                                                        storage::ListRequest req,
                                                        const std::string& filters,
                                                        std::size_t max_rows);

// Creates many deputies in one transaction: all or nothing. The error of the first bad row
// names it (`row` in the field path). Used by import.
Result<int> create_deputies(Env&, const Caller&, const std::vector<DeputyInput>&);

// The problem to report for an ID number (by its lookup hashes, FieldCipher::lookup_hashes)
// that is already registered to a person other than `except`, or nothing when it is free. Inside
// the caller's deputy.read scope: "已登记"; outside it only people::kCannotRegisterHere, and
// `outside` is set so the caller can count such hits.
Result<std::optional<FieldError>> duplicate_id_problem(storage::Connection& c, const Caller& caller,
                                                       const std::vector<std::string>& id_hashes,
                                                       bool* outside = nullptr,
                                                       std::int64_t except = 0);

}  // namespace daibiao::app
