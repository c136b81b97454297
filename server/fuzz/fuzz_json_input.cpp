// JSON binding (http::JsonInput): the body of every POST/PUT/PATCH. Contracts:
//  - parse() and every getter return errors, never throw or crash, whatever the bytes;
//  - a text it returns is valid UTF-8 within its character limit, without control
//    characters, trimmed (when asked) and non-empty when required;
//  - integers come back inside [min, max]; ids are positive and at most max_items;
//  - finish() succeeds only when no getter failed and every field was read: each unknown
//    field is reported by name (nested objects as "<prefix>.<field>").
#include <boost/json.hpp>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "base/text.hpp"
#include "fuzz_check.hpp"
#include "http/json_io.hpp"

using daibiao::http::JsonInput;

namespace {

const std::set<std::string> kTopFields{"title",      "content", "password",     "state",
                                       "star_level", "urgent",  "lead_unit_id", "co_signers",
                                       "items",      "extra"};

bool has_error(const daibiao::Error& e, const std::string& field) {
  for (const auto& f : e.fields)
    if (f.field == field) return true;
  return false;
}

void check_text(const std::optional<std::string>& v, std::size_t max_chars, bool required,
                bool trimmed) {
  if (!v) return;
  FUZZ_CHECK(daibiao::valid_utf8(*v));
  FUZZ_CHECK(daibiao::utf8_length(*v) <= max_chars);
  FUZZ_CHECK(!required || !v->empty());
  for (unsigned char c : *v)
    FUZZ_CHECK(!((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F));
  if (trimmed && !v->empty()) {
    FUZZ_CHECK(v->front() != ' ' && v->back() != ' ' && v->front() != '\n' && v->back() != '\t');
    FUZZ_CHECK(!v->starts_with("\xE3\x80\x80") && !v->ends_with("\xE3\x80\x80"));
  }
}

void run(std::string_view body) {
  auto in = JsonInput::parse(body);
  if (!in) {
    FUZZ_CHECK(in.error().code == daibiao::ErrorCode::invalid_argument);
    return;
  }
  // The same body as Boost.JSON sees it, for the unknown-field contract.
  boost::json::object raw = boost::json::parse(body).as_object();

  bool getter_failed = false;
  auto title = in->text("title", /*required=*/true, 100);
  check_text(title, 100, true, true);
  getter_failed |= !title;
  auto content = in->text("content", false, 5000);
  check_text(content, 5000, false, true);
  getter_failed |= !content && raw.contains("content");
  auto password = in->secret("password", false, 128);
  check_text(password, 128, false, false);
  getter_failed |= !password && raw.contains("password");
  auto state = in->one_of("state", false, {"draft", "submitted"});
  if (state) FUZZ_CHECK(*state == "draft" || *state == "submitted");
  getter_failed |= !state && raw.contains("state");
  auto star = in->integer("star_level", false, 1, 5);
  if (star) FUZZ_CHECK(*star >= 1 && *star <= 5);
  getter_failed |= !star && raw.contains("star_level");
  auto urgent = in->boolean("urgent", false);
  getter_failed |= !urgent && raw.contains("urgent");
  auto lead = in->nullable_integer("lead_unit_id");
  if (lead && *lead) FUZZ_CHECK(**lead > 0);
  getter_failed |= !lead && raw.contains("lead_unit_id");
  auto co = in->ids("co_signers", false, 20);
  if (co) {
    FUZZ_CHECK(co->size() <= 20);
    for (auto id : *co) FUZZ_CHECK(id > 0);
  }
  getter_failed |= !co && raw.contains("co_signers");
  auto items = in->objects("items", false, 10);
  getter_failed |= !items && raw.contains("items");
  if (items) {
    FUZZ_CHECK(items->size() <= 10);
    for (std::size_t i = 0; i < items->size(); ++i) {
      const std::string prefix = "items[" + std::to_string(i) + "]";
      auto nested = JsonInput::from_object((*items)[i], prefix);
      auto name = nested.text("name", true, 50);
      check_text(name, 50, true, true);
      auto done = nested.finish();
      if (done) {
        FUZZ_CHECK(name.has_value());
        for (const auto& kv : (*items)[i]) FUZZ_CHECK(kv.key() == "name");
      } else {
        for (const auto& f : done.error().fields) FUZZ_CHECK(f.field.starts_with(prefix + "."));
        for (const auto& kv : (*items)[i])
          if (kv.key() != "name")
            FUZZ_CHECK(has_error(done.error(), prefix + "." + std::string(kv.key())));
      }
    }
  }
  auto extra = in->object("extra", false);
  getter_failed |= !extra && raw.contains("extra");

  auto done = in->finish();
  if (done) {
    FUZZ_CHECK(!getter_failed);
    for (const auto& kv : raw) FUZZ_CHECK(kTopFields.contains(std::string(kv.key())));
  } else {
    FUZZ_CHECK(done.error().code == daibiao::ErrorCode::invalid_argument);
    FUZZ_CHECK(!done.error().fields.empty());
    for (const auto& kv : raw) {
      const std::string key(kv.key());
      if (!kTopFields.contains(key)) FUZZ_CHECK(has_error(done.error(), key));
    }
  }
  // Serialising what was read must not crash. (Not required to parse back: Boost.JSON reads
  // 5e4444 as infinity and writes that as 1e99999, which its own parser then refuses; the
  // project never echoes a client's numbers, JsonInput takes integers only.)
  (void)daibiao::http::json_response(raw, 200);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    run(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fuzz contract broken: exception %s\n", e.what());
    std::abort();
  }
  return 0;
}
