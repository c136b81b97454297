// Reading request bodies strictly and writing response bodies. Input rules: the body must
// be a JSON object; every field has a declared type and limits; unknown fields are
// refused; all problems are reported together as field errors.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "app/listing.hpp"
#include "base/enum_table.hpp"
#include "base/result.hpp"
#include "http/message.hpp"
#include "http/router.hpp"

namespace daibiao::http {

class JsonInput {
 public:
  static Result<JsonInput> parse(std::string_view body);

  // A string of at most `max_chars` characters, surrounding whitespace removed. Required
  // fields report "必填" when absent or blank.
  std::optional<std::string> text(const char* field, bool required, std::size_t max_chars = 200,
                                  bool trim = true);
  // Like text() but kept exactly as sent (passwords).
  std::optional<std::string> secret(const char* field, bool required, std::size_t max_chars);
  // A string that must be one of `allowed` (an enum); reported with the allowed values.
  std::optional<std::string> one_of(const char* field, bool required,
                                    std::initializer_list<std::string_view> allowed);
  std::optional<std::string> one_of(const char* field, bool required,
                                    std::span<const std::string_view> allowed);
  // One of the names in an enum's table (base/enum_table.hpp), read into the enum.
  template <TabledEnum E>
  std::optional<E> one_of(const char* field, bool required) {
    auto name = one_of(field, required, std::span<const std::string_view>(names_of<E>()));
    return name ? daibiao::parse<E>(*name) : std::nullopt;
  }
  std::optional<std::int64_t> integer(const char* field, bool required,
                                      std::int64_t min = INT64_MIN, std::int64_t max = INT64_MAX);
  std::optional<bool> boolean(const char* field, bool required);
  // Present and null → optional(nullopt); absent → nullopt.
  std::optional<std::optional<std::int64_t>> nullable_integer(const char* field);
  // A nested object, read with its own JsonInput (see from_object).
  std::optional<boost::json::object> object(const char* field, bool required);
  // An array of at most `max_items` positive integers (ids).
  std::optional<std::vector<std::int64_t>> ids(const char* field, bool required,
                                               std::size_t max_items);
  // An array of at most `max_items` integers, each from `min` to `max`.
  std::optional<std::vector<std::int64_t>> integers(const char* field, bool required,
                                                    std::size_t max_items, std::int64_t min,
                                                    std::int64_t max);
  // An array of at most `max_items` objects, each read with from_object("<field>[i]").
  std::optional<std::vector<boost::json::object>> objects(const char* field, bool required,
                                                          std::size_t max_items);
  // Reads a nested object; its field errors are reported as "<prefix>.<field>".
  static JsonInput from_object(boost::json::object o, std::string prefix);
  // Takes a nested reader's errors (its finish()), so that this reader's finish() reports
  // them with its own.
  void absorb(JsonInput& nested);
  // Fails with every collected error, including unknown fields.
  Status finish();

 private:
  explicit JsonInput(boost::json::object o) : obj_(std::move(o)) {}
  const boost::json::value* take(const char* field, bool required);
  boost::json::object obj_;
  std::string prefix_;
  std::set<std::string> seen_;
  std::vector<FieldError> errors_;
};

Response json_response(const boost::json::value& v, int status = 200);

template <typename T, typename F>
Response list_response(const app::ListResult<T>& page, F to_json) {
  boost::json::array items;
  for (const auto& item : page.items) items.push_back(to_json(item));
  boost::json::object o;
  o["items"] = std::move(items);
  o["page"] = page.page;
  o["page_size"] = page.page_size;
  o["total"] = page.total;
  o["total_capped"] = page.total_capped;
  return json_response(o);
}

// page, page_size, sort, q and every other query parameter as a filter.
Result<storage::ListRequest> list_request(const Request& req);

// Parses a {name} path parameter as a positive id (404 when it is not one).
Result<std::int64_t> path_id(const Context& ctx, const char* name = "id");

// The `version` query parameter, required on DELETE.
Result<std::int64_t> version_param(const Request& req);

std::string iso_time(std::int64_t ms);

}  // namespace daibiao::http
