// `daibiao audit verify|anchor|purge`, and the anchor writer `serve` runs
// (--audit-anchor-file). The chain, anchors and retention are explained in docs/security.md.
#pragma once

#include <CLI/CLI.hpp>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "app/use_case.hpp"

namespace daibiao::cli {

// Appends one signed anchor line of the chain head to `path` and fsyncs it.
Status append_anchor(app::Env& env, const std::string& path);

// Writes an anchor every `every` while serving, and one more at shutdown. Does nothing when
// `path` is empty.
class AnchorWriter {
 public:
  AnchorWriter(app::Env& env, std::string path, std::chrono::seconds every);
  ~AnchorWriter();
  AnchorWriter(const AnchorWriter&) = delete;
  AnchorWriter& operator=(const AnchorWriter&) = delete;

 private:
  app::Env& env_;
  std::string path_;
  std::mutex mutex_;
  std::condition_variable_any cv_;
  std::jthread thread_;
};

class AuditCommand {
 public:
  explicit AuditCommand(CLI::App& cli);
  // The exit code when one of these subcommands was given, nullopt otherwise.
  std::optional<int> run();

 private:
  int verify();
  int anchor();
  int purge();

  CLI::App* verify_ = nullptr;
  CLI::App* anchor_ = nullptr;
  CLI::App* purge_ = nullptr;
  std::string db_url_, key_file_, anchors_in_, anchor_out_, archive_dir_;
  int retention_days_ = 0;
};

}  // namespace daibiao::cli
