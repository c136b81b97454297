// `daibiao sample verify --db URL --draw ID`: recomputes a random sampling review's draw
// from its stored population and seed (app::check_draw) and prints the items. Exit 0 when
// the record and the recomputation agree, 1 when they do not or the draw is missing.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace daibiao::cli {

class SampleCommand {
 public:
  // Adds the subcommands to `cli`.
  explicit SampleCommand(CLI::App& cli);
  // The exit code when one of these subcommands was given, nullopt otherwise.
  std::optional<int> run();

 private:
  int verify();

  CLI::App* verify_ = nullptr;
  std::string db_url_;
  std::int64_t draw_id_ = 0;
};

}  // namespace daibiao::cli
