#include "app/people/deputy_service.hpp"

#include "base/date.hpp"
#include "platform/collation.hpp"
#include "storage/org/org_store.hpp"

namespace daibiao::app {
namespace {

using access::Permission;
using storage::Connection;

Status need_cipher(const Env& env) {
  if (!env.cipher)
    return fail(ErrorCode::failed_precondition,
                "服务器未配置字段加密密钥（serve --key-file），不能保存或查看身份证号码、手机号码");
  return {};
}

storage::SealedPersonFields seal(const Env& env, const people::PersonDraft& d) {
  std::string id = d.id_number;
  if (!id.empty() && id.back() == 'x') id.back() = 'X';
  return {.name_sort = platform::pinyin_sort_key(d.name),
          .phone_sealed = env.cipher->seal(d.phone),
          .phone_masked = d.phone.empty() ? "" : people::mask_phone(d.phone),
          .id_sealed = env.cipher->seal(id),
          .id_hash = env.cipher->lookup_hash(id),
          .id_masked = people::mask_id_number(id)};
}

// The person is visible when one of the caller's `p` scopes covers the registering
// congress or the congress of any mandate. Returns the path that justified it.
Result<std::string> person_scope(Connection& c, const Caller& caller, const people::Person& p,
                                 Permission perm) {
  if (!caller.principal.can_somewhere(perm))
    return fail(ErrorCode::permission_denied, "没有权限执行此操作");
  std::vector<std::int64_t> nodes{p.org_node_id};
  for (const auto& m : p.mandates) nodes.push_back(m.org_node_id);
  bool visible = false;
  for (std::int64_t id : nodes) {
    DAIBIAO_TRY(auto node, storage::find_node(c, id));
    if (caller.principal.can(perm, node.path)) return node.path;
    visible = visible || caller.principal.can(Permission::deputy_read, node.path);
  }
  if (!visible) return fail(ErrorCode::not_found, "记录不存在");
  return fail(ErrorCode::permission_denied, "没有权限执行此操作");
}

Result<people::Person> load_visible(Connection& c, const Caller& caller, std::int64_t id,
                                    Permission perm, std::string* path = nullptr) {
  auto p = storage::find_person(c, id);
  if (!p) return p;
  DAIBIAO_TRY(auto scope, person_scope(c, caller, *p, perm));
  if (path) *path = scope;
  return p;
}

// The mandate's congress must be within the caller's deputy.manage scope and the term
// must be that congress's.
Result<org::Node> check_mandate_target(Connection& c, const Caller& caller, const MandateInput& m) {
  auto node = storage::find_node(c, m.org_node_id);
  if (!node) return fail_fields({{"mandate.org_node_id", "人大不存在"}});
  if (auto st = authorize(caller.principal, Permission::deputy_manage, node->path); !st)
    return std::unexpected(st.error());
  auto term = storage::find_term(c, m.term_id);
  if (!term || term->org_node_id != node->id)
    return fail_fields({{"mandate.term_id", "届次不属于所选人大"}});
  return node;
}

std::vector<FieldError> mandate_problems(const MandateInput& m) {
  std::vector<FieldError> errors;
  if (m.delegation.empty()) errors.push_back({"mandate.delegation", "必填"});
  if (!parse_date(m.started_on))
    errors.push_back({"mandate.started_on", "日期格式应为 YYYY-MM-DD"});
  return errors;
}

people::Person person_of(const people::PersonDraft& d, std::int64_t org_node_id) {
  people::Person p;
  p.org_node_id = org_node_id;
  p.name = d.name;
  p.gender = parse<people::Gender>(d.gender).value_or(people::Gender::male);  // checked before
  p.ethnicity = d.ethnicity;
  p.birth_date = d.birth_date.empty() ? people::birth_date_from_id(d.id_number) : d.birth_date;
  p.party = d.party;
  p.education = d.education;
  p.occupation = d.occupation;
  p.field = d.field;
  p.employer = d.employer;
  p.post = d.post;
  return p;
}

std::vector<audit::FieldChange> person_changes(const people::Person& before,
                                               const people::Person& after) {
  std::vector<audit::FieldChange> out;
  note_change(out, "name", before.name, after.name);
  note_change(out, "gender", std::string(name_of(before.gender)),
              std::string(name_of(after.gender)));
  note_change(out, "ethnicity", before.ethnicity, after.ethnicity);
  note_change(out, "birth_date", before.birth_date, after.birth_date, true);
  note_change(out, "party", before.party, after.party);
  note_change(out, "education", before.education, after.education);
  note_change(out, "occupation", before.occupation, after.occupation);
  note_change(out, "field", before.field, after.field);
  note_change(out, "employer", before.employer, after.employer);
  note_change(out, "post", before.post, after.post);
  // Personal fields are flagged so the audit log masks them again (the birth date to its
  // first and last character; the phone and ID number are already masked to the last 4).
  note_change(out, "phone", before.phone_masked, after.phone_masked, true);
  note_change(out, "id_number", before.id_masked, after.id_masked, true);
  return out;
}

// Creates one deputy inside `tx`; validation done by the caller.
Result<people::Person> insert_deputy(Env& env, Tx& tx, const Caller& caller,
                                     const DeputyInput& in) {
  DAIBIAO_TRY(auto node, check_mandate_target(tx.db(), caller, in.mandate));
  const auto sealed = seal(env, in.person);
  if (auto dup =
          duplicate_id_problem(tx.db(), caller, env.cipher->lookup_hashes(in.person.id_number));
      !dup)
    return std::unexpected(dup.error());
  else if (*dup)
    return std::unexpected(Error{ErrorCode::conflict, (*dup)->message, {**dup}, {}});
  auto created = storage::insert_person(tx.db(), person_of(in.person, node.id), sealed, tx.now());
  if (!created) return created;
  people::Mandate m{.person_id = created->id,
                    .org_node_id = node.id,
                    .term_id = in.mandate.term_id,
                    .delegation = in.mandate.delegation,
                    .started_on = in.mandate.started_on};
  auto mandate = storage::insert_mandate(tx.db(), m, tx.now());
  if (!mandate) return std::unexpected(mandate.error());
  std::vector<audit::FieldChange> changes = person_changes(people::Person{}, *created);
  changes.push_back({"mandate", std::nullopt, node.name + " " + in.mandate.delegation});
  if (auto st =
          tx.audit({.action = "deputy.create",
                    .object_type = "person",
                    .object_id = std::to_string(created->id),
                    .org_node_id = node.id,
                    .role = caller.principal.acting_role(Permission::deputy_manage, node.path),
                    .changes = std::move(changes)});
      !st)
    return std::unexpected(st.error());
  return storage::find_person(tx.db(), created->id);
}

Status validate_deputy(const DeputyInput& in) {
  auto errors = people::person_problems(in.person);
  for (auto& e : mandate_problems(in.mandate)) errors.push_back(std::move(e));
  if (!errors.empty()) return fail_fields(std::move(errors));
  return {};
}

}  // namespace

Result<ListResult<storage::DeputyRow>> list_deputies(Env& env, const Caller& caller,
                                                     const storage::ListRequest& req) {
  if (auto st = authorize_anywhere(caller.principal, Permission::deputy_read); !st)
    return std::unexpected(st.error());
  return read<ListResult<storage::DeputyRow>>(env, [&](Connection& c) {
    return storage::list_deputy_rows(c, req, caller.principal.scope_paths(Permission::deputy_read));
  });
}

Result<people::Person> get_person(Env& env, const Caller& caller, PersonId person) {
  const std::int64_t id = person.value();
  return read<people::Person>(
      env, [&](Connection& c) { return load_visible(c, caller, id, Permission::deputy_read); });
}

Result<people::Person> create_deputy(Env& env, const Caller& caller, const DeputyInput& in) {
  if (auto st = need_cipher(env); !st) return std::unexpected(st.error());
  if (auto st = validate_deputy(in); !st) return std::unexpected(st.error());
  return write<people::Person>(env, caller, attempt("deputy.create"),
                               [&](Tx& tx) { return insert_deputy(env, tx, caller, in); });
}

Result<std::vector<storage::DeputyRow>> export_deputies(Env& env, const Caller& caller,
                                                        storage::ListRequest req,
                                                        const std::string& filters,
                                                        std::size_t max_rows) {
  // The export is audited like a reveal: personal data (names, employers, posts, birth
  // years, last digits) leaves the system, so refusals are recorded too.
  const AuditEntry denied{
      .action = "deputy.export",
      .object_type = "person",
      .org_node_id = caller.principal.home_org_id,
      .changes = {{"filters", std::nullopt, filters}, {"personal_data", std::nullopt, "true"}}};
  const auto refuse = [&](const char* message) {
    Status st = write_tx(
        env, caller, [&](Tx&) -> Status { return fail(ErrorCode::permission_denied, message); },
        denied);
    return std::unexpected(st.error());
  };
  if (!caller.principal.can_somewhere(Permission::deputy_read)) return refuse("没有权限执行此操作");
  // Rows within both the reveal and the read scope.
  std::vector<std::string> scopes;
  for (auto& path : caller.principal.scope_paths(Permission::deputy_reveal))
    if (caller.principal.can(Permission::deputy_read, path)) scopes.push_back(std::move(path));
  if (scopes.empty()) return refuse("导出代表个人信息需要查看敏感信息权限");
  req.page_size = storage::kMaxPageSize;
  auto rows = read<std::vector<storage::DeputyRow>>(
      env, [&](Connection& c) -> Result<std::vector<storage::DeputyRow>> {
        std::vector<storage::DeputyRow> out;
        for (req.page = 1;; ++req.page) {
          DAIBIAO_TRY(auto page, storage::list_deputy_rows(c, req, scopes));
          for (auto& row : page.items) out.push_back(std::move(row));
          if (static_cast<int>(page.items.size()) < req.page_size || out.size() >= max_rows) break;
        }
        return out;
      });
  if (!rows) return rows;
  AuditEntry done = denied;
  done.role = caller.principal.acting_role(Permission::deputy_reveal, scopes.front());
  done.changes.push_back({"rows", std::nullopt, std::to_string(rows->size())});
  if (auto st = write_tx(env, caller, [&](Tx& tx) { return tx.audit(done); }, {}); !st)
    return std::unexpected(st.error());
  return rows;
}

Result<int> create_deputies(Env& env, const Caller& caller, const std::vector<DeputyInput>& rows) {
  if (auto st = need_cipher(env); !st) return std::unexpected(st.error());
  return write<int>(env, caller, attempt("deputy.import"), [&](Tx& tx) -> Result<int> {
    for (std::size_t i = 0; i < rows.size(); ++i) {
      auto created = insert_deputy(env, tx, caller, rows[i]);
      if (!created) {
        Error e = created.error();
        for (auto& f : e.fields) f.field = "rows[" + std::to_string(i) + "]." + f.field;
        return std::unexpected(std::move(e));
      }
    }
    return static_cast<int>(rows.size());
  });
}

Result<people::Person> update_person(Env& env, const Caller& caller, PersonId person,
                                     const PersonPatch& p) {
  const std::int64_t id = person.value();
  if (auto st = need_cipher(env); !st) return std::unexpected(st.error());
  return write<people::Person>(
      env, caller, attempt("deputy.update", "person", id), [&](Tx& tx) -> Result<people::Person> {
        std::string path;
        auto before = load_visible(tx.db(), caller, id, Permission::deputy_manage, &path);
        if (!before) return before;
        // Unchanged ID numbers are checked against the new birth date and gender too: the
        // stored one is decrypted for the check only, never returned.
        const bool sensitive = p.phone.has_value() || p.id_number.has_value();
        DAIBIAO_TRY(auto sealed_now, storage::sealed_values(tx.db(), id));
        auto stored_id = env.cipher->open(sealed_now.first);
        auto stored_phone = env.cipher->open(sealed_now.second);
        if (!stored_id || !stored_phone) return fail(ErrorCode::internal, "无法解密（密钥不符）");
        people::PersonDraft d{.name = p.name.value_or(before->name),
                              .gender = p.gender.value_or(std::string(name_of(before->gender))),
                              .ethnicity = p.ethnicity.value_or(before->ethnicity),
                              .birth_date = p.birth_date.value_or(before->birth_date),
                              .party = p.party.value_or(before->party),
                              .education = p.education.value_or(before->education),
                              .occupation = p.occupation.value_or(before->occupation),
                              .field = p.field.value_or(before->field),
                              .employer = p.employer.value_or(before->employer),
                              .post = p.post.value_or(before->post),
                              .phone = p.phone.value_or(*stored_phone),
                              .id_number = p.id_number.value_or(*stored_id)};
        if (auto errors = people::person_problems(d); !errors.empty())
          return fail_fields(std::move(errors));
        people::Person next = person_of(d, before->org_node_id);
        next.id = id;
        next.version = p.version;
        std::optional<storage::SealedPersonFields> sealed;
        if (sensitive || d.name != before->name) sealed = seal(env, d);
        if (p.id_number && *p.id_number != *stored_id) {
          DAIBIAO_TRY(auto dup,
                      duplicate_id_problem(tx.db(), caller, env.cipher->lookup_hashes(d.id_number),
                                           nullptr, id));
          if (dup) return std::unexpected(Error{ErrorCode::conflict, (dup)->message, {*dup}, {}});
        }
        auto saved = storage::update_person(tx.db(), next, sealed, tx.now());
        if (!saved) return saved;
        if (auto st =
                tx.audit({.action = "deputy.update",
                          .object_type = "person",
                          .object_id = std::to_string(id),
                          .org_node_id = before->org_node_id,
                          .role = caller.principal.acting_role(Permission::deputy_manage, path),
                          .changes = person_changes(*before, *saved)});
            !st)
          return std::unexpected(st.error());
        return saved;
      });
}

Result<Revealed> reveal_person(Env& env, const Caller& caller, PersonId person) {
  const std::int64_t id = person.value();
  if (auto st = need_cipher(env); !st) return std::unexpected(st.error());
  return write<Revealed>(
      env, caller, attempt("deputy.reveal", "person", id), [&](Tx& tx) -> Result<Revealed> {
        std::string path;
        DAIBIAO_TRY(auto person,
                    load_visible(tx.db(), caller, id, Permission::deputy_reveal, &path));
        DAIBIAO_TRY(auto sealed, storage::sealed_values(tx.db(), id));
        auto id_number = env.cipher->open(sealed.first);
        auto phone = env.cipher->open(sealed.second);
        if (!id_number || !phone) return fail(ErrorCode::internal, "无法解密（密钥不符）");
        if (auto st =
                tx.audit({.action = "deputy.reveal",
                          .object_type = "person",
                          .object_id = std::to_string(id),
                          .org_node_id = person.org_node_id,
                          .role = caller.principal.acting_role(Permission::deputy_reveal, path),
                          .changes = {{"fields", std::nullopt, "id_number,phone,birth_date"}}});
            !st)
          return std::unexpected(st.error());
        return Revealed{*id_number, *phone, person.birth_date};
      });
}

Result<people::Person> add_mandate(Env& env, const Caller& caller, PersonId person,
                                   const MandateInput& in) {
  const std::int64_t person_id = person.value();
  if (auto errors = mandate_problems(in); !errors.empty()) return fail_fields(std::move(errors));
  return write<people::Person>(
      env, caller, attempt("deputy.mandate.add", "person", person_id),
      [&](Tx& tx) -> Result<people::Person> {
        auto person = load_visible(tx.db(), caller, person_id, Permission::deputy_read);
        if (!person) return person;
        DAIBIAO_TRY(auto node, check_mandate_target(tx.db(), caller, in));
        people::Mandate m{.person_id = person_id,
                          .org_node_id = node.id,
                          .term_id = in.term_id,
                          .delegation = in.delegation,
                          .started_on = in.started_on};
        DAIBIAO_TRY(auto created, storage::insert_mandate(tx.db(), m, tx.now()));
        if (auto st = tx.audit(
                {.action = "deputy.mandate.add",
                 .object_type = "mandate",
                 .object_id = std::to_string(created.id),
                 .org_node_id = node.id,
                 .role = caller.principal.acting_role(Permission::deputy_manage, node.path),
                 .changes = {{"person_id", std::nullopt, std::to_string(person_id)},
                             {"delegation", std::nullopt, in.delegation}}});
            !st)
          return std::unexpected(st.error());
        return storage::find_person(tx.db(), person_id);
      });
}

Result<people::Mandate> end_mandate(Env& env, const Caller& caller, MandateId mandate,
                                    const MandateEnd& in) {
  const std::int64_t mandate_id = mandate.value();
  auto to = people::parse_mandate_status(in.status);
  if (!to) return fail_fields({{"status", "状态应为 resigned、recalled、terminated 或 deceased"}});
  return write<people::Mandate>(
      env, caller, attempt("deputy.mandate.end", "mandate", mandate_id),
      [&](Tx& tx) -> Result<people::Mandate> {
        auto m = storage::find_mandate(tx.db(), mandate_id);
        if (!m) return m;
        DAIBIAO_TRY(auto node, storage::find_node(tx.db(), m->org_node_id));
        if (auto st = authorize(caller.principal, Permission::deputy_manage, node.path); !st) {
          if (st.error().code == ErrorCode::permission_denied &&
              !caller.principal.can(Permission::deputy_read, node.path))
            return fail(ErrorCode::not_found, "记录不存在");
          return std::unexpected(st.error());
        }
        if (auto st = people::check_mandate_end(m->status, *to, m->started_on, in.ended_on); !st)
          return std::unexpected(st.error());
        people::Mandate next = *m;
        next.version = in.version;
        next.status = *to;
        next.ended_on = in.ended_on;
        next.end_reason = in.reason;
        auto saved = storage::end_mandate(tx.db(), next, tx.now());
        if (!saved) return saved;
        if (auto st = tx.audit(
                {.action = "deputy.mandate.end",
                 .object_type = "mandate",
                 .object_id = std::to_string(mandate_id),
                 .org_node_id = node.id,
                 .role = caller.principal.acting_role(Permission::deputy_manage, node.path),
                 .changes = {{"status", std::string(people::mandate_status_name(m->status)),
                              std::string(people::mandate_status_name(*to))},
                             {"ended_on", std::nullopt, in.ended_on}}});
            !st)
          return std::unexpected(st.error());
        return saved;
      });
}

Result<std::optional<FieldError>> duplicate_id_problem(Connection& c, const Caller& caller,
                                                       const std::vector<std::string>& id_hashes,
                                                       bool* outside, std::int64_t except) {
  using Out = std::optional<FieldError>;
  DAIBIAO_TRY(auto existing, storage::find_person_by_id_hashes(c, id_hashes, except));
  if (!existing) return Out();
  DAIBIAO_TRY(auto person, storage::find_person(c, *existing));
  if (person_scope(c, caller, person, Permission::deputy_read))
    return Out(FieldError{"id_number", "该身份证号码已登记，不能重复录入"});
  if (outside) *outside = true;
  return Out(FieldError{"id_number", std::string(people::kCannotRegisterHere)});
}

}  // namespace daibiao::app
