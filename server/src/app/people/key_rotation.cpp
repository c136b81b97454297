#include "app/people/key_rotation.hpp"

#include "storage/people/sealed_values.hpp"

namespace daibiao::app {
namespace {

Caller system_caller() {
  Caller system;
  system.principal.username = "system";
  return system;
}

// Re-seals one batch of `table`; returns how many rows were rewritten and moves `after_id`
// past the batch (0 rows read: the table is done).
Result<std::pair<int, int>> reseal_batch(Env& env, const std::string& table, int batch,
                                         std::int64_t& after_id) {
  const platform::FieldCipher& key = *env.cipher;
  int read_rows = 0, rewritten = 0;
  auto st = env.db.write([&](storage::Connection& c) -> Status {
    auto rows =
        storage::rows_sealed_under_older_keys(c, table, key.current_seal_prefix(), after_id, batch);
    if (!rows) return std::unexpected(rows.error());
    read_rows = static_cast<int>(rows->size());
    for (const auto& row : *rows) {
      std::vector<std::string> fresh;
      std::string plain_id;
      for (std::size_t i = 0; i < row.values.size(); ++i) {
        auto plain = key.open(row.values[i]);
        if (!plain)
          return fail(ErrorCode::internal,
                      table + " #" + std::to_string(row.id) + "：" + plain.error().message);
        if (i == 0) plain_id = *plain;
        fresh.push_back(key.seal(*plain));
      }
      const std::string hash = table == "persons" ? key.lookup_hash(plain_id) : std::string();
      DAIBIAO_TRY(auto done, storage::reseal_row(c, row, fresh, hash));
      rewritten += done ? 1 : 0;
      after_id = row.id;
    }
    return {};
  });
  if (!st) return std::unexpected(st.error());
  return std::pair{read_rows, rewritten};
}

}  // namespace

Result<std::int64_t> count_stale_sealed_values(Env& env) {
  if (!env.cipher) return fail(ErrorCode::failed_precondition, "需要 --key-file");
  return read<std::int64_t>(env, [&](storage::Connection& c) -> Result<std::int64_t> {
    std::int64_t n = 0;
    for (const char* table : {"persons", "users"}) {
      auto k = storage::count_sealed_under_older_keys(c, table, env.cipher->current_seal_prefix());
      if (!k) return k;
      n += *k;
    }
    return n;
  });
}

Result<ReencryptReport> reencrypt_sealed_values(
    Env& env, int batch, const std::function<void(const ReencryptReport&)>& progress) {
  if (!env.cipher) return fail(ErrorCode::failed_precondition, "重新加密需要 --key-file");
  if (batch < 1 || batch > 10000)
    return fail(ErrorCode::invalid_argument, "--batch 应在 1 到 10000 之间");
  ReencryptReport report;
  for (const char* table : {"persons", "users"}) {
    std::int64_t after_id = 0;
    for (;;) {
      DAIBIAO_TRY(auto r, reseal_batch(env, table, batch, after_id));
      (std::string(table) == "persons" ? report.persons : report.users) += r.second;
      if (progress) progress(report);
      if (r.first < batch) break;
    }
  }
  DAIBIAO_TRY(report.remaining, count_stale_sealed_values(env));
  const Caller system = system_caller();
  auto st = write_tx(
      env, system,
      [&](Tx& tx) -> Status {
        return tx.audit(
            {.action = "keys.reencrypt",
             .object_type = "keyring",
             .object_id = std::to_string(env.cipher->current_version()),
             .role = "system",
             .changes = {
                 {"key_version", std::nullopt, std::to_string(env.cipher->current_version())},
                 {"profile", std::nullopt,
                  std::string(platform::key_profile_name(env.cipher->current_profile()))},
                 {"persons", std::nullopt, std::to_string(report.persons)},
                 {"users", std::nullopt, std::to_string(report.users)},
                 {"remaining", std::nullopt, std::to_string(report.remaining)}}});
      },
      attempt("keys.reencrypt", "keyring"));
  if (!st) return std::unexpected(st.error());
  return report;
}

}  // namespace daibiao::app
