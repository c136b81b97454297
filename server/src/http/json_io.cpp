#include "http/json_io.hpp"

#include "base/text.hpp"

#include <boost/json.hpp>

namespace daibiao::http {
Result<JsonInput> JsonInput::parse(std::string_view body) {
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(body, ec);
  if (ec) return fail(ErrorCode::invalid_argument, "请求体不是合法的 JSON");
  if (!v.is_object()) return fail(ErrorCode::invalid_argument, "请求体应为 JSON 对象");
  return JsonInput(std::move(v.as_object()));
}

const boost::json::value* JsonInput::take(const char* field, bool required) {
  seen_.insert(field);
  auto it = obj_.find(field);
  if (it == obj_.end()) {
    if (required) errors_.push_back({field, "必填"});
    return nullptr;
  }
  return &it->value();
}

std::optional<std::string> JsonInput::secret(const char* field, bool required,
                                             std::size_t max_chars) {
  return text(field, required, max_chars, /*trim=*/false);
}

std::optional<std::string> JsonInput::text(const char* field, bool required, std::size_t max_chars,
                                           bool trim) {
  const auto* v = take(field, required);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    errors_.push_back({field, "应为字符串"});
    return std::nullopt;
  }
  std::string s(v->as_string());
  if (!valid_utf8(s)) {
    errors_.push_back({field, "含有无效字符"});
    return std::nullopt;
  }
  if (trim) {  // surrounding spaces (also the ideographic space U+3000) are never meant
    auto is_space = [&](std::size_t i, std::size_t& len) {
      if (s.compare(i, 3, "\xE3\x80\x80") == 0) return len = 3, true;
      return len = 1, s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
    };
    std::size_t len = 0, b = 0;
    while (b < s.size() && is_space(b, len)) b += len;
    s.erase(0, b);
    while (!s.empty()) {
      const std::size_t last = s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE3\x80\x80") == 0
                                   ? s.size() - 3
                                   : s.size() - 1;
      if (!is_space(last, len)) break;
      s.erase(last);
    }
  }
  // Control characters (NUL above all: PostgreSQL text cannot hold it) are refused;
  // tab and line breaks are ordinary text.
  for (unsigned char c : s)
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      errors_.push_back({field, "含有不允许的控制字符"});
      return std::nullopt;
    }
  if (utf8_length(s) > max_chars) {
    errors_.push_back({field, "不能超过 " + std::to_string(max_chars) + " 个字符"});
    return std::nullopt;
  }
  if (required && s.empty()) {
    errors_.push_back({field, "必填"});
    return std::nullopt;
  }
  return s;
}

std::optional<std::string> JsonInput::one_of(const char* field, bool required,
                                             std::initializer_list<std::string_view> allowed) {
  return one_of(field, required,
                std::span<const std::string_view>(allowed.begin(), allowed.size()));
}

std::optional<std::string> JsonInput::one_of(const char* field, bool required,
                                             std::span<const std::string_view> allowed) {
  auto v = text(field, required, 64);
  if (!v) return v;
  for (auto a : allowed)
    if (a == *v) return v;
  std::string list;
  for (auto a : allowed) list += (list.empty() ? "" : "、") + std::string(a);
  errors_.push_back({field, "应为以下之一：" + list});
  return std::nullopt;
}

std::optional<std::int64_t> JsonInput::integer(const char* field, bool required, std::int64_t min,
                                               std::int64_t max) {
  const auto* v = take(field, required);
  if (!v) return std::nullopt;
  std::optional<std::int64_t> out;
  if (v->is_int64())
    out = v->as_int64();
  else if (v->is_uint64() && v->as_uint64() <= INT64_MAX)
    out = static_cast<std::int64_t>(v->as_uint64());
  if (!out) {
    errors_.push_back({field, "应为整数"});
    return std::nullopt;
  }
  if (*out < min || *out > max) {
    errors_.push_back({field, "超出允许范围"});
    return std::nullopt;
  }
  return out;
}

std::optional<bool> JsonInput::boolean(const char* field, bool required) {
  const auto* v = take(field, required);
  if (!v) return std::nullopt;
  if (!v->is_bool()) {
    errors_.push_back({field, "应为 true 或 false"});
    return std::nullopt;
  }
  return v->as_bool();
}

std::optional<std::optional<std::int64_t>> JsonInput::nullable_integer(const char* field) {
  const auto* v = take(field, false);
  if (!v) return std::nullopt;
  if (v->is_null()) return std::optional<std::int64_t>{};
  if (v->is_int64() && v->as_int64() > 0) return std::optional<std::int64_t>(v->as_int64());
  errors_.push_back({field, "应为正整数或 null"});
  return std::nullopt;
}

std::optional<boost::json::object> JsonInput::object(const char* field, bool required) {
  const auto* v = take(field, required);
  if (!v) return std::nullopt;
  if (!v->is_object()) {
    errors_.push_back({field, "应为对象"});
    return std::nullopt;
  }
  return v->as_object();
}

namespace {

// The integers of a JSON array of at most `max_items`, each from `min` to `max`; otherwise
// one error on `field` (`not_array` or `bad_item`) and nothing.
std::optional<std::vector<std::int64_t>> int_array(const boost::json::value& v, const char* field,
                                                   std::size_t max_items, std::int64_t min,
                                                   std::int64_t max, std::string not_array,
                                                   std::string bad_item,
                                                   std::vector<FieldError>& errors) {
  if (!v.is_array() || v.as_array().size() > max_items) {
    errors.push_back({field, std::move(not_array)});
    return std::nullopt;
  }
  std::vector<std::int64_t> out;
  for (const auto& item : v.as_array()) {
    std::optional<std::int64_t> n;
    if (item.is_int64())
      n = item.as_int64();
    else if (item.is_uint64() && item.as_uint64() <= INT64_MAX)
      n = static_cast<std::int64_t>(item.as_uint64());
    if (!n || *n < min || *n > max) {
      errors.push_back({field, std::move(bad_item)});
      return std::nullopt;
    }
    out.push_back(*n);
  }
  return out;
}

}  // namespace

std::optional<std::vector<std::int64_t>> JsonInput::ids(const char* field, bool required,
                                                        std::size_t max_items) {
  const auto* v = take(field, required);
  if (!v) return std::nullopt;
  return int_array(*v, field, max_items, 1, INT64_MAX,
                   "应为不超过 " + std::to_string(max_items) + " 项的编号数组",
                   "应为正整数编号的数组", errors_);
}

std::optional<std::vector<std::int64_t>> JsonInput::integers(const char* field, bool required,
                                                             std::size_t max_items,
                                                             std::int64_t min, std::int64_t max) {
  const auto* v = take(field, required);
  if (!v) return std::nullopt;
  return int_array(
      *v, field, max_items, min, max, "应为不超过 " + std::to_string(max_items) + " 项的整数数组",
      "每一项应为 " + std::to_string(min) + " 至 " + std::to_string(max) + " 的整数", errors_);
}

std::optional<std::vector<boost::json::object>> JsonInput::objects(const char* field, bool required,
                                                                   std::size_t max_items) {
  const auto* v = take(field, required);
  if (!v) return std::nullopt;
  if (!v->is_array() || v->as_array().size() > max_items) {
    errors_.push_back({field, "应为不超过 " + std::to_string(max_items) + " 项的数组"});
    return std::nullopt;
  }
  std::vector<boost::json::object> out;
  for (const auto& item : v->as_array()) {
    if (!item.is_object()) {
      errors_.push_back({field, "数组的每一项应为对象"});
      return std::nullopt;
    }
    out.push_back(item.as_object());
  }
  return out;
}

JsonInput JsonInput::from_object(boost::json::object o, std::string prefix) {
  JsonInput in(std::move(o));
  in.prefix_ = std::move(prefix);
  return in;
}

void JsonInput::absorb(JsonInput& nested) {
  if (auto st = nested.finish(); !st)
    for (auto& f : st.error().fields) errors_.push_back(std::move(f));
}

Status JsonInput::finish() {
  for (const auto& kv : obj_)
    if (!seen_.contains(std::string(kv.key())))
      errors_.push_back({std::string(kv.key()), "不允许的字段"});
  if (!prefix_.empty())
    for (auto& e : errors_) e.field = prefix_ + "." + e.field;
  if (!errors_.empty()) return fail_fields(std::move(errors_));
  return {};
}

Response json_response(const boost::json::value& v, int status) {
  Response r;
  r.status = status;
  r.body = boost::json::serialize(v);
  return r;
}

Result<storage::ListRequest> list_request(const Request& req) {
  storage::ListRequest out;
  std::vector<FieldError> errors;
  for (const auto& [k, v] : req.query) {
    if (k == "page" || k == "page_size") {
      auto n = parse_int(v);
      if (!n || *n < 1 || *n > 1000000) {
        errors.push_back({k, "应为 1 到 1000000 之间的整数"});
        continue;
      }
      (k == "page" ? out.page : out.page_size) = static_cast<int>(*n);
    } else if (k == "sort") {
      out.sort = v;
    } else if (k == "q") {
      out.q = v;
    } else {
      out.filters[k] = v;
    }
  }
  if (!errors.empty()) return fail_fields(std::move(errors), "查询参数有误");
  return out;
}

Result<std::int64_t> path_id(const Context& ctx, const char* name) {
  auto it = ctx.params.find(name);
  if (it == ctx.params.end()) return fail(ErrorCode::not_found, "记录不存在");
  auto n = parse_int(it->second);
  if (!n || *n < 1) return fail(ErrorCode::not_found, "记录不存在");
  return *n;
}

Result<std::int64_t> version_param(const Request& req) {
  auto v = req.query_param("version");
  if (!v) return fail_fields({{"version", "必填：请提供读取时的版本号"}});
  auto n = parse_int(*v);
  if (!n || *n < 1) return fail_fields({{"version", "应为正整数"}});
  return *n;
}

std::string iso_time(std::int64_t ms) { return format_iso_utc(ms); }

}  // namespace daibiao::http
