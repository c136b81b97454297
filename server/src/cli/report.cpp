#include "cli/report.hpp"

#include <cstdio>

namespace daibiao::cli {

int report(const Error& e) {
  std::fprintf(stderr, "错误：%s\n", e.message.c_str());
  for (const auto& f : e.fields)
    std::fprintf(stderr, "  %s: %s\n", f.field.c_str(), f.message.c_str());
  if (!e.log_detail.empty()) std::fprintf(stderr, "  (%s)\n", e.log_detail.c_str());
  return 1;
}

}  // namespace daibiao::cli
