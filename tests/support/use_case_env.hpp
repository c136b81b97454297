// What the use-case tests on real databases share: a deterministic RandomSource, the start
// time, a password every policy accepts, and the two cities under one province most tests
// build. Tests only.
#pragma once

#include <stdexcept>
#include <string>

#include "app/access/auth.hpp"
#include "app/org/org_service.hpp"
#include "base/random.hpp"

namespace daibiao::testing {

// Tokens "aaa…1", "aaa…2", … so ids and session tokens are the same on every run.
class CountingRandom final : public RandomSource {
 public:
  std::string hex_token(int bytes) override {
    std::string s = std::to_string(++n_);
    return std::string(static_cast<std::size_t>(bytes) * 2 - s.size(), 'a') + s;
  }

 private:
  int n_ = 0;
};

inline constexpr TimeMs kStart = 1'780'000'000'000;  // 2026-05-28
inline const std::string kPassword = "Correct-Horse9";

// The value of `r`, or a runtime_error naming `what` (setup steps that must not fail).
template <typename T>
T ok(Result<T> r, const std::string& what) {
  if (!r) throw std::runtime_error(what + ": " + r.error().message);
  return std::move(*r);
}

// A province 省人大 (code 43) with two cities 甲市人大 (A) and 乙市人大 (B), created through
// the org use cases; `builder` is a system administrator at the province.
struct TwoCities {
  org::Node root, city_a, city_b;
  app::Caller builder;
};

inline TwoCities two_cities(app::Env& env) {
  app::Caller cli;
  cli.principal.username = "test";
  TwoCities t;
  t.root =
      ok(app::create_root_node(env, cli, {.code = "43", .name = "省人大", .level = "province"}),
         "province");
  t.builder = cli;
  t.builder.principal.grants.push_back({access::Role::system_admin, t.root.id, t.root.path});
  t.city_a = ok(
      app::create_node(env, t.builder,
                       {.code = "A", .name = "甲市人大", .level = "city", .parent_id = t.root.id}),
      "city A");
  t.city_b = ok(
      app::create_node(env, t.builder,
                       {.code = "B", .name = "乙市人大", .level = "city", .parent_id = t.root.id}),
      "city B");
  return t;
}

}  // namespace daibiao::testing
