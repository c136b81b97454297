#include "cli/keys_command.hpp"

#include <fmt/format.h>

#include <cstdio>

#include "app/people/key_rotation.hpp"
#include "cli/report.hpp"
#include "platform/crypto.hpp"
#include "platform/field_cipher.hpp"
#include "storage/migrate.hpp"

namespace daibiao::cli {
namespace {

const std::vector<std::string> kProfiles{"standard", "sm"};

}  // namespace

KeysCommand::KeysCommand(CLI::App& cli) {
  keygen_ = cli.add_subcommand("keygen", "Create a keyring file (mode 0600) with one key");
  keygen_->add_option("--out", out_, "path of the new key file")->required();
  keygen_
      ->add_option("--profile", profile_,
                   "standard (AES-256-GCM, HMAC-SHA256) or sm (商密: SM4 + HMAC-SM3)")
      ->check(CLI::IsMember(kProfiles));

  auto* keys = cli.add_subcommand("keys", "The keyring: list, add, activate, re-encrypt");
  keys->require_subcommand(1);
  list_ = keys->add_subcommand("list", "Print the key versions (never the keys)");
  list_->add_option("--key-file", key_file_, "the keyring")->required();

  add_ = keys->add_subcommand(
      "add", "Append a new key version; it seals new values once the servers restart");
  add_->add_option("--key-file", key_file_, "the keyring")->required();
  add_->add_option("--profile", profile_, "standard or sm (商密)")->check(CLI::IsMember(kProfiles));
  add_->add_flag("--staged", staged_,
                 "readable but not yet used for new values (several nodes: restart them all, "
                 "then keys activate)");

  activate_ = keys->add_subcommand("activate", "Make a staged key version usable");
  activate_->add_option("--key-file", key_file_, "the keyring")->required();
  activate_->add_option("--version", version_, "the staged version")->required();

  status_ = keys->add_subcommand("status", "Count values still sealed under older key versions");
  status_->add_option("--db", db_url_, "database URL")->required();
  status_->add_option("--key-file", key_file_, "the keyring")->required();

  reencrypt_ = keys->add_subcommand(
      "reencrypt", "Seal every value again under the current key version, online, in batches");
  reencrypt_->add_option("--db", db_url_, "database URL")->required();
  reencrypt_->add_option("--key-file", key_file_, "the keyring")->required();
  reencrypt_->add_option("--batch", batch_, "rows per transaction (default 500)");
}

std::optional<int> KeysCommand::run() {
  if (keygen_->parsed()) return keygen();
  if (list_->parsed()) return list();
  if (add_->parsed()) return add();
  if (activate_->parsed()) return activate();
  if (status_->parsed()) return status_or_reencrypt(false);
  if (reencrypt_->parsed()) return status_or_reencrypt(true);
  return std::nullopt;
}

int KeysCommand::keygen() {
  const auto profile = *platform::parse_key_profile(profile_);
  if (auto st = platform::FieldCipher::generate_key_file(out_, profile); !st)
    return report(st.error());
  fmt::print(
      "wrote {} (key version 1, {}) — keep it outside the database and its backups, and back it "
      "up separately\n",
      out_, profile_);
  return 0;
}

int KeysCommand::list() {
  auto ring = platform::FieldCipher::from_key_file(key_file_);
  if (!ring) return report(ring.error());
  for (const auto& v : ring->versions())
    fmt::print("{}\t{}\t{}\n", v.version, platform::key_profile_name(v.profile),
               v.current  ? "current"
               : v.staged ? "staged"
                          : "older");
  return 0;
}

int KeysCommand::add() {
  auto version = platform::FieldCipher::add_key_version(
      key_file_, *platform::parse_key_profile(profile_), staged_);
  if (!version) return report(version.error());
  fmt::print(
      "added key version {} ({}{}). Next: {}restart every node, then run daibiao keys reencrypt. "
      "Back up the key file now.\n",
      *version, profile_, staged_ ? ", staged" : "",
      staged_ ? "restart every node, run daibiao keys activate --version " +
                    std::to_string(*version) + ", "
              : "");
  return 0;
}

int KeysCommand::activate() {
  if (auto st = platform::FieldCipher::activate_key_version(key_file_, version_); !st)
    return report(st.error());
  fmt::print("key version {} is active. Next: restart every node, then daibiao keys reencrypt.\n",
             version_);
  return 0;
}

int KeysCommand::status_or_reencrypt(bool rewrite) {
  auto ring = platform::FieldCipher::from_key_file(key_file_);
  if (!ring) return report(ring.error());
  auto db = storage::open_database(db_url_, 1);
  if (!db) return report(db.error());
  if (auto st = storage::check_schema_current(**db); !st) return report(st.error());
  platform::SystemClock clock;
  platform::OsRandom random;
  app::Env env{**db, clock, random, {}, &*ring};
  if (!rewrite) {
    auto n = app::count_stale_sealed_values(env);
    if (!n) return report(n.error());
    fmt::print("current key version {}; {} rows hold values sealed under older versions\n",
               ring->current_version(), *n);
    return 0;
  }
  auto done = app::reencrypt_sealed_values(env, batch_, [](const app::ReencryptReport& r) {
    std::fprintf(stderr, "\r已重新加密：代表 %lld 人，账号 %lld 个",
                 static_cast<long long>(r.persons), static_cast<long long>(r.users));
  });
  std::fprintf(stderr, "\n");
  if (!done) return report(done.error());
  fmt::print("re-encrypted {} persons and {} accounts under key version {}; {} rows left\n",
             done->persons, done->users, ring->current_version(), done->remaining);
  return done->remaining == 0 ? 0 : 1;
}

}  // namespace daibiao::cli
