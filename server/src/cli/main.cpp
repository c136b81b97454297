// The daibiao binary: serve, migrate, admin create, audit verify, demo.
// Exit codes: 0 success, 1 a check failed (audit verify) or the command failed, 2 usage.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <fcntl.h>
#include <unistd.h>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <thread>

#include "app/audit/audit_service.hpp"
#include "app/jobs/jobs.hpp"
#include "app/org/org_service.hpp"
#include "app/people/account_service.hpp"
#include "app/suggestions/suggestion_service.hpp"
#include "base/text.hpp"
#include "cli/audit_command.hpp"
#include "cli/demo_data.hpp"
#include "cli/keys_command.hpp"
#include "cli/report.hpp"
#include "cli/sample_command.hpp"
#include "domain/audit/audit.hpp"
#include "http/handlers/routes.hpp"
#include "http/pipeline.hpp"
#include "http/server.hpp"
#include "platform/crypto.hpp"
#include "platform/field_cipher.hpp"
#include "storage/audit/audit_store.hpp"
#include "storage/migrate.hpp"
#include "storage/org/org_store.hpp"
#include "storage/seed/bench_data.hpp"
#include "storage/seed/bench_scale.hpp"
#include "storage/seed/demo_facts.hpp"

namespace daibiao {
namespace {

using cli::report;

std::unique_ptr<storage::Database> open_or_exit(const std::string& url, int pool) {
  auto db = storage::open_database(url, pool);
  if (!db) {
    report(db.error());
    std::exit(1);
  }
  return std::move(*db);
}

bool split_listen(const std::string& listen, std::string& host, std::uint16_t& port) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos) return false;
  host = listen.substr(0, colon);
  const auto p = parse_int(std::string_view(listen).substr(colon + 1));
  if (!p || *p < 0 || *p > 65535) return false;
  port = static_cast<std::uint16_t>(*p);
  return !host.empty();
}

std::string read_password_from_stdin() {
  std::string line;
  std::getline(std::cin, line);
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
  return line;
}

// files/ beside a SQLite database file; "" for other databases (set --files-dir).
std::string default_files_dir(const std::string& db_url) {
  constexpr std::string_view kPrefix = "sqlite://";
  if (!db_url.starts_with(kPrefix)) return {};
  return (std::filesystem::path(db_url.substr(kPrefix.size())).parent_path() / "files").string();
}

// Deadline reminders while serving, on one node of a cluster at a time: each run first takes
// or renews the "reminders" lease (held for 3 intervals), so a second node only runs them
// when the first is gone. The first run comes shortly after start. Each run that happened is
// logged as one JSON line on stdout.
class Reminders {
 public:
  Reminders(app::Env& env, std::chrono::seconds every)
      : env_(env), holder_(app::node_identity(env.random)) {
    if (every.count() <= 0) return;
    const auto ttl = std::max<std::chrono::milliseconds>(3 * every, std::chrono::seconds(3));
    thread_ = std::jthread([this, every, ttl](std::stop_token stop) {
      std::chrono::milliseconds wait =
          std::min<std::chrono::milliseconds>(every, std::chrono::seconds(5));
      while (true) {
        std::unique_lock lock(mutex_);
        if (cv_.wait_for(lock, stop, wait, [] { return false; }) || stop.stop_requested()) return;
        lock.unlock();
        // The leaseholder also disables idle and former deputies' accounts (app::sweep_accounts)
        // and, with --audit-retention-days, purges audit records past retention.
        auto run = app::run_as_leaseholder(env_, "reminders", holder_, ttl, [](app::Env& e) {
          auto written = app::send_due_reminders(e);
          if (!written) return written;
          auto lapsed = app::close_lapsed_evaluations(e);
          if (!lapsed) return lapsed;
          auto swept = app::sweep_accounts(e);
          if (!swept) return swept;
          if (e.config.audit_retention_days > 0) {
            auto purged =
                app::purge_audit_log(e, e.config.audit_retention_days, e.config.audit_archive_dir);
            if (!purged) return Result<int>(std::unexpected(purged.error()));
          }
          return Result<int>(*written + *lapsed + *swept);
        });
        if (!run)
          std::fprintf(stderr, "{\"level\":\"error\",\"msg\":\"reminders failed\"}\n");
        else if (run->ran)
          std::printf(
              "{\"level\":\"info\",\"msg\":\"reminders\",\"holder\":\"%s\",\"written\":%d}\n",
              holder_.c_str(), run->written);
        wait = every;
      }
    });
  }
  ~Reminders() {
    if (!thread_.joinable()) return;
    thread_.request_stop();
    thread_.join();
    (void)app::release_job_lease(env_, "reminders", holder_);  // the next node need not wait
  }

 private:
  app::Env& env_;
  std::string holder_;
  std::mutex mutex_;
  std::condition_variable_any cv_;
  std::jthread thread_;
};

}  // namespace
}  // namespace daibiao

int main(int argc, char** argv) {
  using namespace daibiao;
  CLI::App cli{"daibiao — 人大代表工作平台"};
  cli.set_config("--config", "", "TOML/INI file with the same options as the command line");
  cli.require_subcommand(1);
  std::string db_url;

  auto* migrate_cmd = cli.add_subcommand("migrate", "Apply database migrations");
  migrate_cmd->add_option("--db", db_url, "sqlite:///abs/path.db or postgresql://user@host:port/db")
      ->required();

  auto* serve_cmd = cli.add_subcommand("serve", "Serve the API and the web app");
  std::string listen = "127.0.0.1:8080";
  http::ServerOptions server_options;
  http::PipelineOptions pipeline_options;
  bool no_access_log = false;
  std::string key_file;
  serve_cmd->add_option("--db", db_url, "database URL")->required();
  serve_cmd->add_option("--key-file", key_file,
                        "field encryption key (daibiao keygen); needed for ID numbers and phones");
  serve_cmd->add_option("--listen", listen, "address:port to bind (port 0 picks one)");
  serve_cmd->add_option("--workers", server_options.workers, "handler threads");
  serve_cmd->add_option("--io-threads", server_options.io_threads, "network threads");
  serve_cmd->add_option("--body-limit", server_options.body_limit, "largest request body in bytes");
  serve_cmd->add_flag("--secure-cookies", pipeline_options.secure_cookies,
                      "always mark cookies Secure (TLS)");
  std::string admin_totp = "required";
  serve_cmd
      ->add_option("--admin-totp", admin_totp,
                   "required (default): administrators must sign in with a TOTP second factor; "
                   "optional: for development and tests")
      ->check(CLI::IsMember({"required", "optional"}));
  std::string anchor_file;
  int anchor_seconds = 300;
  serve_cmd->add_option("--audit-anchor-file", anchor_file,
                        "append a signed audit-chain head here every --audit-anchor-interval "
                        "seconds (keep it on other storage; needs --key-file)");
  serve_cmd->add_option("--audit-anchor-interval", anchor_seconds, "seconds between anchors");
  std::string metrics_token_file;
  serve_cmd->add_option("--metrics-token-file", metrics_token_file,
                        "file holding a bearer token that lets non-loopback clients read /metrics");
  serve_cmd->add_flag("--trust-proxy", pipeline_options.trust_proxy,
                      "trust X-Forwarded-For/-Proto");
  serve_cmd
      ->add_option("--web-root", pipeline_options.web_root,
                   "directory of the built web app (web/dist)")
      ->check(CLI::ExistingDirectory);
  serve_cmd->add_flag("--no-access-log", no_access_log, "do not print one JSON line per request");
  std::string files_dir;
  serve_cmd->add_option("--files-dir", files_dir,
                        "where attachments are stored (default: files/ beside a SQLite database)");
  int audit_retention_days = 0;
  std::string audit_archive_dir;
  serve_cmd->add_option("--audit-retention-days", audit_retention_days,
                        "purge audit records older than this (at least 180; default: keep all), "
                        "on the reminders leaseholder");
  serve_cmd
      ->add_option("--audit-archive-dir", audit_archive_dir,
                   "archive purged audit records here first (JSON lines)")
      ->check(CLI::ExistingDirectory);
  int remind_seconds = 600;
  serve_cmd->add_option("--remind-interval", remind_seconds,
                        "seconds between deadline reminder runs, on one node at a time (0: never)");

  auto* admin_cmd = cli.add_subcommand("admin", "Administration");
  admin_cmd->require_subcommand(1);
  auto* create_cmd = admin_cmd->add_subcommand("create", "Create an account; password from stdin");
  std::string username, role, org_code, org_name, org_level = "province", display_name;
  create_cmd->add_option("--db", db_url, "database URL")->required();
  create_cmd->add_option("--username", username)->required();
  create_cmd
      ->add_option("--role", role,
                   "deputy, liaison_staff, ..., system_admin, security_admin, audit_admin")
      ->required();
  create_cmd->add_option("--org", org_code, "org node code (default: the root)");
  create_cmd->add_option("--org-name", org_name,
                         "create the root node with this name when the tree is empty");
  create_cmd->add_option("--org-level", org_level, "level of that root node");
  create_cmd->add_option("--display-name", display_name);
  create_cmd->add_option("--key-file", key_file, "the key file (keys the audit chain)");

  cli::AuditCommand audit_command(cli);

  auto* demo_cmd = cli.add_subcommand("demo", "Load demo data and print the demo logins");
  std::string logins_file;
  demo_cmd->add_option("--db", db_url, "database URL")->required();
  demo_cmd->add_option("--logins-file", logins_file, "also write the demo logins to this file");
  demo_cmd->add_option("--key-file", key_file,
                       "field encryption key: also loads ~600 demo deputies");

  cli::KeysCommand keys_command(cli);
  cli::SampleCommand sample_command(cli);

  auto* bench_cmd = cli.add_subcommand(
      "bench-data", "Append benchmark data: hash-chained audit records and/or suggestions");
  std::int64_t bench_rows = 0, bench_suggestions = 0;
  bench_cmd->add_option("--db", db_url, "database URL")->required();
  bench_cmd->add_option("--audit-records", bench_rows, "audit records to append");
  bench_cmd->add_option("--suggestions", bench_suggestions,
                        "suggestions to insert (needs `demo --key-file` data)");
  double bench_scale = 0;
  bench_cmd->add_option("--scale", bench_scale,
                        "a whole province on an empty database: 1 = ~160k deputies, 500k "
                        "suggestions (needs --key-file)");
  bench_cmd->add_option("--key-file", key_file,
                        "the keyring (for --scale; keys the links of --audit-records)");
  int audit_until_days_ago = 0;
  bench_cmd->add_option("--audit-until-days-ago", audit_until_days_ago,
                        "the audit records span the year ending this many days ago (default 0)");

  auto* routes_cmd = cli.add_subcommand("routes", "Print every HTTP route (METHOD PATTERN ACCESS)");

  auto* remind_cmd = cli.add_subcommand("remind",
                                        "Write due and overdue deadline reminders (once each); "
                                        "move on answers whose evaluation window lapsed (未反馈)");
  remind_cmd->add_option("--db", db_url, "database URL")->required();
  remind_cmd->add_option("--key-file", key_file, "the key file (keys the audit chain)");

  auto* accounts_cmd = cli.add_subcommand("accounts", "Account upkeep");
  accounts_cmd->require_subcommand(1);
  auto* sweep_cmd = accounts_cmd->add_subcommand(
      "sweep", "Disable accounts idle for 90 days and accounts of deputies whose mandates ended");
  sweep_cmd->add_option("--db", db_url, "database URL")->required();
  sweep_cmd->add_option("--key-file", key_file, "the key file (keys the audit chain)");

  CLI11_PARSE(cli, argc, argv);

  if (bench_cmd->parsed()) {
    auto db = open_or_exit(db_url, 1);
    if (auto st = storage::check_schema_current(*db); !st) return report(st.error());
    const TimeMs now = platform::SystemClock().now_ms();
    if (bench_scale > 0) {
      if (key_file.empty()) {
        std::fprintf(stderr,
                     "错误：--scale 需要 --key-file（代表的身份证号码和手机号码加密保存）\n");
        return 2;
      }
      auto cipher = platform::FieldCipher::from_key_file(key_file);
      if (!cipher) return report(cipher.error());
      if (auto st = bench::generate_scale(*db, *cipher, bench_scale, now); !st)
        return report(st.error());
      fmt::print("generated a province at scale {}\n", bench_scale);
    }
    if (bench_rows > 0) {
      std::optional<platform::FieldCipher> key;
      if (!key_file.empty()) {
        auto k = platform::FieldCipher::from_key_file(key_file);
        if (!k) return report(k.error());
        key = std::move(*k);
      }
      if (auto st = bench::append_audit_records(*db, bench_rows, now, key ? &*key : nullptr,
                                                audit_until_days_ago);
          !st)
        return report(st.error());
      fmt::print("appended {} audit records\n", bench_rows);
    }
    if (bench_suggestions > 0) {
      if (auto st = bench::insert_suggestions(*db, bench_suggestions, now); !st)
        return report(st.error());
      fmt::print("inserted {} suggestions\n", bench_suggestions);
    }
    return 0;
  }

  if (routes_cmd->parsed()) {
    const http::Router router = http::build_router();
    for (const auto& r : router.routes())
      fmt::print("{} {} {}\n", r.method, r.pattern,
                 r.access == http::Access::public_route ? "public" : "signed_in");
    return 0;
  }

  platform::SystemClock clock;
  platform::OsRandom random;

  if (auto code = keys_command.run()) return *code;
  if (auto code = sample_command.run()) return *code;
  if (auto code = audit_command.run()) return *code;

  std::optional<platform::FieldCipher> cipher;
  if (!key_file.empty()) {
    auto c = platform::FieldCipher::from_key_file(key_file);
    if (!c) return report(c.error());
    cipher = std::move(*c);
  }

  if (migrate_cmd->parsed()) {
    auto db = open_or_exit(db_url, 1);
    auto r = storage::migrate(*db);
    if (!r) return report(r.error());
    for (const auto& name : r->applied) fmt::print("applied {}\n", name);
    fmt::print("schema version {} (was {})\n", r->to_version, r->from_version);
    return 0;
  }

  if (serve_cmd->parsed()) {
    if (!split_listen(listen, server_options.address, server_options.port)) {
      std::fprintf(stderr, "错误：--listen 应为 地址:端口，例如 127.0.0.1:8080\n");
      return 2;
    }
    auto db = open_or_exit(db_url, std::max(2, server_options.workers));
    if (auto st = storage::check_schema_current(*db); !st) return report(st.error());
    pipeline_options.access_log = !no_access_log;
    app::Env env{*db, clock, random, {}, cipher ? &*cipher : nullptr};
    env.config.files_dir = files_dir.empty() ? default_files_dir(db_url) : files_dir;
    platform::DirectoryFileStore attachments(env.config.files_dir);
    env.files = &attachments;
    env.config.admin_totp_required = admin_totp == "required";
    if (audit_retention_days != 0 && audit_retention_days < audit::kMinRetentionDays) {
      std::fprintf(stderr, "错误：--audit-retention-days 至少为 %d 天\n", audit::kMinRetentionDays);
      return 2;
    }
    env.config.audit_retention_days = audit_retention_days;
    env.config.audit_archive_dir = audit_archive_dir;
    Reminders reminders(env, std::chrono::seconds(remind_seconds));
    if (!anchor_file.empty() && !cipher) {
      std::fprintf(stderr, "错误：--audit-anchor-file 需要 --key-file\n");
      return 2;
    }
    cli::AnchorWriter anchors(env, anchor_file, std::chrono::seconds(anchor_seconds));
    http::Pipeline pipeline(env, http::build_router(), pipeline_options);
    std::string metrics_token;
    if (!metrics_token_file.empty()) {
      std::ifstream in(metrics_token_file);
      std::getline(in, metrics_token);
      if (metrics_token.size() < 16) {
        std::fprintf(stderr, "错误：--metrics-token-file 须含至少 16 个字符的令牌\n");
        return 2;
      }
    }
    http::set_health_sources(
        {[&] {
           const auto s = db->stats();
           return pipeline.metrics().render({s.size, s.in_use, s.waits}, pipeline.in_flight());
         },
         [&] { return db->ping(); }, metrics_token});
    std::setvbuf(stdout, nullptr, _IOLBF, 1 << 16);
    return http::run_server(pipeline, server_options, [](const std::string& address) {
      std::printf(
          "{\"level\":\"info\",\"msg\":\"listening\",\"address\":\"%s\",\"url\":\"http://%s/\"}\n",
          address.c_str(), address.c_str());
      std::fflush(stdout);
    });
  }

  if (create_cmd->parsed()) {
    auto db = open_or_exit(db_url, 1);
    if (auto st = storage::check_schema_current(*db); !st) return report(st.error());
    app::Env env{*db, clock, random, {}, cipher ? &*cipher : nullptr};
    const std::string password = read_password_from_stdin();
    app::Caller cli_caller;
    cli_caller.principal.username = "cli";
    auto node = app::read<org::Node>(env, [&](storage::Connection& c) -> Result<org::Node> {
      if (!org_code.empty()) return storage::find_node_by_code(c, org_code);
      DAIBIAO_TRY(auto root, seed::root_node_id(c));
      return storage::find_node(c, root);
    });
    if (!node && node.error().code == ErrorCode::not_found && !org_name.empty()) {
      node = app::create_root_node(
          env, cli_caller,
          {.code = org_code.empty() ? "root" : org_code, .name = org_name, .level = org_level});
    }
    if (!node) {
      if (node.error().code == ErrorCode::not_found)
        std::fprintf(stderr,
                     "错误：找不到机构%s。组织机构树为空时，请用 --org CODE --org-name 名称 "
                     "--org-level province 创建根机构。\n",
                     org_code.c_str());
      else
        report(node.error());
      return 1;
    }
    app::AccountInput in{.username = username,
                         .display_name = display_name.empty() ? username : display_name,
                         .password = password,
                         .org_node_id = node->id};
    auto a = app::bootstrap_account(env, "cli", in, role);
    if (!a) return report(a.error());
    fmt::print("created {} ({}) at {} [{}]\n", a->username, role, node->name, node->code);
    return 0;
  }

  if (sweep_cmd->parsed()) {
    auto db = open_or_exit(db_url, 1);
    if (auto st = storage::check_schema_current(*db); !st) return report(st.error());
    app::Env env{*db, clock, random, {}, cipher ? &*cipher : nullptr};
    auto n = app::sweep_accounts(env);
    if (!n) return report(n.error());
    fmt::print("disabled {} accounts\n", *n);
    return 0;
  }

  if (remind_cmd->parsed()) {
    auto db = open_or_exit(db_url, 1);
    if (auto st = storage::check_schema_current(*db); !st) return report(st.error());
    app::Env env{*db, clock, random, {}, cipher ? &*cipher : nullptr};
    auto n = app::send_due_reminders(env);
    if (!n) return report(n.error());
    auto lapsed = app::close_lapsed_evaluations(env);
    if (!lapsed) return report(lapsed.error());
    fmt::print("wrote {} reminders\n", *n);
    fmt::print("moved on {} answers whose evaluation window lapsed (未反馈)\n", *lapsed);
    return 0;
  }

  if (demo_cmd->parsed()) {
    auto db = open_or_exit(db_url, 1);
    if (auto st = storage::check_schema_current(*db); !st) return report(st.error());
    app::Env env{*db, clock, random, {}, cipher ? &*cipher : nullptr};
    auto logins = cli::load_demo(env);
    if (!logins) return report(logins.error());
    std::string text = "演示账号（仅用于演示，密码随机生成）：\n";
    for (const auto& l : *logins)
      text += fmt::format("  {:<16} {:<22} {}\n", l.username, l.password, l.role);
    std::fputs(text.c_str(), stdout);
    if (!logins_file.empty()) {
      std::ofstream out(logins_file);
      out << text;
    }
    return 0;
  }
  return 2;
}
