#include "cli/sample_command.hpp"

#include <fmt/format.h>

#include "app/supervision/sampling_service.hpp"
#include "cli/report.hpp"
#include "storage/migrate.hpp"

namespace daibiao::cli {

SampleCommand::SampleCommand(CLI::App& cli) {
  auto* sample = cli.add_subcommand("sample", "Random sampling review (随机抽样点评)");
  sample->require_subcommand(1);
  verify_ = sample->add_subcommand(
      "verify", "Recompute a draw from its published population and seed; exit 0 when it matches");
  verify_->add_option("--db", db_url_, "database URL")->required();
  verify_->add_option("--draw", draw_id_, "the draw's id")->required();
}

std::optional<int> SampleCommand::run() {
  if (verify_->parsed()) return verify();
  return std::nullopt;
}

int SampleCommand::verify() {
  auto db = storage::open_database(db_url_, 1);
  if (!db) return report(db.error());
  if (auto st = storage::check_schema_current(**db); !st) return report(st.error());
  auto check = app::check_draw(**db, draw_id_);
  if (!check) return report(check.error());
  const auto& d = check->draw;
  fmt::print("抽样 {}：{}（{}）\n", d.id, d.title, d.session_title);
  fmt::print("抽样范围 {} 件，摘要 {}\n", d.population_size, d.population_hash);
  fmt::print("随机种子：{}\n", d.seed ? *d.seed : "（未公布）");
  for (const auto& item : check->recomputed)
    fmt::print("{:>3}  建议 {}  分层 {}  {}\n", item.rank, item.suggestion_id,
               item.stratum.empty() ? "-" : item.stratum, item.key);
  if (check->ok) {
    fmt::print("一致：按公布的抽样范围和随机种子重算，结果与记录相同\n");
    return 0;
  }
  for (const auto& problem : check->problems) fmt::print(stderr, "不一致：{}\n", problem);
  return 1;
}

}  // namespace daibiao::cli
