#include "cli/audit_command.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "app/audit/audit_service.hpp"
#include "cli/report.hpp"
#include "domain/audit/audit.hpp"
#include "platform/crypto.hpp"
#include "platform/field_cipher.hpp"
#include "storage/audit/audit_store.hpp"
#include "storage/migrate.hpp"

namespace daibiao::cli {
namespace {

// The database and, when given, the keyring, for one command.
struct Opened {
  std::unique_ptr<storage::Database> db;
  std::optional<platform::FieldCipher> key;
  platform::SystemClock clock;
  platform::OsRandom random;
  app::Env env() { return app::Env{*db, clock, random, {}, key ? &*key : nullptr}; }
};

Result<std::unique_ptr<Opened>> open(const std::string& db_url, const std::string& key_file) {
  auto o = std::make_unique<Opened>();
  if (!key_file.empty()) {
    DAIBIAO_TRY(o->key, platform::FieldCipher::from_key_file(key_file));
  }
  auto db = storage::open_database(db_url, 1);
  if (!db) return std::unexpected(db.error());
  o->db = std::move(*db);
  return o;
}

}  // namespace

Status append_anchor(app::Env& env, const std::string& path) {
  DAIBIAO_TRY(auto a, app::make_anchor(env));
  const std::string line = app::anchor_line(a) + "\n";
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return fail(ErrorCode::internal, "无法写入审计锚点文件", path);
  const bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) &&
                  ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) return fail(ErrorCode::internal, "写入审计锚点文件失败", path);
  return {};
}

AnchorWriter::AnchorWriter(app::Env& env, std::string path, std::chrono::seconds every)
    : env_(env), path_(std::move(path)) {
  if (path_.empty() || every.count() <= 0) return;
  thread_ = std::jthread([this, every](std::stop_token stop) {
    while (true) {
      if (auto st = append_anchor(env_, path_); !st)
        std::fprintf(stderr, "{\"level\":\"error\",\"msg\":\"audit anchor failed\"}\n");
      std::unique_lock lock(mutex_);
      if (cv_.wait_for(lock, stop, every, [] { return false; }) || stop.stop_requested()) return;
    }
  });
}

AnchorWriter::~AnchorWriter() {
  if (!thread_.joinable()) return;
  thread_.request_stop();
  thread_.join();
  (void)append_anchor(env_, path_);
}

AuditCommand::AuditCommand(CLI::App& cli) {
  auto* audit = cli.add_subcommand("audit", "Audit log: verify, anchor, purge");
  audit->require_subcommand(1);
  verify_ = audit->add_subcommand("verify", "Verify the audit hash chain (safe on a live log)");
  verify_->add_option("--db", db_url_, "database URL")->required();
  verify_->add_option("--key-file", key_file_,
                      "the keyring that keys the chain (serve --key-file)");
  verify_->add_option("--anchors", anchors_in_, "an anchor file to check the log against");

  anchor_ = audit->add_subcommand("anchor", "Append a signed anchor of the chain head to a file");
  anchor_->add_option("--db", db_url_, "database URL")->required();
  anchor_->add_option("--key-file", key_file_, "the keyring")->required();
  anchor_->add_option("--out", anchor_out_, "the anchor file (appended to)")->required();

  purge_ = audit->add_subcommand(
      "purge", "Remove records older than the retention period (at least 180 days); audited");
  purge_->add_option("--db", db_url_, "database URL")->required();
  purge_->add_option("--key-file", key_file_, "the keyring that keys the chain");
  purge_->add_option("--older-than-days", retention_days_, "the retention period in days (≥ 180)")
      ->required();
  purge_
      ->add_option("--archive-dir", archive_dir_,
                   "first write the purged records here as JSON lines (one file per batch)")
      ->check(CLI::ExistingDirectory);
}

std::optional<int> AuditCommand::run() {
  if (verify_->parsed()) return verify();
  if (anchor_->parsed()) return anchor();
  if (purge_->parsed()) return purge();
  return std::nullopt;
}

int AuditCommand::anchor() {
  auto o = open(db_url_, key_file_);
  if (!o) return report(o.error());
  app::Env env = (*o)->env();
  if (auto st = append_anchor(env, anchor_out_); !st) return report(st.error());
  return 0;
}

int AuditCommand::verify() {
  auto o = open(db_url_, key_file_);
  if (!o) return report(o.error());
  auto check = storage::verify_audit_chain(*(*o)->db, (*o)->key ? &*(*o)->key : nullptr);
  if (!check) return report(check.error());
  if (!check->ok) {
    fmt::print("audit chain BROKEN at record {}: {}\n", check->first_bad_seq, check->reason);
    return 1;
  }
  int held = 0, purged = 0;
  if (!anchors_in_.empty()) {
    app::Env env = (*o)->env();
    std::ifstream in(anchors_in_);
    if (!in) return report(Error{ErrorCode::invalid_argument, "无法读取锚点文件", {}, {}});
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (line.empty()) continue;
      auto a = app::parse_anchor_line(line);
      auto r =
          a ? app::check_anchor(env, *a)
            : Result<app::AnchorCheck>(fail(ErrorCode::failed_precondition,
                                            "锚点文件第 " + std::to_string(n) + " 行格式无效"));
      if (!r) {
        fmt::print("audit anchors BROKEN: {}\n", r.error().message);
        return 1;
      }
      ++(*r == app::AnchorCheck::held ? held : purged);
    }
  }
  std::string anchors =
      anchors_in_.empty() ? ", no anchors given" : fmt::format(", {} anchors hold", held);
  if (purged > 0) anchors += fmt::format(" ({} older ones precede the retention base)", purged);
  fmt::print("audit chain ok: {} records{}\n", check->records, anchors);
  return 0;
}

int AuditCommand::purge() {
  auto o = open(db_url_, key_file_);
  if (!o) return report(o.error());
  if (auto st = storage::check_schema_current(*(*o)->db); !st) return report(st.error());
  app::Env env = (*o)->env();
  auto r = app::purge_audit_log(env, retention_days_, archive_dir_);
  if (!r) return report(r.error());
  fmt::print("purged {} audit records older than {} days; the chain now starts after record {}\n",
             r->records, retention_days_, r->base_seq);
  for (const auto& a : r->archives) fmt::print("archived {}/{}\n", archive_dir_, a);
  return 0;
}

}  // namespace daibiao::cli
